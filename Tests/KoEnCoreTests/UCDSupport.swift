import KoEnCore
import TestSupport

/// The `Corpora/UCD` folder these tests read: the Unicode version of the ICU in use, so a
/// newer ICU fails with the name of the file to add instead of testing against old data.
let ucdVersion = ICUVersion.unicode.components.prefix(3).map(String.init).joined(separator: ".")

/// Shows text code point by code point: `U+1100 U+1161`.
func codePoints(_ text: String) -> String {
  describeCodePoints(text.unicodeScalars.map(\.value))
}
