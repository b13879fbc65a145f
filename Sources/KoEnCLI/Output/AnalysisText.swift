import KoEn

/// The human-readable view of a document analysis: a summary, then one aligned row per line
/// (number, role, language, text), chrome dimmed, untranslated lines and fragments
/// highlighted, each fragment listed under its line with its position and reading.
struct AnalysisText {
  let palette: Palette
  /// The maximum width of a row in terminal columns.
  let width: Int

  func render(_ document: DocumentAnalysis, file: String, bytes: [UInt8]) -> String {
    var out = summary(document, file: file)
    let numberWidth = max(3, String(document.lines.count).count)
    let textColumn = numberWidth + 2 + 13 + 7
    for line in document.lines {
      let number = palette.paint(DisplayWidth.padLeft(String(line.number), to: numberWidth), palette.dim)
      if line.role == .blank {
        out += number + "\n"
        continue
      }
      let roleStyle: String
      switch line.role {
      case .chrome: roleStyle = palette.chrome
      case .untranslated: roleStyle = palette.untranslated
      case .content, .blank: roleStyle = ""
      }
      let role = palette.paint(DisplayWidth.pad(line.role.rawValue, to: 13), roleStyle)
      let lang = palette.paint(DisplayWidth.pad(line.language.rawValue, to: 7), palette.language(line.language))
      let room = width == Int.max ? Int.max : max(20, width - textColumn)
      out += "\(number)  \(role)\(lang)\(body(line, bytes: bytes, room: room))\n"
      if line.role != .chrome {
        for fragment in line.fragments {
          var note = "\(palette.paint("↳", palette.dim)) \(line.number):\(fragment.column) \(languageName(fragment.language)) "
          note += palette.paint("\"\(visible(fragment.text))\"", palette.fragment)
          if let reading = fragment.reading {
            note += palette.paint(" (\(reading))", palette.dim)
          }
          out += String(repeating: " ", count: textColumn) + note + "\n"
        }
      }
    }
    if !document.catalogFindings.isEmpty {
      out += "\n" + palette.paint("Catalogue findings", palette.bold) + "\n"
      for finding in document.catalogFindings {
        let what: String
        switch finding.kind {
        case .emptyTranslation: what = "empty translation"
        case .identicalToSource: what = "translation identical to the source"
        case .englishInTranslation: what = "English left in the translation: " + finding.fragments.map { "\"\(visible($0.text))\"" }.joined(separator: ", ")
        }
        out += "  line \(finding.translationLine) (entry at \(finding.entryLine)): \(palette.paint(what, palette.untranslated)) — \"\(visible(DisplayWidth.truncate(finding.source, to: 60)))\"\n"
      }
    }
    return out + "\n"
  }

  /// `seed-000.txt — English document · 34 lines: 14 content · 6 chrome · …`
  func summary(_ document: DocumentAnalysis, file: String) -> String {
    let roleCounts = document.counts
    let counts = LineRole.allCases.map { role -> String in
      let count = roleCounts[role]
      let text = "\(count) \(role.rawValue)"
      switch role {
      case .chrome: return count > 0 ? palette.paint(text, palette.chrome) : text
      case .untranslated: return count > 0 ? palette.paint(text, palette.untranslated) : text
      case .content, .blank: return text
      }
    }.joined(separator: " · ")
    let other = document.dominant == .ko ? "English" : "Korean"
    let reported = document.lines.filter { $0.role == .content || $0.role == .untranslated }.reduce(0) { $0 + $1.fragments.count }
    let inChrome = document.fragments.count - reported
    var line = palette.paint(file, palette.bold) + "\n"
    line += "\(languageName(document.dominant)) document, \(document.lines.count) lines: \(counts)\n"
    var fragments = "\(other) fragments: "
    fragments += reported > 0 ? palette.paint("\(reported) in content", palette.untranslated) : "none in content"
    if inChrome > 0 { fragments += ", \(inChrome) in chrome" }
    if !document.catalogFindings.isEmpty {
      fragments += " · \(document.catalogFindings.count) catalogue finding\(document.catalogFindings.count == 1 ? "" : "s")"
    }
    return line + fragments + "\n\n"
  }

  /// The line's text, fragments highlighted, chrome dimmed, cut to `room` columns.
  private func body(_ line: AnalyzedLine, bytes: [UInt8], room: Int) -> String {
    let text = String(decoding: bytes[line.range], as: UTF8.self)
    if line.role == .chrome { return palette.paint(visible(DisplayWidth.truncate(text, to: room)), palette.chrome) }
    guard palette.enabled, !line.fragments.isEmpty else { return visible(DisplayWidth.truncate(text, to: room)) }
    var out = ""
    var used = 0
    var position = line.range.lowerBound
    var pieces: [(Range<Int>, Bool)] = []
    for fragment in line.fragments.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
      let lower = max(fragment.range.lowerBound, position)
      let upper = min(fragment.range.upperBound, line.range.upperBound)
      guard lower < upper else { continue }
      if position < lower { pieces.append((position..<lower, false)) }
      pieces.append((lower..<upper, true))
      position = upper
    }
    if position < line.range.upperBound { pieces.append((position..<line.range.upperBound, false)) }
    for (range, isFragment) in pieces {
      let piece = visible(String(decoding: bytes[range], as: UTF8.self))
      let w = DisplayWidth.of(piece)
      if used + w > room {
        out += palette.paint(DisplayWidth.truncate(piece, to: room - used), isFragment ? palette.fragment : "")
        break
      }
      used += w
      out += isFragment ? palette.paint(piece, palette.fragment) : piece
    }
    return out
  }
}
