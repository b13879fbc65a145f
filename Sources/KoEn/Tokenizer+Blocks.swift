// Public so that the inlined iteration calls the C scan directly: a Swift function around
// it cost about 5 instructions per block (0.08 per byte). Clients do not see its names
// unless they import CTokenBlock themselves.
public import CTokenBlock

/// The plain tokens of a 64-byte block, found at once and handed out one by one: runs of
/// ASCII letters, digits, spaces and precomposed Hangul syllables, ASCII words and numbers
/// joined across single marks (`don't`, `well-known`, `e.g`, `3,000`, `1.5`), and single
/// ASCII marks, symbols and controls, where the bytes alone decide them exactly as
/// `TokenScanner.fastScan` does (the block's masks come from `koen_token_block_scan`,
/// vector compares in C). Everything else (other bytes outside ASCII, `@`, `_` but between
/// two letters or two digits in a block of ASCII, CR, a word or number that a mark may join
/// where the block leaves it undecided, Hangul before a hyphen) stops the block there, and
/// the iterator scans that token one at a time; the block goes on after it.
///
/// Why: the per-token cost of the scalar fast path (the dispatch on the first byte, the
/// measure, the end test) is most of the tokenizer's work on English text, whose tokens
/// are three bytes long on average; a block pays for its classification once per 64 bytes
/// and then a few instructions per token.
@usableFromInline
struct TokenBlock {
  /// `pending` (low) and `base` (high), one stored value (`WordPair`).
  @usableFromInline var place = WordPair(low: 0, high: 0)
  /// `bounds` (low) and `stops` (high), one stored value (`WordPair`). At first no bounds
  /// and no stop but the block's end: the first token starts a new block.
  @usableFromInline var masks = WordPair(low: 0, high: 1 &<< 63)

  @usableFromInline init() {}

  /// The input offset of the block's first byte.
  @inlinable var base: Int {
    @inline(__always) get { Int(truncatingIfNeeded: place.high) }
  }

  /// The ends of the tokens still to hand out, as bits after `base`.
  @inlinable var pending: UInt64 {
    @inline(__always) get { place.low }
    @inline(__always) set { place.low = newValue }
  }

  /// `koen_token_block.bounds`: where a token starts if every token so far was plain.
  @inlinable var bounds: UInt64 { @inline(__always) get { masks.low } }

  /// `koen_token_block.stops`: no token ends at or after the first stop after its start.
  @inlinable var stops: UInt64 { @inline(__always) get { masks.high } }

  /// The end of the next plain token found ahead (`pending` must not be 0).
  @inlinable @inline(__always)
  mutating func nextEnd() -> Int {
    // The bit cleared by its index (one `btc`) rather than by `pending & (pending - 1)`:
    // the pop then needs no copy of `pending` (two instructions fewer per token).
    let bit = pending.trailingZeroBitCount
    pending ^= 1 &<< UInt64(truncatingIfNeeded: bit)
    return base &+ bit
  }

  /// Sets `pending` to the ends of the plain tokens from `start` (a token boundary, at most
  /// the input's end) on, in this block or a new one at `start`; whether there is any. The
  /// byte at `start` is read only for a new block, which needs 66 bytes from `start`.
  @inlinable @inline(__always)
  mutating func refill(from start: Int, in bytes: UnsafePointer<UInt8>, count: Int) -> Bool {
    let offset = start &- base
    if UInt(bitPattern: offset) > 62 || !handOut(from: offset) {
      guard start &+ 66 <= count else { return false }
      // A new block where a plain token may start: ASCII, or the lead byte of a syllable.
      guard koen_block_starts()[Int(bytes[start])] != 0 else { return false }
      let block = koen_token_block_scan(bytes + start)
      masks = WordPair(low: block.bounds, high: block.stops)
      place = WordPair(low: 0, high: UInt64(truncatingIfNeeded: start))
      _ = handOut(from: 0)
    }
    return pending != 0
  }

  /// Leaves the block for a new one at the next refill, unless `end` (where a token of the
  /// generic scan ended) is a token start in it: such a token may end inside a word the
  /// block joined (`user@example.com's` before `'s`), where the block would hand out `'s`.
  @inlinable @inline(__always)
  mutating func leave(unlessBoundAt end: Int) {
    let offset = end &- base
    if UInt(bitPattern: offset) < 64 && bounds & (1 &<< UInt64(truncatingIfNeeded: offset)) == 0 {
      masks = WordPair(low: 0, high: 1 &<< 63)
    }
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
    // `firstStop` is one bit: bit 63 (the block's end) is the only one that is negative.
    return pending != 0 || Int64(bitPattern: firstStop) > 0
  }

  /// The plain token from `start` to `end` of `bytes`: an ASCII word (Latin, English), a
  /// run of Hangul syllables (Korean), a number, a run of spaces, a line break or one
  /// mark, symbol or control.
  @inlinable @inline(__always)
  func token(from start: Int, end: Int, in bytes: UnsafePointer<UInt8>) -> RawToken {
    let first = bytes[start]
    let kind = TokenBlock.plainKind(first)
    if kind == .word {
      if first >= 0x80 { return RawToken(end: end, kind: .word, script: ScriptCode.hangul, language: .ko) }
      return RawToken(end: end, kind: .word, script: ScriptCode.latin, language: .en)
    }
    return RawToken(end: end, kind: kind, script: 0, language: .zxx)
  }
}

extension TokenBlock {
  /// The kind of a plain token by its first byte (`koen_plain_token_kinds`: `word` for
  /// ASCII letters and bytes outside ASCII, `number` for digits, and for the other ASCII
  /// bytes what `TokenScanner.fastScan` gives a token of that one byte). The table holds
  /// `TokenKind`'s case indices, 0 to 5, checked against `TokenScanner.asciiKind` by the
  /// tests.
  @inlinable @inline(__always)
  static func plainKind(_ first: UInt8) -> TokenKind {
    unsafeBitCast(koen_plain_token_kinds()[Int(first)], to: TokenKind.self)
  }
}
