/// The copyright or licence comment at the head of a catalogue file (the Apache header of an
/// Android `strings.xml`, the `# Copyright (C) …` lines of a `.po`): the project's notice,
/// which no reader of the interface sees, so chrome, as notices are in any document.
///
/// Read line by line before the catalogue's first shown text: a comment whose line names a
/// copyright or licence starts the notice, which runs to the end of that comment (`-->`,
/// `*/`) or, for line comments (`#`, `//`, `;`, `--`, `!`), to the first line that is not one.
/// Nothing after the first entry is looked at.
struct CatalogueHeadNotice {
  private enum State { case head, blockComment, lineComments, past }
  private var state = State.head

  /// Whether `line` belongs to the head notice (blank lines inside it never do).
  mutating func contains(_ line: SourceLine, _ layout: LineLayout) -> Bool {
    guard state != .past, !line.isBlank else { return false }
    let text = line.text
    let trimmed = text.drop { $0 == " " || $0 == "\t" }
    switch state {
    case .blockComment:
      if trimmed.contains("-->") || trimmed.contains("*/") { state = .head }
      return true
    case .lineComments:
      if Self.isLineComment(trimmed) { return true }
      state = .head
    case .head, .past:
      break
    }
    if layout.uses.contains(.prose) {
      state = .past
      return false
    }
    let opensBlock = trimmed.hasPrefix("<!--") || trimmed.hasPrefix("/*")
    guard opensBlock || Self.isLineComment(trimmed), Self.namesNotice(trimmed) else { return false }
    if opensBlock {
      if !(trimmed.contains("-->") || trimmed.dropFirst(2).contains("*/")) { state = .blockComment }
    } else {
      state = .lineComments
    }
    return true
  }

  private static func isLineComment(_ s: Substring) -> Bool {
    s.hasPrefix("#") || s.hasPrefix("//") || s.hasPrefix(";") || s.hasPrefix("--") || s.hasPrefix("!")
  }

  /// Whether a comment line names a copyright or a licence.
  static func namesNotice(_ s: Substring) -> Bool {
    let lower = s.lowercased()
    return lower.contains("copyright") || lower.contains("©") || lower.contains("licensed") || lower.contains("license")
      || lower.contains("licence")
  }
}
