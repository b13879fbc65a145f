internal import CICU

/// A Unicode normalization form, as defined by UAX #15, plus ICU's NFKC_Casefold.
public enum NormalizationForm: String, Sendable, Hashable, CaseIterable, Codable {
  /// Canonical composition: the form most text on the web is in.
  case nfc
  /// Canonical decomposition: how macOS file systems store Hangul names.
  case nfd
  /// Compatibility composition: folds fullwidth Latin, halfwidth Hangul and compatibility
  /// jamo to their ordinary forms.
  case nfkc
  /// Compatibility decomposition.
  case nfkd
  /// NFKC with case folding and default-ignorable code points removed: a key for
  /// case-insensitive matching (ICU's `NFKC_Casefold`).
  case nfkcCasefold = "nfkc_cf"

  var cValue: koen_norm_form {
    switch self {
    case .nfc: KOEN_NFC
    case .nfd: KOEN_NFD
    case .nfkc: KOEN_NFKC
    case .nfkd: KOEN_NFKD
    case .nfkcCasefold: KOEN_NFKC_CASEFOLD
    }
  }
}
