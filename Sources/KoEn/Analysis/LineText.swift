internal import CTokenBlock

/// The text of a line as the chrome rules and the lexicon see it.
enum LineText {
  /// The normalized text of a line's prose scalars (see `ChromeLexicon.normalize`), from
  /// the letter classes the line already has.
  /// `proseBytes` is the UTF-8 length of the prose scalars when known (`LineLetters`).
  static func normalized(_ line: SourceLine, _ layout: LineLayout, proseBytes: Int? = nil) -> String {
    let capacity = proseCapacity(line, layout, proseBytes: proseBytes)
    return ChromeLexicon.NormalizedText.make(capacity: capacity) { addProse(line, layout, to: &$0) }
  }

  /// `normalized(_:_:proseBytes:)` written into `pool`, and its `wordCount`, counted as it
  /// is written.
  static func normalizedCountingWords(
    _ line: SourceLine, _ layout: LineLayout, proseBytes: Int? = nil, pool: inout UTF8Pool
  ) -> (text: NormalizedUTF8, words: Int) {
    var words = 0
    let text = pool.write(capacity: proseCapacity(line, layout, proseBytes: proseBytes)) { out in
      let written = ChromeLexicon.NormalizedText.write(to: out) { addProse(line, layout, to: &$0) }
      words = written.words
      return written.count
    }
    return (text, words)
  }

  /// The UTF-8 length of a line's prose scalars, the most its normalized text takes:
  /// `proseBytes` when known, counted otherwise.
  private static func proseCapacity(_ line: SourceLine, _ layout: LineLayout, proseBytes: Int?) -> Int {
    if let proseBytes { return proseBytes }
    var capacity = 0
    for (i, s) in line.scalars.enumerated() where layout.uses[i] == .prose { capacity += UTF8.width(s.value) }
    return capacity
  }

  /// Writes the line's prose scalars into `text`.
  @inline(__always)
  private static func addProse(_ line: SourceLine, _ layout: LineLayout, to text: inout ChromeLexicon.NormalizedText) {
    line.scalars.withUnsafeBufferPointer { scalars in
      layout.uses.withUnsafeBufferPointer { text.addProse(scalars, uses: $0) }
    }
  }

  /// `normalizedCountingWords` of a line all prose in ASCII and typographic marks
  /// (`ASCIILineCounts`), of which only the `scalars` are read, written into `pool` by
  /// `koen_plain_normalize`: the scalars' low bytes gathered 16 at a time, then each run
  /// of letters copied at once, instead of one test of each scalar's class and use.
  static func plainNormalizedCountingWords(_ scalars: SourceScalars, pool: inout UTF8Pool) -> (
    text: NormalizedUTF8, words: Int
  ) {
    let count = scalars.count
    var spaces = 0
    let text = pool.write(capacity: count) { out in
      scalars.withUnsafeBytes { raw in
        guard let base = raw.baseAddress, let out = out.baseAddress else { return 0 }
        let written = koen_plain_normalize(
          base.assumingMemoryBound(to: UInt8.self), Int64(MemoryLayout<SourceScalar>.stride), Int64(Self.valueOffset),
          Int64(count), out)
        spaces = Int(written.spaces)
        return Int(written.length)
      }
    }
    return (text, text.isEmpty ? 0 : spaces + 1)
  }

  /// Where a `SourceScalar`'s value (four bytes) lies in it.
  private static let valueOffset: Int = {
    guard let offset = MemoryLayout<SourceScalar>.offset(of: \.value) else { preconditionFailure("SourceScalar.value is stored") }
    precondition(MemoryLayout<Unicode.Scalar>.size == 4)
    return offset
  }()

  /// The number of words of a normalized text (its words are joined by single spaces).
  static func wordCount(_ normalized: String) -> Int {
    guard !normalized.isEmpty else { return 0 }
    // Read in place when the bytes are contiguous: a copy of the string to read them by
    // `withUTF8` was retained and released at every count.
    if let count = normalized.utf8.withContiguousStorageIfAvailable(wordCount) { return count }
    var text = normalized
    return text.withUTF8(wordCount)
  }

  /// `wordCount(_:)` of a normalized text's UTF-8 bytes.
  private static func wordCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 1
    var i = 0
    if let base = bytes.baseAddress {
      // Eight bytes at a time: a space becomes a zero byte, flagged by its top bit (exactly:
      // no carry crosses bytes), and the flags are summed by one multiplication.
      let ones: UInt64 = 0x0101_0101_0101_0101
      let low7 = ones &* 0x7F
      while i &+ 8 <= bytes.count {
        let x = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) ^ (ones &* 0x20)
        let zeros = ~(((x & low7) &+ low7) | x) & (ones &* 0x80)
        count &+= Int(truncatingIfNeeded: ((zeros >> 7) &* ones) >> 56)
        i &+= 8
      }
    }
    while i < bytes.count {
      if bytes[i] == 0x20 { count &+= 1 }
      i &+= 1
    }
    return count
  }

  /// The number of words of a normalized text written in ASCII letters only.
  static func latinWordCount(_ normalized: NormalizedUTF8) -> Int {
    var count = 0
    forEachWord(normalized) { word in
      if word.allSatisfy({ $0 < 0x80 }) { count += 1 }
      return true
    }
    return count
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
