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
  /// Whether the line has a decimal digit (whatever its use).
  var hasDigit = false
  /// The UTF-8 length of the prose scalars (`LineText.normalized`'s capacity).
  var proseBytes = 0

  /// The letters of `line` laid out as `layout`.
  ///
  /// One pass counts the scalars of each letter class and use (a table on the stack: one
  /// increment per scalar, where a counter per fact kept more values alive than registers
  /// hold; by class alone on a line of ASCII prose); only scalars outside ASCII do more.
  /// The facts are read from the counts after.
  ///
  /// The line and layout are borrowed: an initializer takes its arguments as its own, which
  /// made its callers copy the line's arrays (a retain and a release of each).
  init(_ line: borrowing SourceLine, _ layout: borrowing LineLayout) {
    let scalars = line.scalars
    // A line of ASCII prose (typographic marks aside): its letters were counted when it
    // was decoded; its prose is all its bytes.
    let ascii = line.asciiCounts
    if ascii.isKnown, layout.uses.count == scalars.count, layout.isAllProse {
      let latin = ascii.letters
      hasLatin = latin > 0
      hasEnglishWords = latin > 0
      hasDigit = ascii.hasDigit
      proseLatin = latin * LetterClass.latin.mass(of: "a")
      proseBytes = line.range.count
      return
    }
    var extraProseBytes = 0
    withUnsafeTemporaryAllocation(of: Int.self, capacity: Self.countsSize) { counts in
      counts.initialize(repeating: 0)
      // A line of prose in one-byte scalars (most lines of an English page) is counted by
      // class alone; a scalar outside ASCII there (U+FFFD for an invalid byte), told by the
      // values' bits at the end, sends it to the reading of every line.
      var counted = false
      if line.hasOneByteScalarsOnly && layout.uses.count == scalars.count && layout.isAllProse {
        var values: UInt32 = 0
        scalars.withUnsafeBufferPointer { s in
          for k in 0..<s.count {
            counts[Self.slot(s[k].letter, .prose)] &+= 1
            values |= s[k].value.value
          }
        }
        counted = values < 0x80
        if !counted { counts.update(repeating: 0) }
      }
      if !counted {
        scalars.withUnsafeBufferPointer { s in
          layout.uses.withUnsafeBufferPointer { uses in
            for k in 0..<min(s.count, uses.count) {
              let scalar = s[k]
              let use = uses[k]
              counts[Self.slot(scalar.letter, use)] &+= 1
              guard scalar.value.value >= 0x80 else { continue }
              if use == .prose { extraProseBytes &+= UTF8.width(scalar.value) &- 1 }
              if scalar.letter == .korean {
                if use == .prose {
                  proseKorean &+= LetterClass.korean.mass(of: scalar.value)
                } else if use == .code {
                  codeLetters &+= LetterClass.korean.mass(of: scalar.value)
                }
              }
            }
          }
        }
      }
      func count(_ letter: LetterClass, _ use: ScalarUse) -> Int { counts[Self.slot(letter, use)] }
      func count(_ letter: LetterClass) -> Int {
        var total = 0
        for use in 0..<8 { total &+= counts[Int(letter.rawValue) &<< 3 | use] }
        return total
      }
      hasKorean = count(.korean) > 0
      hasLatin = count(.latin) > 0
      hasEnglishWords = count(.latin) > count(.latin, .masked)
      hasDigit = count(.digit) > 0
      proseLatin = count(.latin, .prose) * LetterClass.latin.mass(of: "a")
      codeLetters &+= count(.latin, .code) * LetterClass.latin.mass(of: "a")
      for letter in 0..<Self.countsSize / 8 { proseBytes &+= counts[letter &<< 3 | Int(ScalarUse.prose.rawValue)] }
      proseBytes &+= extraProseBytes
      // A `\uXXXX` escape starts at a masked backslash, which only lines with one have.
      if count(.other, .masked) > 0 {
        for k in scalars.indices where scalars[k].value == "\\" && layout.uses[k] == .masked {
          if let u = InlineMasks.unicodeEscape(scalars, at: k), LetterClass(u) == .korean {
            escapedKorean += LetterClass.korean.mass(of: u)
          }
        }
      }
    }
  }

  /// The counter of scalars of class `letter` used as `use`: eight per class (both enums
  /// have fewer cases).
  @inline(__always)
  private static func slot(_ letter: LetterClass, _ use: ScalarUse) -> Int {
    assert(letter.rawValue < 8 && use.rawValue < 8)
    return Int(letter.rawValue) &<< 3 | Int(use.rawValue)
  }

  /// Room for eight classes' counters.
  private static let countsSize = 64
}
