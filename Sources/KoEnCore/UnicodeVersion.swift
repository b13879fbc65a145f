internal import CICU

/// A version of the Unicode Standard or of ICU, as ICU reports it (`15.0.0.0`).
public struct ICUVersion: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The version's numbers, most significant first; trailing zeros are kept.
  public let components: [UInt8]

  /// Creates a version from its numbers.
  public init(_ components: [UInt8]) { self.components = components }

  /// The Unicode version of the ICU library KoEn runs on.
  public static var unicode: ICUVersion { read(koen_unicode_version) }

  /// The version of the ICU library KoEn runs on.
  public static var icu: ICUVersion { read(koen_icu_version) }

  private static func read(_ fill: (UnsafeMutablePointer<UInt8>?) -> Void) -> ICUVersion {
    var numbers = [UInt8](repeating: 0, count: 4)
    numbers.withUnsafeMutableBufferPointer { fill($0.baseAddress) }
    return ICUVersion(numbers)
  }

  /// The version with trailing zero components dropped past the second (`15.0`, `72.1`,
  /// `15.1.1`).
  public var description: String {
    var parts = components
    while parts.count > 2, parts.last == 0 { parts.removeLast() }
    return parts.map(String.init).joined(separator: ".")
  }

  /// Compares versions number by number, most significant first.
  public static func < (a: ICUVersion, b: ICUVersion) -> Bool {
    a.components.lexicographicallyPrecedes(b.components)
  }
}
