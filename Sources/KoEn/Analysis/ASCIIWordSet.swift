/// A set of words looked up by their UTF-8 bytes, for the rules that test each word of a
/// normalized line against a list: the same answers as `Set<String>.contains`, without
/// making a `String` of the word or hashing it.
///
/// A word in ASCII is compared byte for byte with the listed words of its length and first
/// byte: an ASCII text is canonically equivalent to no other text, so only an identical
/// entry can equal it. So is a word of ASCII and precomposed Hangul syllables when every
/// listed word is one too (`isPlain`): such texts are in normalization form C, where
/// canonically equivalent texts are identical. Any other word is looked up in the
/// `Set<String>` itself.
///
/// Thread-safety: a value type; `Sendable`.
struct ASCIIWordSet: Sendable {
  /// The listed words.
  let strings: Set<String>
  /// The ASCII entries by `bucket(count:first:)`, each as its bytes (with the Hangul ones
  /// when `plainEntries`).
  private let buckets: [[[UInt8]]]
  /// Whether every listed word is plain (`isPlain`), so that a plain word is looked up by
  /// its bytes.
  private let plainEntries: Bool

  private static let bucketCount = 256

  init(_ strings: Set<String>) {
    self.strings = strings
    var buckets = [[[UInt8]]](repeating: [], count: Self.bucketCount)
    let plainEntries = strings.allSatisfy { word in
      Array(word.utf8).withUnsafeBufferPointer { Self.isPlain($0) }
    }
    for word in strings where !word.isEmpty && (plainEntries || word.utf8.allSatisfy({ $0 < 0x80 })) {
      let bytes = Array(word.utf8)
      buckets[Self.bucket(count: bytes.count, first: bytes[0])].append(bytes)
    }
    self.buckets = buckets
    self.plainEntries = plainEntries
  }

  /// Whether the well-formed UTF-8 `word` has only ASCII scalars and precomposed Hangul
  /// syllables (U+AC00–U+D7A3): a text in normalization form C.
  private static func isPlain(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    while i < word.count {
      let b = word[i]
      if b < 0x80 {
        i &+= 1
        continue
      }
      guard b & 0xF0 == 0xE0, i &+ 2 < word.count else { return false }
      let v = UInt32(b & 0x0F) << 12 | UInt32(word[i &+ 1] & 0x3F) << 6 | UInt32(word[i &+ 2] & 0x3F)
      guard v >= 0xAC00 && v <= 0xD7A3 else { return false }
      i &+= 3
    }
    return true
  }

  private static func bucket(count: Int, first: UInt8) -> Int { (count &* 31 &+ Int(first)) & (bucketCount - 1) }

  /// Whether the word spelled by `word` (UTF-8) is in the set.
  func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = word.first else { return strings.contains("") }
    var ascii = true
    for b in word where b >= 0x80 {
      ascii = false
      break
    }
    guard ascii || (plainEntries && Self.isPlain(word)) else {
      return strings.contains(String(decoding: word, as: UTF8.self))
    }
    for entry in buckets[Self.bucket(count: word.count, first: first)] where entry.count == word.count {
      if entry.withUnsafeBufferPointer({ $0.elementsEqual(word) }) { return true }
    }
    return false
  }
}

extension LineText {
  /// Calls `body` with the UTF-8 bytes of each word of a normalized text, in order, until it
  /// returns false; returns whether it went through them all.
  ///
  /// The words are those of `words(_:)`, read without making a `Substring` of each.
  @discardableResult
  static func forEachWord(_ normalized: String, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
    var text = normalized
    return text.withUTF8 { bytes in
      var start = 0
      for i in 0..<bytes.count where bytes[i] == 0x20 {
        if start != i, !body(UnsafeBufferPointer(rebasing: bytes[start..<i])) { return false }
        start = i + 1
      }
      if start != bytes.count, !body(UnsafeBufferPointer(rebasing: bytes[start...])) { return false }
      return true
    }
  }
}
