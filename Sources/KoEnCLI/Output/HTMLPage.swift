import KoEn

/// The pieces of KoEn's self-contained HTML pages (`--format html`): inline CSS, no scripts,
/// no external resources, so the file can be mailed or attached to a bug as it is.
enum HTMLPage {
  /// Escapes text for HTML element content and attribute values.
  static func escape(_ text: some StringProtocol) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default:
        if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" {
          out += "<span class=\"ctl\">\\u{\(String(scalar.value, radix: 16, uppercase: true))}</span>"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }

  /// The page up to the first document, with the legend.
  static func head(title: String, legend: [(cls: String, label: String)]) -> String {
    let items = legend.map { "<span class=\"key \($0.cls)\">\(escape($0.label))</span>" }.joined(separator: " ")
    return """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="koen \(KoEnVersionText.version)">
      <title>\(escape(title))</title>
      <style>
      :root { --ko: #d7ecff; --ko-ink: #0b4f8a; --en: #fff1c9; --en-ink: #7a5200; --other: #f0dcff; --other-ink: #6a2a8f; --chrome: #eeeeee; --chrome-ink: #8a8a8a; --untr: #d62828; }
      body { font: 15px/1.5 system-ui, -apple-system, "Noto Sans KR", "Apple SD Gothic Neo", sans-serif; margin: 0; color: #1d1d1f; background: #fafafa; }
      header.page { padding: 16px 24px; background: #1d2b3a; color: #fff; }
      header.page h1 { margin: 0 0 6px; font-size: 19px; font-weight: 600; }
      header.page .legend { font-size: 13px; }
      .key { display: inline-block; padding: 1px 8px; margin: 2px 4px 2px 0; border-radius: 4px; color: #1d1d1f; }
      section.doc { margin: 20px 24px; background: #fff; border: 1px solid #ddd; border-radius: 8px; overflow: hidden; }
      section.doc > h2 { margin: 0; padding: 10px 16px; font-size: 15px; background: #f3f5f7; border-bottom: 1px solid #ddd; font-family: ui-monospace, "SF Mono", Menlo, monospace; }
      section.doc > h2 .summary { font-family: system-ui, sans-serif; font-weight: normal; color: #555; margin-left: 12px; }
      .text { padding: 8px 0; font-family: ui-monospace, "SF Mono", Menlo, "Noto Sans Mono CJK KR", monospace; font-size: 13.5px; white-space: pre-wrap; word-break: break-word; }
      .text.lines { white-space: normal; }
      .ln .body { white-space: pre-wrap; }
      .ln { display: grid; grid-template-columns: 4.5em 9em 3.5em 1fr; align-items: baseline; padding: 1px 16px 1px 0; border-left: 4px solid transparent; }
      .ln .no { color: #999; text-align: right; padding-right: 10px; user-select: none; }
      .ln .role, .ln .lang { font: 11px system-ui, sans-serif; color: #666; text-transform: uppercase; letter-spacing: .02em; white-space: nowrap; }
      .ln.chrome { background: var(--chrome); color: var(--chrome-ink); }
      .ln.chrome .body { text-decoration: line-through; text-decoration-color: #bbb; }
      .ln.untranslated { border-left-color: var(--untr); background: #fff3f3; }
      .ln.untranslated .role { color: var(--untr); font-weight: 600; }
      .ln.blank { font-size: 9px; line-height: 1.2; }
      .dominant-en .en, .dominant-ko .ko { background: none; color: inherit; }
      .ko { background: var(--ko); color: var(--ko-ink); border-radius: 2px; }
      .en { background: var(--en); color: var(--en-ink); border-radius: 2px; }
      .ja, .zh, .und { background: var(--other); color: var(--other-ink); border-radius: 2px; }
      .zxx { color: inherit; }
      .key.chrome { background: var(--chrome); color: var(--chrome-ink); text-decoration: line-through; }
      .key.untranslated { background: #fff3f3; border-left: 4px solid var(--untr); }
      .key.fragment, mark.fragment { background: #ffd6d6; color: #8b0000; outline: 2px solid var(--untr); outline-offset: -1px; border-radius: 2px; }
      mark.fragment { padding: 0 1px; }
      .plain { padding: 8px 16px; }
      .ctl { color: #c00; font-size: 11px; }
      table.counts { border-collapse: collapse; margin: 0; width: 100%; font-size: 13px; border-top: 1px solid #ddd; }
      table.counts th, table.counts td { padding: 5px 16px; text-align: left; border-bottom: 1px solid #eee; }
      table.counts td.n { text-align: right; font-variant-numeric: tabular-nums; width: 6em; }
      table.counts .bar { display: inline-block; height: 9px; border-radius: 2px; vertical-align: middle; }
      footer { color: #888; font-size: 12px; margin: 0 24px 24px; }
      </style>
      </head>
      <body>
      <header class="page"><h1>\(escape(title))</h1><div class="legend">\(items)</div></header>

      """
  }

  /// The end of the page.
  static func tail(note: String) -> String {
    "<footer>\(escape(note))</footer>\n</body>\n</html>\n"
  }

  /// A table of counts with proportional bars.
  static func countsTable(_ caption: String, _ rows: [(cls: String, label: String, count: Int)]) -> String {
    let total = max(1, rows.reduce(0) { $0 + $1.count })
    var html = "<table class=\"counts\"><tr><th>\(escape(caption))</th><th></th><th>share</th></tr>"
    for row in rows {
      let share = Double(row.count) / Double(total)
      let width = Int((share * 240).rounded())
      html += "<tr><td><span class=\"key \(row.cls)\">\(escape(row.label))</span></td><td class=\"n\">\(row.count)</td>"
      html += "<td><span class=\"bar \(row.cls)\" style=\"width:\(width)px;background:currentColor;opacity:.55\"></span> \(formatDecimal(share * 100, digits: 1))%</td></tr>"
    }
    return html + "</table>\n"
  }
}

/// The version string shown by `--version` and in generated files.
enum KoEnVersionText {
  static var version: String { KoEnVersion.string }
}
