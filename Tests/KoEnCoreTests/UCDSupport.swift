import KoEnCore
import TestSupport

/// The `Corpora/UCD` folder these tests read: the Unicode version of the ICU in use, so a
/// newer ICU fails with the name of the file to add instead of testing against old data.
let ucdVersion = ICUVersion.unicode.components.prefix(3).map(String.init).joined(separator: ".")

/// Shows text code point by code point: `U+1100 U+1161`.
func codePoints(_ text: String) -> String {
  describeCodePoints(text.unicodeScalars.map(\.value))
}

import Testing

@Suite("UCD file loading")
struct UCDFileLoadingTests {
  /// A Unicode version without committed files fails loudly, naming the file and how to
  /// get it, so a newer ICU never silently tests nothing.
  @Test func missingVersionNamesTheFileAndTheFix() {
    do {
      _ = try UCDBreakTest.load("WordBreakTest.txt", unicodeVersion: "99.0.0")
      Issue.record("a missing file loaded")
    } catch let error as UCDFileError {
      let message = error.description
      #expect(message.contains("Corpora/UCD/99.0.0/auxiliary/WordBreakTest.txt"))
      #expect(message.contains("https://www.unicode.org/Public/99.0.0/ucd/auxiliary/WordBreakTest.txt"))
      #expect(message.contains("Scripts/update-ucd.sh"))
    } catch {
      Issue.record("unexpected error \(error)")
    }
  }

  @Test func theRunningICUHasItsFiles() throws {
    #expect(try !UCDBreakTest.load("GraphemeBreakTest.txt", unicodeVersion: ucdVersion).cases.isEmpty)
    #expect(try !UCDNormalizationTest.load(unicodeVersion: ucdVersion).part(0).isEmpty)
  }
}
