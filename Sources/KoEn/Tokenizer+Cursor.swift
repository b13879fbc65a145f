/// Where a `Tokenizer.Iterator` is and what it reads: the scanner, the position, the plain
/// tokens found ahead and the line's language for Han. Kept apart from the iterator's
/// owner of the bytes, so that every field here can live in registers in the caller's loop.
@usableFromInline
struct TokenCursor {
  @usableFromInline let scanner: TokenScanner
  @usableFromInline var position = 0
  /// `lineLanguageEnd` (low) and `lineLanguage`'s case index (high), one stored value
  /// (`WordPair`), so that the iterator stays at seven stored scalars.
  @usableFromInline var line = WordPair(low: 0, high: UInt64(unsafeBitCast(Language.zxx, to: UInt8.self)))
  /// The plain tokens found ahead, a block at a time.
  @usableFromInline var block = TokenBlock()

  @usableFromInline
  init(scanner: TokenScanner) {
    self.scanner = scanner
  }

  /// The language of the last word on the current line (for Han), as of
  /// `lineLanguageEnd`: the plain tokens handed out from blocks after it do not update
  /// it one by one (`lineLanguage(before:since:was:in:)`).
  @inlinable var lineLanguage: Language {
    @inline(__always) get { unsafeBitCast(UInt8(truncatingIfNeeded: line.high), to: Language.self) }
    @inline(__always) set { line.high = UInt64(unsafeBitCast(newValue, to: UInt8.self)) }
  }

  /// Where the tokens that `lineLanguage` accounts for end.
  @inlinable var lineLanguageEnd: Int {
    @inline(__always) get { Int(truncatingIfNeeded: line.low) }
    @inline(__always) set { line.low = UInt64(truncatingIfNeeded: newValue) }
  }

  /// The next token's start and raw scan with its settled language (`Tokenizer.Iterator`).
  @inlinable @inline(__always)
  mutating func nextRaw() -> (start: Int, raw: RawToken, language: Language)? {
    let start = position
    // A plain token found ahead needs no test of the end of the input, nor does a hand-out
    // from the same block (which lies 66 bytes or more before the end).
    if block.pending == 0 {
      guard block.refill(from: start, in: scanner.base, count: scanner.count) else {
        guard start < scanner.count else { return nil }
        let raw: RawToken
        if let token = scanner.fastScan(from: start) {
          raw = token
        } else {
          raw = scanner.fullScan(from: start)
          block.leave(unlessBoundAt: raw.end)
        }
        position = raw.end
        let language: Language
        if let own = raw.language {
          language = own
        } else {
          // Han: the line's language so far, for when no letter follows on the line.
          lineLanguage = TokenCursor.lineLanguage(
            before: start, since: lineLanguageEnd, was: lineLanguage, in: scanner.base)
          lineLanguageEnd = start
          language = TokenCursor.contextLanguage(after: raw.end, in: scanner, lineLanguage: lineLanguage)
        }
        if raw.kind == .word {
          lineLanguage = language
        } else if raw.kind == .lineBreak {
          lineLanguage = .zxx
        } else if lineLanguageEnd != start {
          lineLanguage = TokenCursor.lineLanguage(
            before: start, since: lineLanguageEnd, was: lineLanguage, in: scanner.base)
        }
        lineLanguageEnd = raw.end
        return (start, raw, language)
      }
    }
    // A plain token leaves `lineLanguage` alone: no test of its kind per token.
    let end = block.nextEnd()
    position = end
    let raw = block.token(from: start, end: end, in: scanner.base)
    return (start, raw, raw.language.unsafelyUnwrapped)
  }

  /// The language of the line's last word at `start` (a line break clears it), for the
  /// Han that follows: `language` as of `end`, brought up to `start` over the plain tokens
  /// handed out since, reading their bytes backwards up to the last word or line break. A
  /// plain token's bytes say its kind: ASCII letters only in English words, bytes outside
  /// ASCII only in Korean ones, 0A–0C only in line breaks. Each byte is read at most once,
  /// as the caller's `end` only moves forward. Static, with what it reads passed in, so
  /// that the iterator's state can stay in registers.
  @usableFromInline
  static func lineLanguage(
    before start: Int, since end: Int, was language: Language, in bytes: UnsafePointer<UInt8>
  ) -> Language {
    var i = start
    while i > end {
      i &-= 1
      let b = bytes[i]
      if b >= 0x80 { return .ko }
      if (b | 0x20) &- UInt8(ascii: "a") < 26 { return .en }
      if b &- 0x0A < 3 { return .zxx }
    }
    return language
  }

  /// The language of Han with no Hangul or kana of its own, ending at `end`: from the
  /// next letter on the line, else from the previous word on the line (`lineLanguage`),
  /// else Chinese.
  @usableFromInline
  static func contextLanguage(after end: Int, in scanner: TokenScanner, lineLanguage: Language) -> Language {
    if let next = scanner.hanContext(after: end) { return next }
    return lineLanguage == .ko || lineLanguage == .ja ? lineLanguage : .zh
  }
}
