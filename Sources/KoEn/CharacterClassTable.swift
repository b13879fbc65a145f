/// The `CharacterClass` of every code point of the Basic Multilingual Plane, in two stages
/// sized for the cache: an index of 1,024 blocks of 64 code points, and the distinct blocks.
///
/// Most blocks are alike (the 11,172 Hangul syllables share one block, the CJK ideographs
/// another, unassigned ranges another), so the distinct blocks take about a tenth of a flat
/// table's 256 KiB, and text in a few scripts touches only a few cache lines of them: a
/// Hangul syllable read through the table costs one line for all syllables rather than one
/// per 16 syllables. The emoji blocks of the Supplementary Multilingual Plane (U+1F000–
/// U+1FAFF) have a flat table of their own, built on their first lookup; other
/// supplementary code points (rare ideographs, historic scripts) are computed from ICU on
/// each lookup.
///
/// Built once per process on first use (≈ 20 M instructions: ICU's property lookups for
/// 65,536 code points) and never freed; read-only afterwards, so any thread may read it.
@usableFromInline
struct CharacterClassTable: @unchecked Sendable {
  /// For each block of 64 code points, the offset of its entries in `entries`.
  @usableFromInline let blocks: UnsafePointer<UInt32>
  /// The distinct blocks, 64 entries each. The first two are U+0000–U+007F, in order.
  @usableFromInline let entries: UnsafePointer<UInt32>

  /// The table of this process.
  @usableFromInline static let shared = CharacterClassTable()

  /// `shared` once it is built, read without `shared`'s once-check: on Linux that check is
  /// a call into the runtime on every read (about 10 instructions), which the tokenizer's
  /// out-of-line paths paid per call once the table was no longer a field of the scanner.
  /// Set at the end of the table's construction; `TokenScanner.init` reads `shared` first,
  /// so every scanner finds it set (the once-check orders the two).
  nonisolated(unsafe) static var built: CharacterClassTable? = nil

  /// The class of a code point (at most U+10FFFF).
  @inlinable @inline(__always)
  func lookup(_ codePoint: UInt32) -> CharacterClass {
    guard codePoint < 0x10000 else { return CharacterClassTable.supplementary(codePoint) }
    let block = blocks[Int(truncatingIfNeeded: codePoint &>> 6)]
    return CharacterClass(raw: entries[Int(truncatingIfNeeded: block &+ (codePoint & 63))])
  }

  /// The class of an ASCII code point (below 0x80): one read, as the first two distinct
  /// blocks are the first two blocks.
  @inlinable @inline(__always)
  func lookupASCII(_ codePoint: UInt8) -> CharacterClass {
    CharacterClass(raw: entries[Int(codePoint)])
  }

  /// The number of distinct blocks of 64 entries.
  var distinctBlocks: Int {
    Int((0..<(0x10000 / 64)).map { blocks[$0] }.max() ?? 0) / 64 + 1
  }

  /// The class of a code point outside the table: from `emoji`, else from ICU.
  @usableFromInline
  static func supplementary(_ codePoint: UInt32) -> CharacterClass {
    let offset = codePoint &- emojiStart
    if offset < emojiCount { return CharacterClass(raw: emoji[Int(offset)]) }
    return CharacterClass.compute(codePoint)
  }

  /// The first code point of the emoji blocks (Mahjong tiles to Symbols and Pictographs
  /// Extended-A, regional indicators among them).
  static let emojiStart: UInt32 = 0x1F000
  /// The number of code points from `emojiStart` to U+1FAFF.
  static let emojiCount: UInt32 = 0xB00

  /// The classes of U+1F000–U+1FAFF, flat (11 KiB; ≈ 1 M instructions to build, on the
  /// first lookup of one of them). Emoji are common in Korean and English messages and
  /// READMEs (`🤗`, `📚`, `🚀`), and ICU's property lookups cost about 300 instructions
  /// each: about 0.2 instructions per byte of the Korean benchmark text when computed on
  /// each lookup. Read-only once built, so any thread may read it.
  nonisolated(unsafe) static let emoji: UnsafePointer<UInt32> = {
    let table = UnsafeMutablePointer<UInt32>.allocate(capacity: Int(emojiCount))
    for k in 0..<emojiCount { table[Int(k)] = CharacterClass.compute(emojiStart + k).raw }
    return UnsafePointer(table)
  }()

  private init() {
    let blockCount = 0x10000 / 64
    let index = UnsafeMutablePointer<UInt32>.allocate(capacity: blockCount)
    var distinct: [[UInt32]: UInt32] = [:]
    var stored: [UInt32] = []
    let hangul = CharacterClass.compute(0xAC00).raw
    let replacement = CharacterClass.compute(0xFFFD).raw
    for block in 0..<blockCount {
      var values = [UInt32](repeating: 0, count: 64)
      for k in 0..<64 {
        let codePoint = UInt32(block * 64 + k)
        switch codePoint {
        case 0xAC00...0xD7A3: values[k] = hangul  // precomposed syllables are all alike
        case 0xD800...0xDFFF: values[k] = replacement  // never decoded from UTF-8
        default: values[k] = CharacterClass.compute(codePoint).raw
        }
      }
      if let offset = distinct[values] {
        index[block] = offset
      } else {
        let offset = UInt32(stored.count)
        distinct[values] = offset
        stored.append(contentsOf: values)
        index[block] = offset
      }
    }
    let table = UnsafeMutablePointer<UInt32>.allocate(capacity: stored.count)
    table.initialize(from: stored, count: stored.count)
    blocks = UnsafePointer(index)
    entries = UnsafePointer(table)
    precondition(index[0] == 0 && index[1] == 64, "ASCII is not in the first two blocks")
    CharacterClassTable.built = self
  }
}
