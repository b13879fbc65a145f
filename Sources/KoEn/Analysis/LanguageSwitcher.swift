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
    "nederlands", "dutch", "ภาษาไทย", "bahasa", "فارسی", "persian", "עברית", "hebrew", "čeština", "czech", "বাংলা", "bengali", "svenska",
    "swedish", "ελληνικά", "greek", "magyar", "hungarian", "română", "romanian", "dansk", "norsk", "suomi",
    "català", "galego", "euskara", "tagalog", "filipino", "bahasa melayu", "malay", "اردو", "urdu", "தமிழ்",
    "తెలుగు", "मराठी", "ქართული", "հայերեն", "azərbaycanca", "қазақша", "oʻzbekcha", "монгол", "русский язык",
    "türk", "slovenčina", "hrvatski", "srpski", "български", "lietuvių", "latviešu", "eesti",
    // The other languages by their English names, as long switchers list them.
    "afrikaans", "albanian", "amharic", "armenian", "azerbaijani", "basque", "belarusian", "bosnian",
    "bulgarian", "burmese", "myanmar", "catalan", "croatian", "danish", "estonian", "finnish", "galician",
    "georgian", "gujarati", "hausa", "icelandic", "irish", "javanese", "kannada", "kazakh", "khmer",
    "kurdish", "kyrgyz", "lao", "latvian", "lithuanian", "macedonian", "malayalam", "maltese", "marathi",
    "mongolian", "nepali", "norwegian", "pashto", "punjabi", "serbian", "sinhala", "slovak", "slovenian",
    "somali", "swahili", "tamil", "telugu", "uzbek", "welsh", "yoruba", "zulu", "nigerian pidgin", "pidgin",
    "assamese", "cebuano", "esperanto", "farsi", "haitian creole", "hawaiian", "hmong", "igbo", "kinyarwanda",
    "luxembourgish", "malagasy", "maori", "odia", "sindhi", "tajik", "tatar", "turkmen", "uyghur", "xhosa",
    "yiddish",
    // A link to the other language's version, named as such (`English Version`, `영어 버전`).
    "영어", "영문", "english version", "korean version", "한국어 버전", "영어 버전", "영문 버전",
  ]

  /// Whether the line names only languages, separated or linked: one name with link markup
  /// or a separator, or two names or more.
  ///
  /// Each piece between separators is judged as soon as it ends, and a piece too long to be
  /// a name ends the reading: running text is ruled out within its first words.
  static func isSwitcher(_ line: SourceLine) -> Bool {
    // Most lines asked are running text, ruled out by their first word without the reading.
    SwitcherLineStart.mayStartSwitcher(line) && readsAsSwitcher(line)
  }

  /// `isSwitcher` by the reading alone, without the first word's judgment.
  static func readsAsSwitcher(_ line: SourceLine) -> Bool {
    // Most lines asked are running text, ruled out by their first words.
    if startsWithTooManyWords(line) { return false }
    // A piece holds at most one scalar for each of the line's.
    return withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: line.scalars.count + 1) { storage in
      var reader = SwitcherReader(storage: storage)
      return reader.read(line)
    }
  }

  /// Whether the line starts with more words or letters than any name, in scalars that
  /// `SwitcherReader` only counts (no separator, bracket, parenthesis, colon or other
  /// scalar it reads apart before them): the reader returns false there, whatever follows.
  /// A tight loop over the scalars, where the reader keeps its state in memory.
  private static func startsWithTooManyWords(_ line: SourceLine) -> Bool {
    let (maximumWords, maximumScalars, _) = readingLimits
    let plain = plainASCII
    return line.scalars.withUnsafeBufferPointer { s in
      plain.withUnsafeBufferPointer { plain in
        var words = 0
        var letters = 0
        var atWordStart = true
        for k in 0..<s.count {
          let c = s[k].value
          let v = c.value
          if v == 0x20 || v == 0x09 {
            atWordStart = true
            continue
          }
          if v < 0x80 {
            guard plain[Int(v)] else { return false }
          } else if !isPlain(c) {
            return false
          }
          letters &+= 1
          if atWordStart { words &+= 1 }
          atWordStart = false
          if words > maximumWords || letters > maximumScalars { return true }
        }
        return false
      }
    }
  }

  /// Whether `SwitcherReader` reads each ASCII scalar as it reads a letter (its `default`
  /// case, or its shortcut for Latin letters), by value; space and tab aside.
  private static let plainASCII: [Bool] = (0..<128).map { v in
    !"<(),:|/[]*_`#>-".unicodeScalars.contains(Unicode.Scalar(UInt8(v)))
  }

  /// Whether `SwitcherReader` reads the scalar outside ASCII `c` as it reads a letter.
  private static func isPlain(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "·", "•", "●", "∙", "｜", "、", "–", "—", "\u{1F1E6}"..."\u{1F1FF}", "\u{1F310}", "\u{1F30D}"..."\u{1F30F}",
      "\u{FE0F}":
      return false
    default:
      return true
    }
  }

  /// The reading behind `isSwitcher`: the piece being read, in storage the caller provides.
  private struct SwitcherReader {
    let storage: UnsafeMutableBufferPointer<Unicode.Scalar>
    private var count = 0
    private var letters = 0
    private var words = 0
    private var hasParenthesis = false
    /// Parentheses open in the piece: a comma inside them is part of the name
    /// (`Chinese (Traditional, Hong Kong)`), not a separator.
    private var openParentheses = 0
    private var atWordStart = true
    private var pieces = 0

    init(storage: UnsafeMutableBufferPointer<Unicode.Scalar>) { self.storage = storage }

    private var piece: UnsafeBufferPointer<Unicode.Scalar> { UnsafeBufferPointer(rebasing: storage[..<count]) }

    private mutating func append(_ c: Unicode.Scalar) {
      storage[count] = c
      count += 1
    }

    /// Judges the piece read so far: false when it is not a language's name.
    private mutating func endPiece() -> Bool {
      let verdict = nameVerdict(piece)
      count = 0
      letters = 0
      words = 0
      hasParenthesis = false
      openParentheses = 0
      atWordStart = true
      switch verdict {
      case .empty: return true
      case .name:
        pieces += 1
        return true
      case .notAName: return false
      }
    }

    mutating func read(_ line: SourceLine) -> Bool {
      let (maximumWords, maximumScalars, judgesBeforeParenthesis) = readingLimits
      var marked = false
      var inTag = false
      var inTarget = false
      // What ends the target being skipped: `)` after a Markdown link's `](`, `]` in an Org
      // link's `[[target][text]]`.
      var targetEnd: Unicode.Scalar = ")"
      // Whether the line has an Org link with a text (`[[target][text]]`), once asked.
      var hasOrgLinkText: Bool? = nil
      var previous: Unicode.Scalar = " "
      for scalar in line.scalars {
        let c = scalar.value
        defer { previous = c }
        if inTag {
          if c == ">" { inTag = false }
          continue
        }
        if inTarget {
          if c == targetEnd { inTarget = false }
          continue
        }
        // A Latin letter, most of what is read, is none of the cases below: appended and
        // counted as `default` does, without the switch's comparisons.
        if scalar.traits.rawValue & ScalarTraits.notLatin == 0 {
          append(c)
          letters += 1
          if atWordStart { words += 1 }
          atWordStart = false
          if (words > maximumWords || letters > maximumScalars) && !hasParenthesis { return false }
          continue
        }
        // A space, as `default` reads it: it starts a word and counts no letter, so the
        // limits, not passed before it, are not passed now.
        if c == " " {
          append(c)
          atWordStart = true
          continue
        }
        switch c {
        case "<":
          inTag = true
          marked = true
        case "(" where previous == "]":
          inTarget = true
          targetEnd = ")"
          marked = true
        case "[" where previous == "[":
          // `[[file:README.org][English]]`: the target is skipped, the text read. Whether the
          // line has such a link is asked once, not at every `[[` (a line of brackets).
          if hasOrgLinkText == nil { hasOrgLinkText = LanguageSwitcher.opensOrgLinkTarget(line) }
          if hasOrgLinkText == true {
            inTarget = true
            targetEnd = "]"
            marked = true
          } else {
            append(" ")
            atWordStart = true
          }
        case "," where openParentheses > 0:
          append(c)
          atWordStart = true
        case ":" where pieces == 0 && isLabel(piece):
          // `언어: [English](…) | 한국어`, `Languages: …`: the switcher's label.
          count = 0
          letters = 0
          words = 0
          atWordStart = true
          marked = true
        case "|", "·", "•", "●", "∙", ",", "/", "｜", "、":
          marked = true
          guard endPiece() else { return false }
        case "[", "]", "*", "_", "`", "#", ">", "-", "–", "—":
          append(" ")
          atWordStart = true
        case "\u{1F1E6}"..."\u{1F1FF}", "\u{1F310}", "\u{1F30D}"..."\u{1F30F}", "\u{FE0F}":
          // A flag (two regional indicators) or a globe before a name decorates it.
          append(" ")
          atWordStart = true
        default:
          // A piece is a name only if what stands before its first parenthesis is one
          // (`namesBeforeParenthesesAreNames`): judged there, before the rest of the line is read.
          if c == "(" && !hasParenthesis && judgesBeforeParenthesis && nameVerdict(piece) == .notAName {
            return false
          }
          append(c)
          if c == "(" {
            hasParenthesis = true
            openParentheses += 1
          } else if c == ")" && openParentheses > 0 {
            openParentheses -= 1
          }
          if c == " " || c == "\t" {
            atWordStart = true
          } else {
            letters += 1
            if atWordStart { words += 1 }
            atWordStart = false
          }
          // More words or letters than any name, even decomposed: not a name, whatever follows.
          if (words > maximumWords || letters > maximumScalars) && !hasParenthesis {
            return false
          }
        }
      }
      guard endPiece() else { return false }
      return pieces >= 2 || (pieces == 1 && marked)
    }
  }

  /// Whether the line has an Org link with a text of its own (`[[target][text]]`): only then
  /// does `[[` open a target to skip (`[[English]]` shows its target).
  static func opensOrgLinkTarget(_ line: SourceLine) -> Bool {
    var previous: Unicode.Scalar = " "
    for scalar in line.scalars {
      if scalar.value == "[" && previous == "]" { return true }
      previous = scalar.value
    }
    return false
  }

  /// Whether the link targets lead to translations of a README (`README_CN.md`,
  /// `README.ja.md`, `i18n/README_pt-br.md`), and to the original `README.md` at most
  /// besides: items of a switcher whatever their texts say (a badge's `alt`, a language the
  /// names do not know).
  static func leadToTranslations(_ targets: [String]) -> Bool {
    targets.contains(where: isTranslatedReadme) && targets.allSatisfy { isTranslatedReadme($0) || isOriginalReadme($0) }
  }

  /// Whether the links lead only to the original README (`[README.md](./README.md)`).
  static func leadToOriginal(_ targets: [String]) -> Bool {
    !targets.isEmpty && targets.allSatisfy(isOriginalReadme)
  }

  /// Whether a word of the line (its letters, lower-cased) is a language's name.
  static func namesALanguage(_ line: SourceLine) -> Bool {
    var word = ""
    for s in line.scalars {
      if s.letter == .latin || s.letter == .korean || s.letter == .otherLetter {
        SlugPhrases.appendLowercased(s.value, to: &word.unicodeScalars)
      } else {
        if names.contains(word) { return true }
        word = ""
      }
    }
    return names.contains(word)
  }

  /// Whether a link target is the original README (`README.md`, `../README.md`, or the
  /// README of another markup, `README.rst`, `README.org`), which a switcher lists beside
  /// the translations; or a folder above or at the README's (`/`, `../..#readme`), whose
  /// page a forge opens with its README.
  private static func isOriginalReadme(_ target: String) -> Bool {
    let parts = pathParts(target)
    if target.hasPrefix("/") || target.hasPrefix(".") {
      if parts.allSatisfy({ $0 == "." || $0 == ".." }) { return true }
    }
    guard let name = parts.last, parts.dropLast().allSatisfy({ $0 == "." || $0 == ".." }) else { return false }
    return originalNames.contains(String(name))
  }

  /// The file names, lower-case, of a repository's own documents that are translated beside
  /// their original (the README, the contributing guide, the code of conduct), in each
  /// markup they are written in: a translation's link to one of them is to its original.
  static let originalNames: Set<String> = Set(
    ["readme", "contributing", "code_of_conduct", "security", "changelog"].flatMap { name in
      ["md", "rst", "org", "adoc", "txt"].map { "\(name).\($0)" }
    })

  /// A link target's path in lower case, without its `#fragment` or `?query`, split at `/`.
  private static func pathParts(_ target: String) -> [Substring] {
    var path = target.lowercased()[...]
    if let cut = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = path[..<cut] }
    return path.split(separator: "/")
  }

  /// The targets of the line's links: `href="…"` values, Markdown `](…)` targets and
  /// reStructuredText `<…>` targets before the reference's closing backtick.
  static func linkTargets(_ line: SourceLine) -> [String] {
    let s = line.scalars
    var targets: [String] = []
    var k = 0
    while k < s.count {
      var start: Int? = nil
      var close: Unicode.Scalar = ")"
      if s[k].value == "]", k + 1 < s.count, s[k + 1].value == "(" {
        start = k + 2
      } else if s[k].value == "<", k > 0, s[k - 1].letter == .space,
        let end = (k + 1..<s.count).first(where: { s[$0].value == ">" || s[$0].letter == .space }),
        s[end].value == ">", end + 1 < s.count, s[end + 1].value == "`"
      {
        start = k + 1
        close = ">"
      } else if s[k].value == "=", k >= 4, line.text(from: k - 4, through: k - 1).lowercased() == "href",
        k + 1 < s.count, s[k + 1].value == "\"" || s[k + 1].value == "'"
      {
        start = k + 2
        close = s[k + 1].value
      }
      guard let start else {
        k += 1
        continue
      }
      var end = start
      while end < s.count, s[end].value != close { end += 1 }
      targets.append(line.text(from: start, through: end - 1))
      k = end
    }
    return targets
  }

  /// Whether a link target is a README in another language: its file name is `README`, a
  /// `.`, `_` or `-`, a locale (`ko`, `zh-hans`, `pt_BR`) and `.md` (or `.rst`, `.org`, …), or `README.md` in a
  /// folder named by a locale (`../fr/README.md`, `translations/pt-BR/README.md`).
  private static func isTranslatedReadme(_ target: String) -> Bool {
    let folders = pathParts(target)
    let name = folders.last ?? ""
    if name == "readme.md", folders.count >= 2 {
      let folder = folders[folders.count - 2]
      let language = folder.prefix { $0 != "-" && $0 != "_" }
      return isLocale(folder) && language.count == 2 && languageCodes.contains(String(language))
    }
    guard name.hasPrefix("readme"), let markup = readmeExtensions.first(where: { name.hasSuffix($0) }) else { return false }
    let middle = name.dropFirst("readme".count).dropLast(markup.count)
    guard let separator = middle.first, separator == "." || separator == "_" || separator == "-" else { return false }
    return isLocale(middle.dropFirst())
  }

  /// The extensions of the markups a README is written in, with their dot.
  static let readmeExtensions = [".md", ".rst", ".org", ".adoc", ".txt"]

  /// ISO 639-1 codes of written languages: a folder named by one (`fr/`, `pt-br/`) holds a
  /// translation, where other short folder names (`ui/`, `js/`, `db/`) hold parts of a project.
  static let languageCodes: Set<String> = Set(
    """
    af am ar as az be bg bn bo bs ca cs cy da de el en eo es et eu fa fi fil fr ga gl gu ha he hi hr \
    hu hy id ig is it ja jv ka kk km kn ko ku ky la lo lt lv mg mi mk ml mn mr ms mt my nb ne nl nn no \
    or pa pl ps pt ro ru rw sa sd si sk sl so sq sr sv sw ta te tg th tk tl tr tt ug uk ur uz vi xh yi \
    yo zh zu
    """.split(separator: " ").map(String.init))

  /// Whether a lower-cased path part is a locale: a language code of two or three letters,
  /// then optionally `-` or `_` and a region or script of two to four (`ko`, `pt-br`, `zh_hans`),
  /// or a language code and a region written together (`ptbr`, `zhcn`).
  private static func isLocale(_ locale: Substring) -> Bool {
    if locale.count == 4, locale.allSatisfy({ $0.isASCII && $0.isLetter }), languageCodes.contains(String(locale.prefix(2))) {
      return true
    }
    let parts = locale.split(whereSeparator: { $0 == "-" || $0 == "_" })
    guard let language = parts.first, (2...3).contains(language.count), parts.count <= 2,
      locale.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-" || $0 == "_") })
    else { return false }
    return parts.count == 1 || (2...4).contains(parts[1].count)
  }

  /// Labels a switcher opens with, before a colon, lower-cased.
  static let labels: Set<String> = [
    "language", "languages", "lang", "other languages", "read this in other languages", "translations",
    "언어", "다른 언어", "번역", "다른 언어로 읽기",
  ]

  /// Whether a piece is a switcher's label (`언어`, `Languages`), compared without case.
  private static func isLabel(_ piece: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
    guard piece.count <= 40 else { return false }
    // Most pieces before a colon are the start of a sentence in ASCII, perhaps with an
    // apostrophe or quote of English typography: compared by their bytes, or ruled out by
    // the mark, before any string is built.
    switch asciiOrMarks(piece) {
    case .ascii: return withLowercasedASCII(piece, isASCIILabel)
    case .withMark: return false
    case .other: break
    }
    let text = String(String.UnicodeScalarView(piece)).split(whereSeparator: { $0 == " " || $0 == "\t" })
      .joined(separator: " ").lowercased()
    return labels.contains(text)
  }

  private enum NameVerdict { case empty, name, notAName }

  /// Whether one piece of a switcher is a language's name: words separated by spaces or
  /// tabs, compared without case; "Italiano (Italian)", "Español (Latinoamérica)" by the
  /// name before the parenthesis.
  private static func nameVerdict(_ piece: UnsafeBufferPointer<Unicode.Scalar>) -> NameVerdict {
    switch asciiOrMarks(piece) {
    case .ascii: return asciiNameVerdict(piece)
    case .withMark:
      // A typographic mark before the first parenthesis is in the text compared with the
      // names, and in no name (an apostrophe of prose, `Trump’s`); after it, the name
      // before the parenthesis is read as any other piece's.
      if let mark = piece.firstIndex(where: isTypographicMark),
        !piece[..<mark].contains("(")
      {
        return .notAName
      }
    case .other: break
    }
    // An ASCII letter and Hangul before the first parenthesis (`Special 상세보기`, a
    // vocabulary item `pledge 약속`): no name has both, and lower-casing and canonical
    // decomposition keep an ASCII letter one and Hangul Hangul, so the piece is no name.
    // Ruled out before its text is built.
    if namesMixNoHangulWithLatin && mixesHangulWithLatin(piece) { return .notAName }
    // A piece whose first character is an ASCII scalar alone (no mark joins it) is a name
    // only if some name starts with that scalar, lower-cased: a name starting otherwise
    // (with a letter outside ASCII, even one decomposing to an ASCII letter and a mark) is
    // canonically equivalent to no such piece.
    if let k = piece.firstIndex(where: { $0 != " " && $0 != "\t" }) {
      let next = k + 1 < piece.count ? piece[k + 1].value : 0
      if piece[k].isASCII, next < 0x80 {
        let v = piece[k].value
        guard nameFirstBytes[Int(v >= 0x41 && v <= 0x5A ? v + 0x20 : v)] else { return .notAName }
      }
      // Likewise a Hangul syllable no conjoining jamo follows (which could compose with it)
      // is a name's first character only if it is one of the names' first syllables.
      let v = piece[k].value
      if (0xAC00...0xD7A3).contains(v), !(0x1100...0x11FF).contains(next), !nameFirstSyllables.contains(v) {
        return .notAName
      }
    }
    let name = String(String.UnicodeScalarView(piece)).split(whereSeparator: { $0 == " " || $0 == "\t" })
      .joined(separator: " ").lowercased()
    if name.isEmpty { return .empty }
    if names.contains(name) { return .name }
    guard let parenthesis = name.firstIndex(of: "(") else { return .notAName }
    return names.contains(name[..<parenthesis].trimmingSpaces()) ? .name : .notAName
  }

  /// What a piece is made of: ASCII alone, ASCII and at least one typographic mark, or
  /// anything else.
  private enum PieceScalars { case ascii, withMark, other }

  /// The quotes, dashes and ellipsis of English typography (`‘’“”–—…`): each a character
  /// of its own that lower-casing and normalization keep, in no name and no label.
  private static func isTypographicMark(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026: return true
    default: return false
    }
  }

  /// Whether `piece` is ASCII, ASCII with typographic marks, or has other scalars.
  private static func asciiOrMarks(_ piece: UnsafeBufferPointer<Unicode.Scalar>) -> PieceScalars {
    var hasMark = false
    for c in piece where !c.isASCII {
      guard isTypographicMark(c) else { return .other }
      hasMark = true
    }
    return hasMark ? .withMark : .ascii
  }

  /// Hands `body` the ASCII `piece` as `String.split` on spaces and tabs, joined by one
  /// space and lower-cased, leaves it: its bytes, in stack storage.
  private static func withLowercasedASCII<R>(
    _ piece: UnsafeBufferPointer<Unicode.Scalar>, _ body: (UnsafeBufferPointer<UInt8>) -> R
  ) -> R {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: piece.count) { storage in
      var count = 0
      var pendingSpace = false
      for c in piece {
        let v = UInt8(truncatingIfNeeded: c.value)
        if v == 0x20 || v == 0x09 {
          pendingSpace = true
          continue
        }
        if pendingSpace && count > 0 {
          storage[count] = 0x20
          count += 1
        }
        pendingSpace = false
        storage[count] = v >= 0x41 && v <= 0x5A ? v + 0x20 : v
        count += 1
      }
      return body(UnsafeBufferPointer(rebasing: storage[..<count]))
    }
  }

  /// The labels written in ASCII, as bytes.
  private static let asciiLabels: [[UInt8]] = labels.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }

  /// Whether `bytes` spell a label written in ASCII.
  private static func isASCIILabel(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    asciiLabels.contains { $0.count == bytes.count && $0.withUnsafeBufferPointer { $0.elementsEqual(bytes) } }
  }

  /// `nameVerdict` of a piece in ASCII, by its bytes: an ASCII text is canonically
  /// equivalent to no other, so only the ASCII names can match, byte for byte.
  private static func asciiNameVerdict(_ piece: UnsafeBufferPointer<Unicode.Scalar>) -> NameVerdict {
    // The name's first letter (the base before a parenthesis starts with it too) rules out
    // most pieces without building them.
    guard let first = piece.first(where: { $0 != " " && $0 != "\t" })?.value else { return .empty }
    let lower = first >= 0x41 && first <= 0x5A ? first + 0x20 : first
    guard nameFirstBytes[Int(lower)] else { return .notAName }
    // Longer than any name, and no parenthesis to compare the name before it.
    var letters = 0
    for c in piece where c != " " && c != "\t" {
      if c == "(" {
        letters = 0
        break
      }
      letters += 1
    }
    guard letters <= maximumASCIINameBytes else { return .notAName }
    // The piece lower-cased, its runs of spaces and tabs one space, in stack storage.
    return withLowercasedASCII(piece) { name in
      if name.isEmpty { return .empty }
      if isASCIIName(name) { return .name }
      guard let parenthesis = name.firstIndex(of: UInt8(ascii: "(")) else { return .notAName }
      var start = 0
      var end = parenthesis
      while start < end && name[start] == 0x20 { start += 1 }
      while end > start && name[end - 1] == 0x20 { end -= 1 }
      return isASCIIName(UnsafeBufferPointer(rebasing: name[start..<end])) ? .name : .notAName
    }
  }

  /// Whether `bytes` spell a name written in ASCII.
  private static func isASCIIName(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.count < asciiNamesByLength.count else { return false }
    return asciiNamesByLength[bytes.count].contains { $0.withUnsafeBufferPointer { $0.elementsEqual(bytes) } }
  }

  /// The names written in ASCII, as bytes, by their length.
  private static let asciiNamesByLength: [[[UInt8]]] = {
    let ascii = names.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }
    var table = [[[UInt8]]](repeating: [], count: (ascii.map(\.count).max() ?? 0) + 1)
    for name in ascii { table[name.count].append(name) }
    return table
  }()

  /// The length of the longest name in ASCII.
  private static let maximumASCIINameBytes = asciiNamesByLength.count - 1

  /// Whether every name with a parenthesis (`português (brasil)`) has a name before it, so
  /// that a piece whose text before its first parenthesis is no name is none.
  private static let namesBeforeParenthesesAreNames = names.allSatisfy { name in
    guard let parenthesis = name.firstIndex(of: "(") else { return true }
    return names.contains(name[..<parenthesis].trimmingSpaces())
  }

  /// Whether the scalars before the first parenthesis include an ASCII letter and a Hangul
  /// syllable or conjoining jamo.
  private static func mixesHangulWithLatin(_ scalars: some Sequence<Unicode.Scalar>) -> Bool {
    var latin = false
    var hangul = false
    for c in scalars {
      let v = c.value
      if v == 0x28 { break }
      if v < 0x80 {
        if (v | 0x20) &- 0x61 < 26 { latin = true }
      } else if (0xAC00...0xD7A3).contains(v) || (0x1100...0x11FF).contains(v) || (0xA960...0xA97F).contains(v)
        || (0xD7B0...0xD7FF).contains(v)
      {
        hangul = true
      }
      if latin && hangul { return true }
    }
    return false
  }

  /// Whether no name has both an ASCII letter and Hangul, so that a piece with both is none.
  private static let namesMixNoHangulWithLatin = names.allSatisfy { !mixesHangulWithLatin($0.unicodeScalars) }

  /// Whether a name starts with each ASCII byte, by its value.
  private static let nameFirstBytes: [Bool] = {
    var table = [Bool](repeating: false, count: 128)
    for case let first? in names.map(\.utf8.first) where first < 0x80 { table[Int(first)] = true }
    return table
  }()

  /// The first scalars of the names that start with a precomposed Hangul syllable.
  private static let nameFirstSyllables: Set<UInt32> = Set(
    names.compactMap(\.unicodeScalars.first?.value).filter { (0xAC00...0xD7A3).contains($0) })

  /// `maximumNameWords`, `maximumNameScalars` and `namesBeforeParenthesesAreNames`
  /// together: one initialization check per line read instead of three.
  private static let readingLimits = (maximumNameWords, maximumNameScalars, namesBeforeParenthesesAreNames)

  /// The most words a name has.
  private static let maximumNameWords = names.map { $0.split(separator: " ").count }.max()!

  /// An upper bound on the scalars of a name other than spaces, in any normalization form:
  /// four times the longest name's scalars (a canonical decomposition yields at most four
  /// scalars for one).
  private static let maximumNameScalars = 4 * names.map { $0.unicodeScalars.count }.max()!
}

extension StringProtocol {
  /// The text without spaces at either end.
  fileprivate func trimmingSpaces() -> String {
    var text = self[...]
    while text.first == " " { text = text.dropFirst() }
    while text.last == " " { text = text.dropLast() }
    return String(text)
  }
}
