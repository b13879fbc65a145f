/// The role one line plays in a document.
///
/// - `content`: the document's own text (title, body, captions, bylines, datelines).
/// - `chrome`: text of the hosting site or application, not of the document (UI controls,
///   copyright and redistribution notices, survey prompts, related-article lists, share
///   buttons, tracking-code errors).
/// - `untranslated`: content in the document's non-dominant language that was left untranslated.
/// - `blank`: empty or whitespace only.
///
/// Thread-safety: a value type; `Sendable`.
public enum LineRole: String, Codable, Sendable, Hashable, CaseIterable {
  /// The document's own text.
  case content
  /// Text of the hosting site or application.
  case chrome
  /// Content left in the non-dominant language.
  case untranslated
  /// An empty or whitespace-only line.
  case blank
}
