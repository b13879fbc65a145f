/// A language switcher: a line that only links to the document's other language versions
/// (`English | 简体中文 | <b>한국어</b> | 日本語`, `[English](README.md) · [한국어](README.ko.md)`).
/// It is the site's or repository's navigation, not the document's text, in a page or a
/// translated README alike.
enum LanguageSwitcher {
  /// Names of languages as switchers show them: in the language itself and in English.
  static let names: Set<String> = [
    "english", "korean", "한국어", "한국말", "简体中文", "繁體中文", "繁体中文", "中文", "chinese", "中文简体", "中文繁體",
    "simplified chinese", "traditional chinese", "日本語", "japanese", "español", "spanish", "français", "french",
    "deutsch", "german", "português", "portuguese", "português (brasil)", "português brasileiro", "pt-br", "русский",
    "russian", "italiano", "italian", "tiếng việt", "vietnamese", "हिन्दी", "hindi", "العربية", "arabic", "türkçe",
    "turkish", "polski", "polish", "bahasa indonesia", "indonesian", "ไทย", "thai", "українська", "ukrainian",
    "nederlands", "dutch", "فارسی", "persian", "עברית", "hebrew", "čeština", "czech", "বাংলা", "bengali", "svenska",
    "swedish", "ελληνικά", "greek", "magyar", "hungarian", "română", "romanian", "dansk", "norsk", "suomi",
    "català", "galego", "euskara", "tagalog", "filipino", "bahasa melayu", "malay", "اردو", "urdu", "தமிழ்",
    "తెలుగు", "मराठी", "ქართული", "հայերեն", "azərbaycanca", "қазақша", "oʻzbekcha", "монгол", "русский язык",
    "türk", "slovenčina", "hrvatski", "srpski", "български", "lietuvių", "latviešu", "eesti",
  ]

  /// Whether the line names only languages, separated or linked: one name with link markup
  /// or a separator, or two names or more.
  static func isSwitcher(_ line: SourceLine) -> Bool {
    var text = String.UnicodeScalarView()
    var marked = false
    var inTag = false
    var inTarget = false
    var previous: Unicode.Scalar = " "
    for scalar in line.scalars {
      let c = scalar.value
      defer { previous = c }
      if inTag {
        if c == ">" { inTag = false }
        continue
      }
      if inTarget {
        if c == ")" { inTarget = false }
        continue
      }
      switch c {
      case "<":
        inTag = true
        marked = true
      case "(" where previous == "]":
        inTarget = true
        marked = true
      case "|", "·", "•", ",", "/", "｜", "、":
        text.append("|")
        marked = true
      case "[", "]", "*", "_", "`", "#", ">", "-", "–", "—":
        text.append(" ")
      default:
        text.append(c)
      }
    }
    var pieces = 0
    for piece in String(text).split(separator: "|") {
      let name = piece.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ").lowercased()
      if name.isEmpty { continue }
      // "Italiano (Italian)", "Español (Latinoamérica)": the name before a parenthesis.
      let base = name.split(separator: "(", maxSplits: 1).first.map { $0.trimmingSpaces() } ?? name
      guard names.contains(name) || names.contains(base) else { return false }
      pieces += 1
    }
    return pieces >= 2 || (pieces == 1 && marked)
  }
}

extension StringProtocol {
  /// The text without spaces at either end.
  fileprivate func trimmingSpaces() -> String {
    String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
  }
}
