/// The translation of a `.po` catalogue's `msgid "translator-credits"`: the names of the
/// people who translated the program, shown in its About box. Who made the translation is
/// said about the translation, not by it, so chrome, as a page's translator credit is; and
/// names are no untranslated text.
///
/// The survey reads the entry as the catalogue layout parses it and keeps its translation
/// lines; the second reading marks those that show a name (not the `msgstr ""` that opens a
/// string the next lines continue, which shows nothing).
enum TranslatorCredits {
  /// Whether a catalogue entry is the translator credits.
  static func isCredits(_ entry: CatalogEntry) -> Bool { creditsMsgids.contains(entry.source) }

  /// Whether a line of the credits' translation shows text: its string is not empty.
  static func showsText(_ layout: LineLayout) -> Bool { layout.uses.contains(.prose) }

  /// The msgids of the credits' entry, as GNOME's and KDE's programs spell it.
  private static let creditsMsgids: Set<String> = ["translator-credits", "translator_credits", "translator credits"]
}
