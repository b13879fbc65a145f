extension Segmenter {
  /// Where the segments of this text stop depending on text before it, when the text
  /// starts a line: the end of the first segment that was cut after the text's first word;
  /// nil when there is none before the last segment.
  ///
  /// After a line break, a segmenter's state depends on the text before only through the
  /// current run and the neutral stretch; once it has read a word, only through where that
  /// run started; and the next cut ends the run at the same place whatever the text before
  /// was. So when this text follows any text that ends with a line break, the whole has a
  /// segment boundary at this offset (shifted by the other text's length), and its segments
  /// from there on are exactly this text's own segments from here on. Only the text before
  /// this offset needs the text before it.
  ///
  /// This lets a long input, cut after line breaks, be segmented piece by piece on several
  /// threads: each piece's segments from its settled offset on are final (all but its last,
  /// which text after the piece may extend), and only the text before that offset is
  /// segmented again together with the end of the piece before it (`koen segment -j N`).
  ///
  /// ```swift
  /// Segmenter("English text\n한국어 문장\n").settledOffset  // 13: "English text\n" | "한국어 문장\n"
  /// Segmenter("one run\nstill English\n").settledOffset  // nil
  /// ```
  ///
  /// - Complexity: O(n) at worst; usually the length of the first run or two.
  public var settledOffset: Int? {
    var segments = makeIterator()
    while let segment = segments.next() {
      guard segment.range.upperBound < tokenizer.byteCount else { return nil }
      if segments.lastCutAfterWord { return segment.range.upperBound }
    }
    return nil
  }
}
