/// What a line's letters weigh and which kinds it has, read in one pass over its scalars:
/// the facts about letters that both readings take from every line, whatever the
/// document's language turns out to be. The survey weighs the prose for the dominant
/// language (`DocumentSurvey.letterMass`) and keeps this for the second reading, which
/// takes the line's language and untranslated share from it.
///
/// Thread-safety: a value type; `Sendable`.
struct LineLetters: Sendable {
  /// Mass (`LetterClass.mass(of:)`) of the Korean letters of the prose.
  var proseKorean = 0
  /// Mass of the Latin letters of the prose.
  var proseLatin = 0
  /// Mass of Korean letters written as `\uXXXX` escapes in masked scalars.
  var escapedKorean = 0
  /// Mass of the Korean and Latin letters used as code.
  var codeLetters = 0
  /// Whether the line has a Korean letter, a Latin letter, a Latin letter outside masked
  /// scalars (whatever their use).
  var hasKorean = false
  var hasLatin = false
  var hasEnglishWords = false
  /// The UTF-8 length of the prose scalars (`LineText.normalized`'s capacity).
  var proseBytes = 0

  /// The letters of `line` laid out as `layout`.
  init(_ line: SourceLine, _ layout: LineLayout) {
    let scalars = line.scalars
    let uses = layout.uses
    for k in scalars.indices {
      let s = scalars[k]
      let use = uses[k]
      if use == .prose { proseBytes += UTF8.width(s.value) }
      switch s.letter {
      case .korean:
        hasKorean = true
        if use == .prose {
          proseKorean += LetterClass.korean.mass(of: s.value)
        } else if use == .code {
          codeLetters += LetterClass.korean.mass(of: s.value)
        }
      case .latin:
        hasLatin = true
        if use != .masked { hasEnglishWords = true }
        if use == .prose {
          proseLatin += LetterClass.latin.mass(of: s.value)
        } else if use == .code {
          codeLetters += LetterClass.latin.mass(of: s.value)
        }
      default:
        if use == .masked && s.value == "\\", let u = InlineMasks.unicodeEscape(scalars, at: k), LetterClass(u) == .korean {
          escapedKorean += LetterClass.korean.mass(of: u)
        }
      }
    }
  }
}
