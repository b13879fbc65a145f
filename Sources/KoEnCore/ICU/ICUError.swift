internal import CICU

/// An error reported by ICU, carrying ICU's own status code and name.
///
/// The corresponding ICU type is `UErrorCode`. Only failures are thrown: ICU's warnings
/// (negative codes) count as success, and buffer overflows are retried inside KoEn, never
/// surfaced.
public struct ICUError: Error, RawRepresentable, Hashable, Sendable, CustomStringConvertible {
  /// ICU's numeric status code.
  public let rawValue: Int32

  /// Wraps ICU's numeric status code.
  public init(rawValue: Int32) { self.rawValue = rawValue }

  /// An argument was out of range or malformed. The corresponding ICU error is
  /// `U_ILLEGAL_ARGUMENT_ERROR`.
  public static var illegalArgument: ICUError { ICUError(rawValue: 1) }

  /// A requested resource (a transliterator ID, a locale's data) does not exist. The
  /// corresponding ICU error is `U_MISSING_RESOURCE_ERROR`.
  public static var missingResource: ICUError { ICUError(rawValue: 2) }

  /// ICU's name for the status, such as `U_MISSING_RESOURCE_ERROR`.
  public var name: String { String(cString: koen_status_name(rawValue)) }

  /// ICU's name for the status, as `name`.
  public var description: String { name }
}

/// Throws when an ICU status is a failure; warnings pass.
@inline(__always)
func checkICU(_ status: koen_status) throws(ICUError) {
  if status > 0 { throw ICUError(rawValue: status) }
}
