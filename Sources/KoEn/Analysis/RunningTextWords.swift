/// The words of a document's running text (its lines of eight words or more that end like
/// sentences), kept in a Bloom filter, so that a short line can be asked how many of its words the
/// article itself uses.
///
/// A page's own short lines — its headline, the names and titles above a greeting, the
/// headings of its sections — share words with its paragraphs; the site's menus, buttons and
/// footers mostly do not ("Current Issues", "Sitemap"). Only English words of three letters
/// or more that are no function word count.
///
/// Thread-safety: a value type; `Sendable`.
struct RunningTextWords: Sendable {
  /// A Bloom filter of the words seen: two bits per word, from the two halves of its FNV-1a
  /// hash, in `filterBits` bits (allocated at the first word). A word never seen is reported
  /// seen about once in a hundred times at capacity: a soft signal, read by a weighted model.
  private var filter: [UInt64] = []
  /// Words added (a word seen before may count again).
  private var added = 0

  /// The most words added: a long document's later paragraphs add little to what its first
  /// ones tell, and the filter stays sparse.
  static let capacity = 2048
  static let filterBits = 1 << 15

  /// The fewest words of a line of running text.
  static let minimumSentenceWords = 8

  /// Whether no word was added.
  var isEmpty: Bool { added == 0 }

  /// Adds the words of a line of running text, given as its normalized prose
  /// (`LineText.normalized`: lower-case Latin letters, every other run of characters a space).
  mutating func add(_ normalized: NormalizedUTF8) {
    guard added < Self.capacity else { return }
    if filter.isEmpty { filter = Array(repeating: 0, count: Self.filterBits / 64) }
    filter.withUnsafeMutableBufferPointer { filter in
      Self.forEachWord(normalized) { h in
        guard added < Self.capacity else { return }
        let (a, b) = Self.bits(h)
        filter[a >> 6] |= 1 << UInt64(a & 63)
        filter[b >> 6] |= 1 << UInt64(b & 63)
        added += 1
      }
    }
  }

  /// How many of a line's words count, and how many of those the running text has.
  func share(of normalized: NormalizedUTF8) -> (words: Int, found: Int) {
    var words = 0
    var found = 0
    filter.withUnsafeBufferPointer { filter in
      Self.forEachWord(normalized) { h in
        words += 1
        guard !filter.isEmpty else { return }
        let (a, b) = Self.bits(h)
        if filter[a >> 6] & (1 << UInt64(a & 63)) != 0 && filter[b >> 6] & (1 << UInt64(b & 63)) != 0 { found += 1 }
      }
    }
    return (words, found)
  }

  /// The filter's two bit positions for the word hash `h`.
  @inline(__always)
  private static func bits(_ h: UInt64) -> (Int, Int) {
    let mask = UInt64(filterBits - 1)
    return (Int(truncatingIfNeeded: h & mask), Int(truncatingIfNeeded: (h >> 32) & mask))
  }

  /// Calls `body` with the hash of each word of `normalized` made of three ASCII letters or
  /// more that is no function word.
  private static func forEachWord(_ normalized: NormalizedUTF8, _ body: (UInt64) -> Void) {
    normalized.withUTF8 { forEachWord(in: $0, body) }
  }

  /// `forEachWord(_:_:)` over a normalized text's UTF-8 bytes.
  @inline(__always)
  private static func forEachWord(in bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt64) -> Void) {
    var h: UInt64 = offsetBasis
    var length = 0
    var letters = true
    func end() {
      if letters && length >= 3 && !functionWords.contains(h) { body(h) }
      h = offsetBasis
      length = 0
      letters = true
    }
    for b in bytes {
      if b == 0x20 {
        end()
        continue
      }
      if b < 0x61 || b > 0x7A { letters = false }
      h = (h ^ UInt64(b)) &* prime
      length += 1
    }
    end()
  }

  private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
  private static let prime: UInt64 = 0x100_0000_01b3

  /// Hashes of the English function words (`KeptTermLists.functionWords`).
  private static let functionWords = HashTable64(
    KeptTermLists.functionWords.map { word in
      word.utf8.reduce(offsetBasis) { ($0 ^ UInt64($1)) &* prime }
    })
}
