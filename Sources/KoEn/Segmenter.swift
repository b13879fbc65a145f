/// Splits UTF-8 text into runs of one language: `ko`, `en`, `ja`, `zh`, `und` (by
/// script) and `zxx`.
///
/// The segmenter reads the tokens of a `Tokenizer` and groups them, in one pass and with
/// constant state:
///
/// 1. Each word token has a language (Hangul `ko`, Latin `en`, kana `ja`, Han by context,
///    other scripts `und`). Consecutive words of one language (and, for `und`, one script)
///    form a run, together with the spaces, digits, punctuation and symbols between them.
/// 2. Where the language changes, the neutral characters between the two runs are split
///    by one rule: an opening bracket or quote after the last space, and everything after
///    it, goes to the next run (brackets stay with what they enclose); otherwise the cut
///    is after the last space or line break; with neither, all of it stays with the run
///    before (`NATO,` then `한국`). So `NATO (북대서양조약기구) 본부` gives `NATO ` and
///    `(북대서양조약기구) 본부`, and `around 3,000명` gives `around ` and `3,000명`.
/// 3. Text before the first run joins it; text after the last run joins it.
/// 4. A line with no letters but some content (a dateline `2024. 10. 25. 18:47`, a row of
///    dashes) is a `zxx` run of its own, line break included; consecutive such lines form
///    one run. Blank lines are neutral, like spaces.
///
/// Segments tile the input: concatenated in order they give it back byte for byte. Hanja
/// in Korean context is Korean (`[北, 러시아 파병]` is one `ko` segment), and decomposed
/// Hangul, compatibility jamo (`ㅋㅋㅋ`), halfwidth Hangul and fullwidth Latin (`ＮＡＴＯ`)
/// are recognized by their script.
///
/// Iteration is lazy and allocates nothing per token or segment; creating a segmenter from
/// a `String` or a byte collection copies the bytes once (see `Tokenizer`).
///
/// - Complexity: O(n) in the input's length.
public struct Segmenter: Sequence, Sendable {
  /// The tokenizer whose tokens are grouped.
  public let tokenizer: Tokenizer

  /// Segments the UTF-8 form of `text`.
  public init(_ text: String) { tokenizer = Tokenizer(text) }

  /// Segments UTF-8 bytes, which need not be valid UTF-8.
  public init(utf8 bytes: some Sequence<UInt8>) { tokenizer = Tokenizer(utf8: bytes) }

  /// Segments a buffer without copying it; the caller keeps it alive and unchanged while
  /// the segmenter or its iterators are in use.
  public init(unsafeUTF8 buffer: UnsafeBufferPointer<UInt8>) {
    tokenizer = Tokenizer(unsafeUTF8: buffer)
  }

  /// Segments the tokens of `tokenizer`.
  public init(tokenizer: Tokenizer) { self.tokenizer = tokenizer }

  /// An iterator over the segments, from the first byte.
  public func makeIterator() -> Iterator { Iterator(tokenizer: tokenizer) }

  /// Produces the segments one at a time.
  public struct Iterator: IteratorProtocol {
    var tokens: Tokenizer.Iterator
    let count: Int
    var finished = false
    var queued: Segment?

    // The current run, not yet emitted.
    var hasRun = false
    var runStart = 0
    var runEnd = 0
    var runLanguage = Language.zxx
    var runScript: Int32 = 0
    var runHasHangul = false

    // Whether a word has been read, and whether the last cut came after one (`settledOffset`).
    var sawWord = false
    var lastCutAfterWord = false

    // The neutral stretch since the run's last word.
    var lastSpaceEnd = -1
    var openAfterSpace = -1

    // The current line.
    var lineStart = 0
    var lineHasLetters = false
    var lineHasContent = false

    init(tokenizer: Tokenizer) {
      tokens = tokenizer.makeIterator()
      count = tokenizer.byteCount
    }

    /// The next segment, or nil at the end of the input.
    public mutating func next() -> Segment? {
      if let segment = queued {
        queued = nil
        return segment
      }
      while !finished {
        guard let (start, raw, language) = tokens.nextRaw() else {
          finished = true
          return finish()
        }
        if let segment = consume(start: start, end: raw.end, kind: raw.kind, language: language, script: raw.script) {
          return segment
        }
      }
      return nil
    }

    var currentScript: Script {
      switch runLanguage {
      case .ko: runHasHangul ? .hangul : .han
      case .en: .latin
      case .ja: Script(rawValue: 105)  // Jpan: kana with Han
      case .zh: .han
      case .und: Script(rawValue: runScript)
      case .zxx: .common
      }
    }

    /// Ends the current run at `end` and returns it.
    mutating func cut(at end: Int) -> Segment {
      let segment = Segment(range: runStart..<end, language: runLanguage, script: currentScript)
      runStart = end
      runHasHangul = false
      lastCutAfterWord = sawWord
      return segment
    }

    mutating func resetStretch() {
      lastSpaceEnd = -1
      openAfterSpace = -1
    }

    @inline(__always)
    mutating func consume(
      start: Int, end: Int, kind: TokenKind, language: Language, script: Int32
    ) -> Segment? {
      switch kind {
      case .word:
        lineHasLetters = true
        var emitted: Segment?
        if !hasRun {
          hasRun = true
          runStart = 0
        } else if language != runLanguage
          || (language == .und && script != runScript)
        {
          let split =
            openAfterSpace >= 0 ? openAfterSpace : lastSpaceEnd >= 0 ? lastSpaceEnd : start
          emitted = cut(at: split)
        }
        runLanguage = language
        runScript = script
        if script == 18 { runHasHangul = true }  // Hang
        runEnd = end
        resetStretch()
        sawWord = true
        return emitted
      case .whitespace:
        lastSpaceEnd = end
        openAfterSpace = -1
        return nil
      case .lineBreak:
        let emitted = endLine(at: end)
        lineStart = end
        lineHasLetters = false
        lineHasContent = false
        if emitted == nil {
          lastSpaceEnd = end
          openAfterSpace = -1
        }
        return emitted
      case .punctuation:
        lineHasContent = true
        if openAfterSpace < 0
          && Iterator.isOpening(at: start, in: tokens.scanner, lastSpaceEnd: lastSpaceEnd, lineStart: lineStart)
        {
          openAfterSpace = start
        }
        return nil
      default:
        lineHasContent = true
        return nil
      }
    }

    /// Whether the punctuation at `offset` opens a bracket or a quotation: an opening
    /// bracket or quote, or an ASCII quote right after a space (the run of spaces ending at
    /// `lastSpaceEnd`), a line start or the start. Static, with what it reads passed in: as
    /// a method it was called on a copy of the whole iterator (a copy and a retain of the
    /// bytes' owner for every punctuation mark).
    /// Inlined for ASCII (most punctuation), whose test is a few instructions, and out of
    /// line for the rest (`isOpeningOutsideASCII`).
    @inline(__always)
    static func isOpening(at offset: Int, in scanner: TokenScanner, lastSpaceEnd: Int, lineStart: Int) -> Bool {
      let b = scanner.base[offset]
      if b < 0x80 {
        switch b {
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): return true
        case UInt8(ascii: "\""), UInt8(ascii: "'"): return offset == lastSpaceEnd || offset == lineStart
        default: return false
        }
      }
      return isOpeningOutsideASCII(at: offset, in: scanner, lastSpaceEnd: lastSpaceEnd, lineStart: lineStart)
    }

    /// `isOpening` for punctuation outside ASCII, by its bracket role.
    static func isOpeningOutsideASCII(
      at offset: Int, in scanner: TokenScanner, lastSpaceEnd: Int, lineStart: Int
    ) -> Bool {
      let (cp, length) = scanner.decode(offset)
      guard length > 0 else { return false }
      switch scanner.info(cp).bracket {
      case .opening: return true
      case .either: return offset == lastSpaceEnd || offset == lineStart
      default: return false
      }
    }

    /// Closes the line ending at `end`; a line with content but no letters becomes a
    /// `zxx` run. Returns the run it ends, if any.
    mutating func endLine(at end: Int) -> Segment? {
      guard !lineHasLetters && lineHasContent else { return nil }
      var emitted: Segment?
      if !hasRun {
        hasRun = true
        runStart = 0
      } else if runLanguage != .zxx {
        emitted = cut(at: lineStart)
      }
      runLanguage = .zxx
      runScript = 0
      runEnd = end
      resetStretch()
      return emitted
    }

    mutating func finish() -> Segment? {
      var emitted: Segment?
      if lineStart < count {
        emitted = endLine(at: count)
      }
      let last: Segment?
      if hasRun {
        last = runStart < count ? cut(at: count) : nil
        hasRun = false
      } else {
        last = count > 0 ? Segment(range: 0..<count, language: .zxx, script: .common) : nil
      }
      if let emitted {
        queued = last
        return emitted
      }
      return last
    }
  }
}
