/// A set of words looked up by their UTF-8 bytes, for the rules that test each word of a
/// normalized line against a list: the same answers as `Set<String>.contains`, without
/// making a `String` of the word or hashing it.
///
/// A word in ASCII is compared byte for byte with the listed words of its length and first
/// byte: an ASCII text is canonically equivalent to no other text, so only an identical
/// entry can equal it. A word with other bytes is looked up in the `Set<String>` itself.
///
/// Thread-safety: a value type; `Sendable`.
struct ASCIIWordSet: Sendable {
  /// The listed words.
  let strings: Set<String>
  /// The ASCII entries by `bucket(count:first:)`, each as its bytes.
  private let buckets: [[[UInt8]]]

  private static let bucketCount = 256

  init(_ strings: Set<String>) {
    self.strings = strings
    var buckets = [[[UInt8]]](repeating: [], count: Self.bucketCount)
    for word in strings where !word.isEmpty && word.utf8.allSatisfy({ $0 < 0x80 }) {
      let bytes = Array(word.utf8)
      buckets[Self.bucket(count: bytes.count, first: bytes[0])].append(bytes)
    }
    self.buckets = buckets
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
    guard ascii else { return strings.contains(String(decoding: word, as: UTF8.self)) }
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
