/// Romanizes Korean: the Revised Romanization with its sound changes (the default), its
/// letter-for-letter variant, McCune–Reischauer, or ICU's `Hangul-Latin`, through one API.
///
/// ```swift
/// Romanizer().romanize("독립문")                                  // "dongnimmun"
/// Romanizer(options: .properNoun).romanize("신라")                // "Silla"
/// Romanizer(options: [.properNoun, .hyphenate]).romanize("중앙")  // "Jung-ang"
/// Romanizer(options: .personalName).romanize("한복남")            // "Han Boknam"
/// Romanizer(options: .address).romanize("종로 2가")               // "Jongno 2(i)-ga"
/// Romanizer(scheme: .mccuneReischauer).romanize("한국")           // "han'guk"
/// Romanizer().romanize("NATO 정상회의 in 서울")                  // "NATO jeongsanghoeui in seoul"
/// print(Romanizer().explain("신라"))                             // which rule made "ll"
/// ```
///
/// Mixed text is romanized in place: each run of Hangul syllables is a word; Latin, digits,
/// punctuation, spacing and line breaks pass through unchanged. Conjoining jamo (NFD text) are
/// composed first. Lone jamo, compatibility jamo (ㅋㅋ) and archaic jamo are not syllables and
/// pass through unchanged, as do Hanja unless ``RomanizationOptions/readHanja`` is set.
/// The empty string romanizes to the empty string.
///
/// Sound changes apply within a word, never across a space. Some depend on word structure the
/// spelling does not show (ㄴ insertion, ㅎ in nouns versus verbs, ㄴ+ㄹ as ll or nn); KoEn
/// picks the common case and keeps a table of exceptions (see the README).
///
/// A value type; `Sendable`. The ICU scheme shares one lock-protected ICU transliterator.
public struct Romanizer: Sendable, Hashable {
  /// The system to write.
  public var scheme: RomanizationScheme
  /// Options of the rules.
  public var options: RomanizationOptions

  /// Creates a romanizer.
  public init(scheme: RomanizationScheme = .revised, options: RomanizationOptions = []) {
    self.scheme = scheme
    self.options = options
  }

  /// Romanizes `text`.
  ///
  /// - Complexity: O(n) in the length of the text.
  public func romanize(_ text: String) -> String { run(text, trace: false).output }

  /// Romanizes `text` and says, for each Korean word, which rule changed which boundary.
  ///
  /// - Complexity: O(n) in the length of the text.
  public func explain(_ text: String) -> RomanizationTrace { run(text, trace: true) }

  /// Romanizes `text`; with `trace`, also builds the words and changes of the trace.
  func run(_ text: String, trace: Bool) -> RomanizationTrace {
    var prepared = Hangul.compose(text)
    if options.contains(.readHanja) { prepared = HanjaReadings.read(prepared) }
    let tokens = Self.tokenize(prepared)
    var output = ""
    var words: [RomanizedWord] = []
    var index = 0
    var nameDone = false
    while index < tokens.count {
      let token = tokens[index]
      switch token {
      case .other(let text):
        output += text
      case .digits(let digits):
        if options.contains(.address), index + 1 < tokens.count, case .hangul(let unitWord) = tokens[index + 1],
          let unit = AdministrativeUnit.exact(unitWord)
        {
          if index > 0, case .hangul = tokens[index - 1] { output += " " }
          let reading = SinoKoreanNumber.hangul(digits).map { romanizeNumber($0) } ?? ""
          let unitText = unitRomanization(unit)
          output += digits + (reading.isEmpty ? "" : "(\(reading))") + "-" + unitText
          words.append(
            RomanizedWord(
              written: digits + String(unit.name), pronunciation: digits + String(unit.name),
              romanization: digits + "(\(reading))-" + unitText,
              changes: [
                SoundChange(
                  rule: .administrativeUnit, boundary: 0, syllables: digits + "|" + unit.name, from: digits,
                  to: "\(digits)(\(reading))-\(unitText)", written: "-")
              ]))
          index += 2
          continue
        }
        output += digits
      case .hangul(let syllables):
        if options.contains(.personalName), !nameDone {
          var given: [HangulSyllable]? = nil
          if index + 2 < tokens.count, case .other(let gap) = tokens[index + 1], gap == " ",
            case .hangul(let second) = tokens[index + 2]
          {
            given = second
          }
          let word = romanizeName(family: syllables, given: given)
          output += word.romanization
          words.append(word)
          nameDone = true
          index += given == nil ? 1 : 3
          continue
        }
        let word = romanizeWord(syllables, trace: trace)
        output += word.romanization
        if trace { words.append(word) }
      }
      index += 1
    }
    return RomanizationTrace(input: text, output: output, words: words)
  }

  /// Converts Latin letters to Hangul with ICU's `Latin-Hangul` transliterator (the reverse
  /// of the ``RomanizationScheme/icu`` scheme): `"hangugeo"` → `"한국어"`.
  ///
  /// - Returns: `text` unchanged if ICU lacks the transliterator.
  public static func hangul(fromLatin text: String) -> String {
    ICUTransliterators.latinHangul?.transliterate(text) ?? text
  }

  // MARK: - Words

  private var nounsOnly: Bool { !options.isDisjoint(with: [.properNoun, .address, .personalName]) }
  private var capitalizes: Bool { !options.isDisjoint(with: [.properNoun, .address, .personalName]) }

  func romanizeWord(_ syllables: [HangulSyllable], trace: Bool = true) -> RomanizedWord {
    if options.contains(.address), let (base, unit) = AdministrativeUnit.split(syllables) {
      let written = String(String.UnicodeScalarView(syllables.map(\.scalar)))
      let baseWord = romanizePlain(base)
      let omit = options.contains(.omitAdministrativeUnits) && unit.omissible
      let unitText = unitRomanization(unit)
      let romanization = omit ? baseWord.romanization : baseWord.romanization + "-" + unitText
      var changes = baseWord.changes
      changes.append(
        SoundChange(
          rule: .administrativeUnit, boundary: base.count - 1, syllables: "\(base[base.count - 1])|\(unit.name)",
          from: baseWord.romanization + unitText, to: romanization, written: omit ? "" : "-"))
      return RomanizedWord(
        written: written, pronunciation: baseWord.pronunciation + unit.name, romanization: romanization,
        changes: changes)
    }
    return romanizePlain(syllables, trace: trace)
  }

  /// One word with no unit and no name handling.
  func romanizePlain(_ syllables: [HangulSyllable], capitalize: Bool? = nil, trace: Bool = true) -> RomanizedWord {
    let written = trace || scheme == .icu ? String(String.UnicodeScalarView(syllables.map(\.scalar))) : ""
    let shouldCapitalize = capitalize ?? capitalizes
    switch scheme {
    case .icu:
      let text = ICUTransliterators.hangulLatin?.transliterate(written) ?? written
      let romanization = shouldCapitalize ? Self.capitalized(text) : text
      return RomanizedWord(written: written, pronunciation: written, romanization: romanization, changes: [])
    case .revisedTransliteration:
      let text = RevisedTransliteration.transliterate(syllables)
      return RomanizedWord(
        written: written, pronunciation: written,
        romanization: shouldCapitalize ? Self.capitalized(text) : text, changes: [])
    case .revised, .mccuneReischauer:
      var (pronounced, changes) = Pronunciation.pronounce(
        syllables, context: PronunciationContext(nounsOnly: nounsOnly, trace: trace))
      var text: String
      if scheme == .revised {
        for k in changes.indices where changes[k].rule != .hyphen {
          changes[k].written = RevisedRomanization.boundaryLetters(pronounced, after: changes[k].boundary)
        }
        text = RevisedRomanization.join(
          RevisedRomanization.spell(pronounced), hyphenate: options.contains(.hyphenate), changes: &changes,
          written: syllables)
      } else {
        text = McCuneReischauer.spell(pronounced).joined()
        if options.contains(.ascii) { text = McCuneReischauer.ascii(text) }
      }
      let pronunciation = trace ? String(String.UnicodeScalarView(pronounced.map(\.hangul.scalar))) : ""
      pronounced.removeAll()
      return RomanizedWord(
        written: written, pronunciation: pronunciation,
        romanization: shouldCapitalize ? Self.capitalized(text) : text, changes: changes)
    }
  }

  /// A personal name (rule 3.4): family name, a space, the given name without assimilation.
  func romanizeName(family: [HangulSyllable], given: [HangulSyllable]?) -> RomanizedWord {
    var familyPart = family
    var givenPart = given ?? []
    if given == nil { (familyPart, givenPart) = PersonalName.split(family) }
    let written =
      String(String.UnicodeScalarView(familyPart.map(\.scalar)))
      + (givenPart.isEmpty ? "" : " " + String(String.UnicodeScalarView(givenPart.map(\.scalar))))
    let familyWritten = String(String.UnicodeScalarView(familyPart.map(\.scalar)))
    var familyText = nameSyllables(familyPart).joined()
    if options.contains(.customarySurnames), let customary = PersonalName.customarySpellings[familyWritten] {
      familyText = customary
    }
    var changes: [SoundChange] = []
    var givenText = ""
    if !givenPart.isEmpty {
      let parts = nameSyllables(givenPart)
      let separator = options.contains(.hyphenate) ? "-" : ""
      givenText = parts.joined(separator: separator)
      for k in 0..<(givenPart.count - 1) {
        let alone = Pronunciation.pronounce(
          Array(givenPart[k...(k + 1)]), context: PronunciationContext(nounsOnly: true))
        let together = scheme == .mccuneReischauer ? "" : RevisedRomanization.boundaryLetters(alone.syllables, after: 0)
        let kept = parts[k].suffix(1) + separator + parts[k + 1].prefix(1)
        if alone.changes.contains(where: { $0.boundary == 0 && $0.rule != .linking }) {
          changes.append(
            SoundChange(
              rule: .personalName, boundary: familyPart.count + k, syllables: "\(givenPart[k])|\(givenPart[k + 1])",
              from: together, to: String(kept), written: String(kept)))
        }
      }
    }
    let romanization =
      givenText.isEmpty
      ? Self.capitalized(familyText) : Self.capitalized(familyText) + " " + Self.capitalized(givenText)
    return RomanizedWord(written: written, pronunciation: written, romanization: romanization, changes: changes)
  }

  /// Each syllable of a name part romanized on its own (no sound change between them).
  private func nameSyllables(_ syllables: [HangulSyllable]) -> [String] {
    switch scheme {
    case .icu:
      return syllables.map {
        ICUTransliterators.hangulLatin?.transliterate(String($0.character)) ?? String($0.character)
      }
    case .revisedTransliteration:
      return syllables.map { RevisedTransliteration.transliterate([$0]) }
    case .revised, .mccuneReischauer:
      let (pronounced, _) = Pronunciation.pronounce(
        syllables, context: PronunciationContext(nounsOnly: true, assimilate: false))
      if scheme == .revised {
        return pronounced.map { RevisedRomanization.spell([$0])[0] }
      }
      // McCune–Reischauer voices plain stops inside a given name (Tae-jung), with no other change.
      let spelled = McCuneReischauer.spell(pronounced).map { $0.replacingApostropheG() }
      return options.contains(.ascii) ? spelled.map(McCuneReischauer.ascii) : spelled
    }
  }

  private func unitRomanization(_ unit: AdministrativeUnit) -> String {
    if scheme == .mccuneReischauer, let mr = unit.mccuneReischauer {
      return options.contains(.ascii) ? McCuneReischauer.ascii(mr) : mr
    }
    let syllables = unit.name.unicodeScalars.compactMap(HangulSyllable.init)
    return Romanizer(scheme: scheme == .icu ? .icu : scheme, options: []).romanizePlain(syllables, capitalize: false)
      .romanization
  }

  private func romanizeNumber(_ hangul: String) -> String {
    let syllables = hangul.unicodeScalars.compactMap(HangulSyllable.init)
    return Romanizer(scheme: scheme, options: options.intersection(.ascii)).romanizePlain(syllables, capitalize: false)
      .romanization
  }

  // MARK: - Text

  enum Token: Equatable {
    case hangul([HangulSyllable])
    case digits(String)
    case other(String)
  }

  /// Splits text into runs of precomposed syllables, of ASCII digits, and of everything else.
  static func tokenize(_ text: String) -> [Token] {
    var tokens: [Token] = []
    var syllables: [HangulSyllable] = []
    var digits = String.UnicodeScalarView()
    var other = String.UnicodeScalarView()
    func flush() {
      if !syllables.isEmpty { tokens.append(.hangul(syllables)) }
      if !digits.isEmpty { tokens.append(.digits(String(digits))) }
      if !other.isEmpty { tokens.append(.other(String(other))) }
      syllables = []
      digits = String.UnicodeScalarView()
      other = String.UnicodeScalarView()
    }
    for scalar in text.unicodeScalars {
      if let syllable = HangulSyllable(scalar) {
        if syllables.isEmpty { flush() }
        syllables.append(syllable)
      } else if ("0"..."9").contains(scalar) {
        if digits.isEmpty { flush() }
        digits.append(scalar)
      } else {
        if other.isEmpty { flush() }
        other.append(scalar)
      }
    }
    flush()
    return tokens
  }

  /// `text` with its first character in upper case.
  static func capitalized(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
  }
}

extension String {
  /// McCune–Reischauer's n'g apostrophe only belongs inside a word, never at a name syllable's start.
  fileprivate func replacingApostropheG() -> String {
    hasPrefix("'g") ? String(dropFirst()) : self
  }
}

/// The ICU transliterators the ``Romanizer`` uses, opened once.
enum ICUTransliterators {
  static let hangulLatin: Transliterator? = try? Transliterator(id: "Hangul-Latin")
  static let latinHangul: Transliterator? = try? Transliterator(id: "Latin-Hangul")
}
