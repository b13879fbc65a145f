internal import CICU

/// A Unicode script, identified by ICU's `UScriptCode` and named by its ISO 15924 code.
///
/// ```swift
/// Script(of: "한")          // .hangul, code "Hang"
/// Script(of: "北").code     // "Hani"
/// Script(of: "1")           // .common ("Zyyy"): digits, punctuation, spaces
/// ```
///
/// `Script` encodes (`Codable`) as its ISO 15924 code (`"Hang"`), the way ICU names it.
/// For runs of one script over a text, see `ScriptRuns`.
///
/// - Thread-safety: an immutable value; lookups read ICU's immutable property data.
public struct Script: RawRepresentable, Hashable, Sendable, CustomStringConvertible, Codable {
  /// ICU's `UScriptCode` value.
  public let rawValue: Int32

  /// Wraps an ICU `UScriptCode` value.
  public init(rawValue: Int32) { self.rawValue = rawValue }

  /// The script with this ISO 15924 code (`"Hang"`) or Unicode name (`"Hangul"`), if ICU
  /// knows it.
  public init?(code: String) {
    var status: Int32 = 0
    let value = koen_script_code(code, &status)
    guard status <= 0, value >= 0 else { return nil }
    self.rawValue = value
  }

  /// Characters shared by several scripts: digits, punctuation, symbols, spaces. The
  /// corresponding ICU constant is `USCRIPT_COMMON`.
  public static let common = Script(rawValue: 0)
  /// Combining marks that take the script of their base. The corresponding ICU constant is
  /// `USCRIPT_INHERITED`.
  public static let inherited = Script(rawValue: 1)
  /// The corresponding ICU constant is `USCRIPT_HAN`.
  public static let han = Script(rawValue: 17)
  /// The corresponding ICU constant is `USCRIPT_HANGUL`.
  public static let hangul = Script(rawValue: 18)
  /// The corresponding ICU constant is `USCRIPT_HIRAGANA`.
  public static let hiragana = Script(rawValue: 20)
  /// The corresponding ICU constant is `USCRIPT_KATAKANA`.
  public static let katakana = Script(rawValue: 22)
  /// The corresponding ICU constant is `USCRIPT_LATIN`.
  public static let latin = Script(rawValue: 25)
  /// Code points with no script (unassigned, or invalid input). The corresponding ICU
  /// constant is `USCRIPT_UNKNOWN`.
  public static let unknown = Script(rawValue: 103)

  /// The script of `scalar` (its `Script` property): `.common` for characters shared by
  /// scripts, `.inherited` for combining marks, `.unknown` for unassigned code points.
  ///
  /// - Complexity: O(1); ASCII and Hangul syllables are answered without calling ICU.
  public init(of scalar: Unicode.Scalar) {
    switch scalar.value {
    case 0x41...0x5A, 0x61...0x7A: self = .latin
    case 0...0x7F: self = .common
    case 0xAC00...0xD7A3: self = .hangul
    default:
      var status: Int32 = 0
      let value = koen_script_of(scalar.value, &status)
      self.init(rawValue: status > 0 ? Script.unknown.rawValue : value)
    }
  }

  /// The scripts `scalar` is used with (its `Script_Extensions` property); for most code
  /// points just its script. U+3001 IDEOGRAPHIC COMMA, for one, is Common but used with
  /// Bopomofo, Hangul, Han, Hiragana, Katakana and Yi.
  ///
  /// - Complexity: O(k) in the number of scripts; allocates the result array.
  public static func extensions(of scalar: Unicode.Scalar) -> [Script] {
    var capacity: Int32 = 16
    while true {
      var codes = [Int32](repeating: 0, count: Int(capacity))
      var status: Int32 = 0
      let count = koen_script_extensions(scalar.value, &codes, capacity, &status)
      if status == KOEN_BUFFER_OVERFLOW, count > capacity {
        capacity = count  // retried once at the length ICU reported
        continue
      }
      guard status <= 0 else { return [Script(of: scalar)] }
      return codes[..<Int(count)].map(Script.init(rawValue:))
    }
  }

  /// The ISO 15924 code, as ICU names it (`"Hang"`, `"Latn"`, `"Zyyy"`).
  public var code: String {
    koen_script_short_name(rawValue).map { String(cString: $0) } ?? "Zzzz"
  }

  /// The Unicode name of the script (`"Hangul"`).
  public var name: String {
    koen_script_name(rawValue).map { String(cString: $0) } ?? "Unknown"
  }

  /// The ISO 15924 code (`"Hang"`), as `code`.
  public var description: String { code }

  /// Decodes a script from its ISO 15924 code or Unicode name.
  ///
  /// - Throws: `DecodingError.dataCorrupted` when ICU knows no script by that name.
  public init(from decoder: any Decoder) throws {
    let code = try decoder.singleValueContainer().decode(String.self)
    guard let script = Script(code: code) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "unknown script \(code)"))
    }
    self = script
  }

  /// Encodes the script as its ISO 15924 code (`"Hang"`).
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(code)
  }
}
