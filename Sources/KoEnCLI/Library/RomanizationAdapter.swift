import KoEn

/// The adapter over KoEn's romanizer (the only code here that uses it).
enum RomanizationAdapter {
  /// The romanization asked for.
  struct Settings: Sendable, Hashable {
    /// `rr`, `rr-translit`, `mr` or `icu`.
    var scheme = "rr"
    /// The input is a personal name.
    var name = false
    /// Trailing administrative units are units (Uijeongbu-si).
    var address = false
    /// Capitalize as a proper noun.
    var proper = false
  }

  /// The romanization of `text`; non-Hangul text passes through.
  static func romanize(_ text: String, settings: Settings) throws(LibraryUnavailable) -> String {
    romanizer(settings).romanize(text)
  }

  private static func romanizer(_ settings: Settings) -> Romanizer {
    var options: RomanizationOptions = [.readHanja]
    if settings.name { options.insert(.personalName) }
    if settings.address { options.insert(.address) }
    if settings.proper { options.insert(.properNoun) }
    return Romanizer(scheme: RomanizationScheme(rawValue: settings.scheme) ?? .revised, options: options)
  }

  /// The rules applied to `text`, one human-readable step per entry (`ㄴ+ㄹ → ll, liquid
  /// assimilation`).
  static func explain(_ text: String, settings: Settings) throws(LibraryUnavailable) -> [String] {
    romanizer(settings).explain(text).description.split(separator: "\n").map(String.init)
  }

  /// A reading of a fragment for diagnostics, or nil when romanization is not available or
  /// the fragment has no Hangul or Hanja.
  static func reading(of fragment: String) -> String? {
    guard fragment.unicodeScalars.contains(where: { (0xAC00...0xD7A3).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) }) else {
      return nil
    }
    return try? romanize(fragment, settings: Settings())
  }
}
