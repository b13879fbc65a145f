/// What a document's file path and a catalogue's own header say about its language.
///
/// A translation's language is a fact about the file, not a vote of its letters: a Korean
/// catalogue whose newest strings are still in English, or a Korean README that leaves half
/// its paragraphs untranslated, is still the Korean translation, and its English is exactly
/// what a checker must report. Localization tools say which language a file is for in its
/// path (`ko.lproj/`, `values-ko/`, `locales/ko-KR.yml`, `Messages_ko_KR.properties`,
/// `README.ko.md`, `docs/ko/`) or its header (`"Language: ko_KR\n"` in gettext,
/// `<TS language="ko_KR">` in Qt, `target-language="ko"` in XLIFF, a Rails YAML root `ko:`).
enum DocumentLocale {
  /// The language a path names, from the locale code nearest to the file.
  ///
  /// Each path segment is split at `.` into parts; a part that is a language name or code
  /// (`korean`, `kor`, `english`, `eng`, `kokr`, `enus`) counts, and so does a piece of a
  /// part between `-` and `_` that is a two-letter code with or without its region
  /// (`values-ko`, `Messages_ko_KR`, `README.ko-KR.md`, `docs/ko/`), and so does `kr` as a
  /// folder's name or a file's stem (`lang/kr/`, `kr.json`). Words inside names
  /// (`korean-vibe.com`) and `kr` inside a domain (`example.co.kr`) say nothing.
  ///
  /// - Parameter path: A file name or path, `/` or `\` separated.
  /// - Returns: `.ko`, `.en`, or `nil` when the path names neither.
  static func language(inPath path: String) -> Language? {
    var found: Language? = nil
    let lowered = path.lowercased()
    for segment in lowered.split(whereSeparator: { $0 == "/" || $0 == "\\" }) {
      // `lang/kr/app.php`, `kr.json`: the country code many projects name their Korean
      // folder or file by; only as a whole folder name or a file's stem, so `example.co.kr`
      // and `kr.example.com` say nothing.
      if segment == "kr" || (segment.hasPrefix("kr.") && segment.filter { $0 == "." }.count == 1) {
        found = .ko
        continue
      }
      for part in segment.split(separator: ".") {
        if let language = language(ofName: part) {
          found = language
          continue
        }
        for piece in part.split(whereSeparator: { $0 == "-" || $0 == "_" }) {
          if let language = language(ofTwoLetterCode: piece) { found = language }
        }
      }
    }
    return found
  }

  /// `korean`, `kor`, `kokr` → Korean; `english`, `eng`, `enus`, `engb` → English, or a
  /// two-letter code.
  private static func language(ofName part: Substring) -> Language? {
    switch part {
    case "korean", "kor", "kokr": return .ko
    case "english", "eng", "enus", "engb": return .en
    default: return language(ofTwoLetterCode: part)
    }
  }

  private static func language(ofTwoLetterCode piece: Substring) -> Language? {
    switch piece {
    case "ko": return .ko
    case "en": return .en
    default: return nil
    }
  }

  /// The language a catalogue header line declares, if the line is such a header.
  ///
  /// - Parameters:
  ///   - line: One line of the document, as UTF-8 bytes.
  ///   - format: The document's format: gettext headers are read in `.po` files, a YAML
  ///     root key in locale tables, XML language attributes (Qt, XLIFF) in any format.
  /// - Returns: `.ko` or `.en` when the line declares one of them.
  static func language(inHeaderLine line: some Collection<UInt8>, format: DocumentFormat) -> Language? {
    let text = Array(line.prefix(400))
    let lowered = text.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    let trimmed = Array(lowered.drop(while: { $0 == 0x20 || $0 == 0x09 }))
    // gettext: "Language: ko_KR\n" (possibly with a leading quote).
    for prefix in ["\"language:", "language:", "\"x-poedit-language:"] where format == .gettext {
      let p = Array(prefix.utf8)
      if trimmed.starts(with: p) { return language(ofValue: trimmed.dropFirst(p.count)) }
    }
    // Qt `.ts`: <TS version="2.1" language="ko_KR">; XLIFF: target-language="ko".
    for attribute in [" language=\"", "target-language=\"", "xml:lang=\""] {
      if let start = find(Array(attribute.utf8), in: lowered) {
        return language(ofValue: lowered[(start + attribute.utf8.count)...])
      }
    }
    // A Rails locale file's root key: `ko:` alone on the first line.
    if format == .localeTable, lowered.first != 0x20, lowered.first != 0x09 {
      let key = lowered.prefix(while: { $0 != UInt8(ascii: ":") })
      let rest = lowered.dropFirst(key.count)
      if rest.first == UInt8(ascii: ":"), rest.dropFirst().allSatisfy({ $0 == 0x20 || $0 == 0x0D }) {
        let unquoted = key.filter { $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "'") }
        return language(ofCode: Array(unquoted).split(whereSeparator: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }).first.map(Array.init) ?? [])
      }
    }
    return nil
  }

  /// The language of a locale value such as `ko_KR`, `ko-KR`, `Korean`, `en_US`.
  private static func language(ofValue value: some Collection<UInt8>) -> Language? {
    let code = value.drop(while: { $0 == 0x20 }).prefix(while: { byte in
      (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
    })
    return language(ofCode: Array(code))
  }

  /// `ko`, `kor`, `korean` → Korean; `en`, `eng`, `english` → English (lowercased bytes).
  private static func language(ofCode code: [UInt8]) -> Language? {
    switch String(decoding: code, as: UTF8.self) {
    case "ko", "kor", "korean": return .ko
    case "en", "eng", "english": return .en
    default: return nil
    }
  }

  private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
    guard needle.count <= haystack.count else { return nil }
    for start in 0...(haystack.count - needle.count) where haystack[start..<(start + needle.count)].elementsEqual(needle) {
      return start
    }
    return nil
  }
}
