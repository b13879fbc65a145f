import KoEn

/// The adapter over KoEn's tokenizer, segmenter and line profiles (the only code here that
/// uses them). The errors are kept in the signatures so a library without one of the pieces
/// could still be wired here without touching the subcommands.
enum TokenizerAdapter {
  /// The tokens of `bytes`, in order; they tile the bytes.
  static func tokens(in bytes: [UInt8]) throws(LibraryUnavailable) -> [TokenView] {
    bytes.withUnsafeBufferPointer { buffer in
      Tokenizer(unsafeUTF8: buffer).map { token in
        TokenView(range: token.range, kind: token.kind.rawValue, script: token.script.code, language: token.language.rawValue)
      }
    }
  }

  /// The language runs of `bytes`, in order; they tile the bytes.
  static func segments(in bytes: [UInt8]) throws(LibraryUnavailable) -> [SegmentView] {
    bytes.withUnsafeBufferPointer { buffer in
      Segmenter(unsafeUTF8: buffer).map { segment in
        SegmentView(range: segment.range, language: segment.language.rawValue, script: segment.script.code)
      }
    }
  }

  /// The lines of `bytes` with their letters per language.
  static func lines(in bytes: [UInt8]) throws(LibraryUnavailable) -> [LineProfileView] {
    bytes.withUnsafeBufferPointer { buffer in
      LineProfiler(tokenizer: Tokenizer(unsafeUTF8: buffer)).map { line in
        LineProfileView(
          number: line.number, range: line.range, lineBreakLength: line.lineBreakLength,
          language: line.language.rawValue,
          letters: [Language.ko, .en, .ja, .zh, .und].compactMap { language in
            let n = line.letters[language]
            return n > 0 ? (language.rawValue, n) : nil
          })
      }
    }
  }
}
