/// The text of a line as the chrome rules and the lexicon see it.
enum LineText {
  /// The normalized text of a line's prose scalars (see `ChromeLexicon.normalize`).
  ///
  /// Written straight into the string's storage from the scalars' letter classes, with the
  /// bytes `ChromeLexicon.normalize` gives for the same scalars.
  static func normalized(_ line: SourceLine, _ layout: LineLayout) -> String {
    // The letters' bytes, plus at most one space for each run of other scalars (each of
    // which has a byte or more): never more than the prose's bytes.
    var capacity = 0
    for (i, s) in line.scalars.enumerated() where layout.uses[i] == .prose { capacity += UTF8.width(s.value) }
    return String(unsafeUninitializedCapacity: capacity) { out in
      var count = 0
      var pendingSpace = false
      for (i, s) in line.scalars.enumerated() where layout.uses[i] == .prose {
        guard s.letter == .latin || s.letter == .korean || s.letter == .otherLetter else {
          pendingSpace = true
          continue
        }
        if pendingSpace && count > 0 {
          out[count] = 0x20
          count += 1
        }
        pendingSpace = false
        let v = s.value.value
        if v < 0x80 {
          out[count] = UInt8(truncatingIfNeeded: v >= 0x41 && v <= 0x5A ? v + 0x20 : v)
          count += 1
        } else {
          UTF8.encode(s.value) { byte in
            out[count] = byte
            count += 1
          }
        }
      }
      return count
    }
  }

  /// The number of words of a normalized text (its words are joined by single spaces).
  static func wordCount(_ normalized: String) -> Int {
    guard !normalized.isEmpty else { return 0 }
    var text = normalized
    return text.withUTF8 { bytes in
      var count = 1
      for b in bytes where b == 0x20 { count &+= 1 }
      return count
    }
  }

  /// The number of words of a normalized text written in ASCII letters only.
  static func latinWordCount(_ normalized: String) -> Int {
    words(normalized).filter { $0.utf8.allSatisfy { $0 < 0x80 } }.count
  }

  /// The words of a normalized text, found by its UTF-8 spaces: the text holds only letters
  /// and single spaces, so this is its split at spaces, without reading it by characters
  /// (grapheme breaking made `split(separator: " ")` the costliest step of short lines).
  static func words(_ normalized: String) -> [Substring] {
    var words: [Substring] = []
    let utf8 = normalized.utf8
    var start = utf8.startIndex
    var i = start
    while i != utf8.endIndex {
      if utf8[i] == 0x20 {
        if start != i { words.append(normalized[start..<i]) }
        start = utf8.index(after: i)
      }
      i = utf8.index(after: i)
    }
    if start != utf8.endIndex { words.append(normalized[start...]) }
    return words
  }
}
