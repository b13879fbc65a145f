// Public so that the inlined iteration calls the C scan directly: a Swift function around
// it cost about 5 instructions per block (0.08 per byte). Clients do not see its names
// unless they import CTokenBlock themselves.
public import CTokenBlock

/// The plain tokens of a 64-byte block, found at once and handed out one by one: runs of
/// ASCII letters, digits, spaces and precomposed Hangul syllables, and single ASCII marks,
/// symbols and controls, where the bytes alone decide them exactly as
/// `TokenScanner.fastScan` does (the block's masks come from `koen_token_block_scan`,
/// vector compares in C). Everything else (other bytes outside ASCII, `@`, `_`, CR, a word
/// or number that a mark may join, Hangul before a hyphen) stops the block there, and the
/// iterator scans that token one at a time; the block goes on after it.
///
/// Why: the per-token cost of the scalar fast path (the dispatch on the first byte, the
/// measure, the end test) is most of the tokenizer's work on English text, whose tokens
/// are three bytes long on average; a block pays for its classification once per 64 bytes
/// and then a few instructions per token.
@usableFromInline
struct TokenBlock {
  /// The input offset of the block's first byte.
  @usableFromInline var base = 0
  /// `koen_token_block.bounds`: where a token starts if every token so far was plain.
  @usableFromInline var bounds: UInt64 = 0
  /// `koen_token_block.stops`: no token ends at or after the first stop after its start.
  @usableFromInline var stops: UInt64 = ~0
  /// The ends of the tokens still to hand out, as bits after `base`.
  @usableFromInline var pending: UInt64 = 0
  /// `plainTokenKinds`, held here rather than by `TokenScanner`: a scanner of seven words
  /// was copied for every token of the scalar path.
  @usableFromInline let kinds = plainTokenKinds

  @usableFromInline init() {}

  /// The end of the next plain token found ahead (`pending` must not be 0).
  @inlinable @inline(__always)
  mutating func nextEnd() -> Int {
    let end = base &+ pending.trailingZeroBitCount
    pending &= pending &- 1
    return end
  }

  /// Sets `pending` to the ends of the plain tokens from `start` (a token boundary whose
  /// byte is `first`) on, in this block or a new one at `start`; whether there is any.
  @inlinable @inline(__always)
  mutating func refill(from start: Int, first: UInt8, in bytes: UnsafePointer<UInt8>, count: Int) -> Bool {
    let offset = start &- base
    if UInt(bitPattern: offset) > 62 || !handOut(from: offset) {
      // A new block where a plain token may start: ASCII, or the lead byte of a syllable.
      guard first < 0x80 || first &- 0xEA < 4, start &+ 66 <= count else { return false }
      let block = koen_token_block_scan(bytes + start)
      bounds = block.bounds
      stops = block.stops
      base = start
      _ = handOut(from: 0)
    }
    return pending != 0
  }

  /// Sets `pending` to the ends of the plain tokens after `offset` (a token boundary in the
  /// block), up to the first stop; false when the block ends before one.
  @inlinable @inline(__always)
  mutating func handOut(from offset: Int) -> Bool {
    let after = ~(0 as UInt64) &<< UInt64(offset &+ 1)
    // The first stop after `offset` as a bit (bit 63 at the latest): no count, no shift.
    let ahead = stops & after
    let firstStop = ahead & (0 &- ahead)
    pending = bounds & after & (firstStop &- 1)
    return pending != 0 || firstStop != 1 &<< 63
  }

  /// The plain token from `start` to `end` of `bytes`: an ASCII word (Latin, English), a
  /// run of Hangul syllables (Korean), a number, a run of spaces, a line break or one
  /// mark, symbol or control.
  @inlinable @inline(__always)
  func token(from start: Int, end: Int, in bytes: UnsafePointer<UInt8>) -> RawToken {
    let first = bytes[start]
    let kind = kinds[Int(first)]
    if kind == .word {
      if first >= 0x80 { return RawToken(end: end, kind: .word, script: ScriptCode.hangul, language: .ko) }
      return RawToken(end: end, kind: .word, script: ScriptCode.latin, language: .en)
    }
    return RawToken(end: end, kind: kind, script: 0, language: .zxx)
  }
}

/// The kind of a plain token (`TokenBlock`) by its first byte: `word` for ASCII letters
/// (and bytes outside ASCII, which start no plain token), `number` for digits, and for
/// the other ASCII bytes what `TokenScanner.fastScan` gives a token of that one byte.
nonisolated(unsafe) let plainTokenKinds: UnsafePointer<TokenKind> = {
  let table = UnsafeMutablePointer<TokenKind>.allocate(capacity: 256)
  let classes = CharacterClassTable.shared
  for b in 0..<256 {
    let byte = UInt8(b)
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), 0x80...:
      table[b] = .word
    case UInt8(ascii: "0")...UInt8(ascii: "9"): table[b] = .number
    case 0x20: table[b] = .whitespace
    case 0x0A, 0x0B, 0x0C: table[b] = .lineBreak
    default: table[b] = TokenScanner.asciiKind(byte, in: classes)
    }
  }
  return UnsafePointer(table)
}()
