/// The library's results as the command layer reads them.
///
/// The subcommands format these plain values; the adapters in this folder are the only
/// code that touches KoEn's tokenizer, segmenter, analyzer and romanizer types, so a change
/// in the library's API is a change in one adapter. Ranges are UTF-8 byte offsets into the
/// text the adapter was given.

/// A token: a byte range with a kind, a script and a language.
struct TokenView: Sendable, Hashable {
  var range: Range<Int>
  /// `word`, `number`, `punctuation`, `symbol`, `whitespace`, `line_break`, `url`, `email`,
  /// `invalid`.
  var kind: String
  /// ISO 15924 (`Hang`, `Latn`, `Zyyy`).
  var script: String
  /// BCP 47 (`ko`, `en`, `ja`, `zh`, `und`, `zxx`).
  var language: String
}

/// A language-tagged segment.
struct SegmentView: Sendable, Hashable {
  var range: Range<Int>
  var language: String
  var script: String
}

/// A line's language profile: letters per language and the line's language.
struct LineProfileView: Sendable, Hashable {
  /// 1-based, counted from the start of the text given to the adapter.
  var number: Int
  /// The line without its line break.
  var range: Range<Int>
  /// The line break's length (0 on a last line without one).
  var lineBreakLength: Int
  /// `en`, `ko`, `mixed` or `none`.
  var language: String
  /// Letters per language tag, only non-zero counts, in a fixed order (ko, en, ja, zh, und).
  var letters: [(String, Int)]

  static func == (a: LineProfileView, b: LineProfileView) -> Bool {
    a.number == b.number && a.range == b.range && a.language == b.language
      && a.letters.map(\.0) == b.letters.map(\.0) && a.letters.map(\.1) == b.letters.map(\.1)
  }
  func hash(into hasher: inout Hasher) { hasher.combine(range) }
}

/// A fragment in the document's non-dominant language.
struct FragmentView: Sendable, Hashable {
  var range: Range<Int>
  var line: Int
  var column: Int
  var text: String
  var language: String
}

/// One analyzed line.
struct AnalyzedLineView: Sendable, Hashable {
  var number: Int
  /// Without the line break.
  var range: Range<Int>
  /// `en`, `ko`, `mixed`, `none`.
  var language: String
  /// `content`, `chrome`, `untranslated`, `blank`.
  var role: String
  var fragments: [FragmentView]
}

/// A gettext catalogue finding (`.po`).
struct CatalogFindingView: Sendable, Hashable {
  /// `empty_translation`, `identical_to_source`, `english_in_translation` (the library's names).
  var kind: String
  /// The line where the entry starts (its `msgid`).
  var entryLine: Int
  /// The line of the `msgstr`.
  var translationLine: Int
  var source: String
  var translation: String
  var fragments: [FragmentView]
}

/// A whole document's analysis.
struct DocumentView: Sendable {
  /// `en` or `ko`.
  var dominant: String
  var lines: [AnalyzedLineView]
  var catalogFindings: [CatalogFindingView]

  /// Lines per role, in the fixed order content, chrome, untranslated, blank.
  var roleCounts: [(String, Int)] {
    ["content", "chrome", "untranslated", "blank"].map { role in (role, lines.filter { $0.role == role }.count) }
  }

  /// Every fragment, in order.
  var fragments: [FragmentView] { lines.flatMap(\.fragments) }
}

/// The part of KoEn the command needs is not in this build.
struct LibraryUnavailable: Error, Sendable, CustomStringConvertible {
  let feature: String
  var description: String { "\(feature) is not available in this build of KoEn" }
}
