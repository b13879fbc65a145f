/// Whether a catalogue's translation is the text of a software licence, or a copyright
/// notice.
///
/// Applications show their licence in its authoritative English text (an unofficial
/// translation has no legal force, and the licences say so), so a Korean catalogue that
/// gives the English licence as a translation has kept it on purpose: its English is not
/// untranslated text. A licence is known by the phrases every copy of it carries. A
/// copyright notice (`Copyright © %1.`, `© The Transmission Project`) is kept as its holder
/// wrote it in the same way.
enum LicenceText {
  /// Whether `translation` is a copyright notice: no Korean, and it opens with `Copyright`,
  /// `©` or `(C)` (after spaces).
  static func isCopyrightNotice(_ translation: String) -> Bool {
    if translation.unicodeScalars.contains(where: { LetterClass($0) == .korean }) { return false }
    let text = translation.drop { $0 == " " || $0 == "\t" || $0 == "\n" }.lowercased()
    return text.hasPrefix("copyright") || text.hasPrefix("©") || text.hasPrefix("(c)")
  }

  /// Phrases found in the standard licence texts and notices, lower-case.
  static let markers = [
    "gnu general public license", "gnu lesser general public license", "gnu affero general public license",
    "without any warranty", "licensed under the apache license", "permission is hereby granted, free of charge",
    "mozilla public license",
  ]

  /// The fewest words a licence text has (a one-line "GPL v2" label is a name, not the text).
  static let minimumWords = 20

  /// Whether `translation` is a licence text: no Korean, at least `minimumWords` words, and
  /// one of the `markers` (spaces and line breaks between its words count as one space).
  static func isLicence(_ translation: String) -> Bool {
    var words = 0
    var inWord = false
    var text = String.UnicodeScalarView()
    for s in translation.unicodeScalars {
      if LetterClass(s) == .korean { return false }
      let letter = s.properties.isAlphabetic
      if letter && !inWord { words += 1 }
      inWord = letter
      if s.properties.isWhitespace {
        if text.last != " " { text.append(" ") }
      } else {
        text.append(s)
      }
    }
    guard words >= minimumWords else { return false }
    let lower = String(text).lowercased()
    return markers.contains { lower.contains($0) }
  }
}
