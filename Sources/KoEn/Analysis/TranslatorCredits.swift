/// The translation of a `.po` catalogue's `msgid "translator-credits"`: the names of the
/// people who translated the program, shown in its About box. Who made the translation is
/// said about the translation, not by it, so chrome, as a page's translator credit is; and
/// names are no untranslated text.
///
/// Read line by line: the entry's `msgstr` line (unless it opens an empty string that the
/// next lines continue) and the string lines that continue it.
struct TranslatorCredits {
  private enum State { case outside, msgid, msgstr }
  private var state = State.outside

  /// Whether `line` is a line of the credits' translation.
  mutating func contains(_ line: SourceLine) -> Bool {
    let s = line.scalars
    var k = 0
    while k < s.count, s[k].value == " " || s[k].value == "\t" { k += 1 }
    let first = k < s.count ? s[k].value.value : 0
    // Most lines open with neither `m` nor `"`, and leave the entry.
    guard first == 0x6D || first == 0x22 else {
      state = .outside
      return false
    }
    switch state {
    case .msgstr where first == 0x22:
      return true
    case .msgid where first == 0x22:
      return false
    default:
      break
    }
    let text = line.text.drop { $0 == " " || $0 == "\t" }
    if text.hasPrefix("msgstr") && state == .msgid {
      state = .msgstr
      // `msgstr ""` opening a multi-line string names no one.
      var end = text.endIndex
      while end > text.startIndex, text[text.index(before: end)] == " " || text[text.index(before: end)] == "\t" {
        end = text.index(before: end)
      }
      return text[..<end] != "msgstr \"\""
    }
    state = Self.creditsMsgids.contains(String(text)) ? .msgid : .outside
    return false
  }

  /// The msgid lines of the credits' entry, as GNOME's and KDE's programs spell it.
  private static let creditsMsgids: Set<String> = [
    "msgid \"translator-credits\"", "msgid \"translator_credits\"", "msgid \"translator credits\"",
  ]
}
