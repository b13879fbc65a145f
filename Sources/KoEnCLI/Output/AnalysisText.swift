import KoEn

/// The human-readable view of a document analysis: the file's name, one aligned row per
/// line (number, role, language, text), chrome dimmed, untranslated lines and fragments
/// highlighted, each fragment listed under its line with its position and reading; then the
/// catalogue findings and a summary. Rows are written as lines are decided, so the summary
/// comes last.
struct AnalysisText {
  let palette: Palette
  /// The maximum width of a row in terminal columns.
  let width: Int

  /// What the summary counts, gathered as rows are written.
  struct Tally {
    var lines = 0
    var counts = RoleCounts()
    var fragmentsInContent = 0
    var fragmentsInChrome = 0

    mutating func add(_ line: AnalyzedLine) {
      lines += 1
      counts[line.role] += 1
      if line.role == .content || line.role == .untranslated {
        fragmentsInContent += line.fragments.count
      } else {
        fragmentsInChrome += line.fragments.count
      }
    }
  }

  /// The first row: the file's name.
  func header(file: String) -> String { palette.paint(file, palette.bold) + "\n" }

  /// The width of the line-number column for a document of `lineCount` lines.
  static func numberWidth(lineCount: Int) -> Int { max(3, String(lineCount).count) }

  /// The row of `line` (whose bytes are `text`) and its fragments.
  func row(_ line: AnalyzedLine, text: ArraySlice<UInt8>, numberWidth: Int) -> String {
    let textColumn = numberWidth + 2 + 13 + 7
    let number = palette.paint(DisplayWidth.padLeft(String(line.number), to: numberWidth), palette.dim)
    if line.role == .blank { return number + "\n" }
    let roleStyle: String
    switch line.role {
    case .chrome: roleStyle = palette.chrome
    case .untranslated: roleStyle = palette.untranslated
    case .content, .blank: roleStyle = ""
    }
    let role = palette.paint(DisplayWidth.pad(line.role.rawValue, to: 13), roleStyle)
    let lang = palette.paint(DisplayWidth.pad(line.language.rawValue, to: 7), palette.language(line.language))
    let room = width == Int.max ? Int.max : max(20, width - textColumn)
    var out = "\(number)  \(role)\(lang)\(body(line, text: text, room: room))\n"
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
    return out
  }

  /// The catalogue findings and the summary, after the last row.
  func footer(dominant: Language, tally: Tally, findings: [CatalogFinding]) -> String {
    var out = ""
    if !findings.isEmpty {
      out += "\n" + palette.paint("Catalogue findings", palette.bold) + "\n"
      for finding in findings {
        let what: String
        switch finding.kind {
        case .emptyTranslation: what = "empty translation"
        case .identicalToSource: what = "translation identical to the source"
        case .englishInTranslation: what = "English left in the translation: " + finding.fragments.map { "\"\(visible($0.text))\"" }.joined(separator: ", ")
        }
        out += "  line \(finding.translationLine) (entry at \(finding.entryLine)): \(palette.paint(what, palette.untranslated)) — \"\(visible(DisplayWidth.truncate(finding.source, to: 60)))\"\n"
      }
    }
    return out + "\n" + summary(dominant: dominant, tally: tally, findings: findings.count) + "\n"
  }

  /// `English document, 34 lines: 14 content · 6 chrome · …` and the fragments.
  func summary(dominant: Language, tally: Tally, findings: Int) -> String {
    let counts = LineRole.allCases.map { role -> String in
      let count = tally.counts[role]
      let text = "\(count) \(role.rawValue)"
      switch role {
      case .chrome: return count > 0 ? palette.paint(text, palette.chrome) : text
      case .untranslated: return count > 0 ? palette.paint(text, palette.untranslated) : text
      case .content, .blank: return text
      }
    }.joined(separator: " · ")
    let other = dominant == .ko ? "English" : "Korean"
    let reported = tally.fragmentsInContent
    var line = "\(languageName(dominant)) document, \(tally.lines) lines: \(counts)\n"
    line += "\(other) fragments: "
    line += reported > 0 ? palette.paint("\(reported) in content", palette.untranslated) : "none in content"
    if tally.fragmentsInChrome > 0 { line += ", \(tally.fragmentsInChrome) in chrome" }
    if findings > 0 { line += " · \(findings) catalogue finding\(findings == 1 ? "" : "s")" }
    return line + "\n"
  }

  /// The line's text, fragments highlighted, chrome dimmed, cut to `room` columns.
  private func body(_ line: AnalyzedLine, text bytes: ArraySlice<UInt8>, room: Int) -> String {
    let text = String(decoding: bytes, as: UTF8.self)
    // Offsets of the line in the input, to index `bytes` with.
    func slice(_ range: Range<Int>) -> ArraySlice<UInt8> {
      let base = bytes.startIndex - line.range.lowerBound
      return bytes[(range.lowerBound + base)..<(range.upperBound + base)]
    }
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
      let piece = visible(String(decoding: slice(range), as: UTF8.self))
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
