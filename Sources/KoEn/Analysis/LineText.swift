/// The text of a line as the chrome rules and the lexicon see it.
enum LineText {
  /// The normalized text of a line's prose scalars (see `ChromeLexicon.normalize`).
  static func normalized(_ line: SourceLine, _ layout: LineLayout) -> String {
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(line.scalars.count)
    for (i, s) in line.scalars.enumerated() where layout.uses[i] == .prose { scalars.append(s.value) }
    return ChromeLexicon.normalize(scalars)
  }

  /// The number of words of a normalized text (its words are joined by single spaces).
  static func wordCount(_ normalized: String) -> Int {
    guard !normalized.isEmpty else { return 0 }
    var count = 1
    for b in normalized.utf8 where b == 0x20 { count += 1 }
    return count
  }

  /// The number of words of a normalized text written in ASCII letters only.
  static func latinWordCount(_ normalized: String) -> Int {
    normalized.split(separator: " ").filter { $0.unicodeScalars.allSatisfy { $0.isASCII } }.count
  }
}
