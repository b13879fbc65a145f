/// A set of words looked up by their UTF-8 bytes, for the rules that test each word of a
/// normalized line against a list: the same answers as `Set<String>.contains`, without
/// making a `String` of the word or hashing it.
///
/// A word in ASCII is compared byte for byte with the listed words of its length and first
/// byte: an ASCII text is canonically equivalent to no other text, so only an identical
/// entry can equal it. So is a word of ASCII, precomposed Hangul syllables and CJK
/// ideographs when every listed word is one too (`isPlain`): such texts are in
/// normalization form C, where canonically equivalent texts are identical. Any other word
/// is looked up in the `Set<String>` itself.
///
/// Thread-safety: a value type; `Sendable`.
struct ASCIIWordSet: Sendable {
  /// The listed words.
  let strings: Set<String>
  /// The ASCII entries by `bucket(count:first:)`, each as its bytes (with the Hangul and
  /// CJK ones when `plainEntries`).
  private let buckets: [[[UInt8]]]
  /// Whether every listed word is plain (`isPlain`), so that a plain word is looked up by
  /// its bytes.
  private let plainEntries: Bool
  /// The ASCII entries of one to eight bytes, each as `shortKey` of its bytes: such a word
  /// is looked up by one probe of a table, without comparing bytes.
  private let shortEntries: HashTable64
  /// Whether a word whose first byte is this ASCII byte may be listed: a text starting with
  /// an ASCII scalar starts with it in its canonical decomposition too (a starter stays
  /// first), so it equals only entries whose decomposition starts with that scalar. An
  /// entry starting with an ASCII scalar allows that byte, one starting with a Hangul
  /// syllable (which decomposes to jamo) or a CJK ideograph (which does not decompose)
  /// none, any other entry every byte.
  private let asciiFirstBytes: [Bool]

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
    var firstBytes = [Bool](repeating: false, count: 128)
    for word in strings {
      guard let first = word.unicodeScalars.first?.value else { continue }
      if first < 0x80 {
        firstBytes[Int(first)] = true
      } else if !Self.isPlainOutsideASCII(first) {
        firstBytes = [Bool](repeating: true, count: 128)
        break
      }
    }
    asciiFirstBytes = firstBytes
    shortEntries = HashTable64(
      strings.compactMap { word in Array(word.utf8).withUnsafeBufferPointer { Self.shortKey($0) } })
  }

  /// The key of a word of one to eight ASCII bytes, none of them zero: its bytes packed into
  /// a `UInt64`, first byte lowest (the zero bytes after the word tell its length), then
  /// mixed one to one (a multiplication by an odd constant, then the high half folded into
  /// the low, which the table's slots are chosen by). Nil for any other word.
  ///
  /// The bytes are read by two loads of four (or two) bytes, the first and the last,
  /// overlapping when the word is shorter than eight: the overlap holds the same bytes in
  /// the same places in both.
  @inline(__always)
  private static func shortKey(_ word: UnsafeBufferPointer<UInt8>) -> UInt64? {
    guard let base = word.baseAddress, word.count >= 1, word.count <= 8 else { return nil }
    let n = word.count
    let p = UnsafeRawPointer(base)
    let packed: UInt64
    if n >= 4 {
      let first = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
      let last = UInt64(UInt32(littleEndian: p.loadUnaligned(fromByteOffset: n &- 4, as: UInt32.self)))
      packed = first | last &<< UInt64(8 &* (n &- 4))
    } else if n >= 2 {
      let first = UInt64(UInt16(littleEndian: p.loadUnaligned(as: UInt16.self)))
      let last = UInt64(UInt16(littleEndian: p.loadUnaligned(fromByteOffset: n &- 2, as: UInt16.self)))
      packed = first | last &<< UInt64(8 &* (n &- 2))
    } else {
      packed = UInt64(base[0])
    }
    // ASCII, and no zero byte among the word's (a borrow of the test runs only upward, from
    // a zero byte to those above it: past the word's, when it has none).
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let wordBytes: UInt64 = n == 8 ? ~0 : (1 &<< UInt64(8 &* n)) &- 1
    guard packed & highs == 0, (packed &- ones) & ~packed & highs & wordBytes == 0 else { return nil }
    let mixed = packed &* 0x9E37_79B9_7F4A_7C15
    return mixed ^ mixed &>> 29
  }

  /// Whether the well-formed UTF-8 `word` has only ASCII scalars, precomposed Hangul
  /// syllables and CJK ideographs (`isPlainOutsideASCII`): a text in normalization form C.
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
      guard isPlainOutsideASCII(v) else { return false }
      i &+= 3
    }
    return true
  }

  /// Whether `v` is a precomposed Hangul syllable (U+AC00–U+D7A3) or a CJK unified
  /// ideograph of the basic block (U+4E00–U+9FFF, which have no decomposition): a text of
  /// these and ASCII is in normalization form C.
  @inline(__always)
  private static func isPlainOutsideASCII(_ v: UInt32) -> Bool {
    (v >= 0xAC00 && v <= 0xD7A3) || (v >= 0x4E00 && v <= 0x9FFF)
  }

  private static func bucket(count: Int, first: UInt8) -> Int { (count &* 31 &+ Int(first)) & (bucketCount - 1) }

  /// Whether the word spelled by `word` (UTF-8) is in the set.
  func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = word.first else { return strings.contains("") }
    if first < 0x80 {
      guard asciiFirstBytes.withUnsafeBufferPointer({ $0[Int(first)] }) else { return false }
    }
    // An ASCII word of eight bytes or fewer is listed only as itself, an entry of the table.
    if let key = Self.shortKey(word) { return shortEntries.contains(key) }
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
  /// Always inlined: called through a closure, the callers' word sets were copied into its
  /// context for every line.
  @discardableResult @inline(__always)
  static func forEachWord(_ normalized: String, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
    // The string's own bytes, read in place: a copy of the string to read them by
    // `withUTF8` was retained and released at every call. (A string without contiguous
    // UTF-8 is read from such a copy.)
    if let all = normalized.utf8.withContiguousStorageIfAvailable({ forEachWord(in: $0, body) }) { return all }
    var text = normalized
    return text.withUTF8 { forEachWord(in: $0, body) }
  }

  /// `forEachWord(_:_:)` of a normalized text kept in a pooled store, read in place.
  @discardableResult @inline(__always)
  static func forEachWord(_ normalized: NormalizedUTF8, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
    normalized.withUTF8 { forEachWord(in: $0, body) }
  }

  /// `forEachWord(_:_:)` over the UTF-8 bytes of a normalized text.
  @inline(__always)
  private static func forEachWord(in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let n = bytes.count
    var start = 0
    var i = 0
    while i < n {
      // The next space, eight bytes a turn: the bytes that equal it are the zero bytes of
      // the word XOR spaces, of which the test below flags the first exactly.
      var space = n
      while n &- i >= 8 {
        let x = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) ^ 0x2020_2020_2020_2020
        let zeros = (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
        if zeros != 0 {
          space = i &+ zeros.trailingZeroBitCount &>> 3
          break
        }
        i &+= 8
      }
      if space == n {
        while i < n && base[i] != 0x20 { i &+= 1 }
        space = i
      }
      if space == n { break }
      if start != space, !body(UnsafeBufferPointer(start: base + start, count: space &- start)) { return false }
      start = space &+ 1
      i = start
    }
    if start != n, !body(UnsafeBufferPointer(start: base + start, count: n &- start)) { return false }
    return true
  }
}
