/// How many lines of a document have each role.
///
/// Thread-safety: a value type; `Sendable`.
public struct RoleCounts: Hashable, Sendable, Codable {
  /// Lines of the document's own text.
  public var content: Int = 0
  /// Lines of site or application chrome.
  public var chrome: Int = 0
  /// Lines left untranslated.
  public var untranslated: Int = 0
  /// Empty or whitespace-only lines.
  public var blank: Int = 0

  /// Creates counts, zero by default.
  public init(content: Int = 0, chrome: Int = 0, untranslated: Int = 0, blank: Int = 0) {
    self.content = content
    self.chrome = chrome
    self.untranslated = untranslated
    self.blank = blank
  }

  /// The count for one role.
  /// Lines of every role.
  public var total: Int { content + chrome + untranslated + blank }

  public subscript(role: LineRole) -> Int {
    get {
      switch role {
      case .content: content
      case .chrome: chrome
      case .untranslated: untranslated
      case .blank: blank
      }
    }
    set {
      switch role {
      case .content: content = newValue
      case .chrome: chrome = newValue
      case .untranslated: untranslated = newValue
      case .blank: blank = newValue
      }
    }
  }
}
