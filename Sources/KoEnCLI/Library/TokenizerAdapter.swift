import KoEn

/// The adapter over KoEn's tokenizer and segmenter (the only code here that uses them).
enum TokenizerAdapter {
  /// The tokens of `bytes`, in order; they tile the bytes.
  static func tokens(in bytes: [UInt8]) throws(LibraryUnavailable) -> [TokenView] {
    throw LibraryUnavailable(feature: "tokenization")
  }

  /// The language runs of `bytes`, in order; they tile the bytes.
  static func segments(in bytes: [UInt8]) throws(LibraryUnavailable) -> [SegmentView] {
    throw LibraryUnavailable(feature: "segmentation")
  }

  /// The lines of `bytes` with their letters per language.
  static func lines(in bytes: [UInt8]) throws(LibraryUnavailable) -> [LineProfileView] {
    throw LibraryUnavailable(feature: "line profiles")
  }
}
