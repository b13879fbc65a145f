/// A problem found in one entry of a gettext catalogue (`.po`) or locale table.
///
/// Reported separately from line roles because it concerns an entry (msgid and msgstr
/// together), and because the three kinds call for different fixes.
///
/// Thread-safety: a value type; `Sendable`.
public struct CatalogFinding: Hashable, Sendable, Codable {
  /// What is wrong with the entry.
  public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
    /// The translation is empty (the UI will show the source text).
    case emptyTranslation = "empty_translation"
    /// The translation is identical to the source text.
    case identicalToSource = "identical_to_source"
    /// The translation contains English that should have been translated.
    case englishInTranslation = "english_in_translation"
  }

  /// What is wrong.
  public var kind: Kind
  /// The 1-based line of the entry (its `msgid`, or the table line).
  public var entryLine: Int
  /// The 1-based line of the translation (`msgstr`); equal to `entryLine` in locale tables.
  public var translationLine: Int
  /// The source text (decoded `msgid`, or the table key).
  public var source: String
  /// The translation (decoded `msgstr`, or the table value).
  public var translation: String
  /// For `englishInTranslation`, the English fragments found (positions in the file).
  public var fragments: [Fragment]

  /// Creates a finding.
  public init(
    kind: Kind, entryLine: Int, translationLine: Int, source: String, translation: String,
    fragments: [Fragment] = []
  ) {
    self.kind = kind
    self.entryLine = entryLine
    self.translationLine = translationLine
    self.source = source
    self.translation = translation
    self.fragments = fragments
  }

  private enum CodingKeys: String, CodingKey {
    case kind, entryLine = "entry_line", translationLine = "translation_line", source, translation, fragments
  }
}

extension CatalogFinding {
  /// What is wrong with a catalogue entry, if anything: left in the source language (or
  /// shown by key), empty, or with English in the translation.
  ///
  /// - Parameters:
  ///   - entry: The entry.
  ///   - fragments: Fragments of the document's lines by 0-based index (at least the
  ///     entry's translation lines).
  init?(entry: CatalogEntry, fragments: [Int: [Fragment]]) {
    let translationLine = (entry.translationLines.first ?? entry.entryLine) + 1
    let found = entry.translationLines.flatMap { fragments[$0] ?? [] }
    // Identical strings without letters (`%1 %2`) need no translation.
    let hasLetters = entry.translation.unicodeScalars.contains { LetterClass($0).isAnalysedLetter }
    let kind: Kind
    if entry.usesKey || (hasLetters && entry.translation == entry.source) {
      kind = .identicalToSource
    } else if entry.translation.allSatisfy({ $0.isWhitespace }) {
      self.init(
        kind: .emptyTranslation, entryLine: entry.entryLine + 1, translationLine: translationLine,
        source: entry.source, translation: entry.translation)
      return
    } else if !found.isEmpty {
      kind = .englishInTranslation
    } else {
      return nil
    }
    self.init(
      kind: kind, entryLine: entry.entryLine + 1, translationLine: translationLine, source: entry.source,
      translation: entry.translation, fragments: found)
  }
}
