/// The language of a fragment or of a document: a BCP 47 tag such as `ko` or `en`.
///
/// Document analysis only ever reports the two languages it separates, Korean (`ko`, which
/// includes Hanja written inside Korean) and English (`en`). The type is a string-backed
/// value rather than a closed enum so that it encodes exactly as the tag and can later be
/// bridged to the tokenizer's `Language` without a breaking change.
///
/// Thread-safety: a value type; `Sendable`.
public struct FragmentLanguage: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
  /// The BCP 47 tag, for example `"ko"`.
  public let rawValue: String

  /// Creates a language from its BCP 47 tag.
  ///
  /// - Parameter rawValue: The tag, for example `"en"`.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// Korean, written in Hangul or in Hanja inside Korean text.
  public static let korean = FragmentLanguage(rawValue: "ko")
  /// English (Latin letters).
  public static let english = FragmentLanguage(rawValue: "en")

  /// The other of the two analysed languages: English for Korean and Korean for anything else.
  public var other: FragmentLanguage { self == .korean ? .english : .korean }

  /// The tag itself.
  public var description: String { rawValue }

  /// Decodes the language from a single string.
  ///
  /// - Throws: `DecodingError` when the value is not a string.
  public init(from decoder: any Decoder) throws {
    self.rawValue = try decoder.singleValueContainer().decode(String.self)
  }

  /// Encodes the language as its tag.
  ///
  /// - Throws: `EncodingError` from the underlying encoder.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
