@_exported import KoEnCore

/// The version of the KoEn library.
public enum KoEnVersion {
  /// KoEn's semantic version.
  public static let string = "0.1.0"
}
