/// What a word in Latin letters is, for deciding whether English inside Korean text was
/// left untranslated or is normally kept.
enum LatinTokenKind: UInt8, Sendable {
  /// An English word that a translator renders (lower-case, or any function word).
  case word
  /// A capitalized English word: a Title Case word of a heading or label, or a name made
  /// of an English word. Kept inside Korean sentences, rendered in English-only lines.
  case name
  /// A name or term that is not an English word (`Jupytext`, `kubelet`, `UpTimeRobot`).
  case proper
  /// An acronym (`NATO`, `CPUs`, `R`), or a short lower-case abbreviation glued to Korean (`it기업`).
  case acronym
  /// Code: camelCase, dotted or underscored names, numbers with letters, flags (`--x`), `C#`.
  case identifier
  /// A path or a slash command (`/bgstats`, `Node.js/Express`).
  case path
  /// A unit or a kept abbreviation (`ms`, `px`, `vs`, `etc`).
  case unit
  /// A programming or computing term Korean technical writing keeps in English.
  case techTerm
  /// A term the document itself keeps (seen in its code, or as a name inside Korean
  /// sentences, or as an acronym), or one from the glossary.
  case learned

  /// Whether the token is normally kept in Korean text.
  var isKept: Bool { self != .word && self != .name }

  /// Whether the token is translatable text in an English-only line.
  var isTranslatable: Bool { self == .word || self == .name }

  /// Whether the token may be trimmed from the edge of a fragment embedded in Korean.
  var isTrimmable: Bool { self == .acronym || self == .identifier || self == .path || self == .unit }
}

/// A word in Latin letters inside a line: scalar indices and kind.
struct LatinToken: Sendable {
  /// Index of the first scalar.
  var start: Int
  /// Index one past the last scalar.
  var end: Int
  /// The token's text.
  var text: String
  /// Number of Latin letters.
  var letters: Int
  /// The kind, decided by `KeptTerms.classify`.
  var kind: LatinTokenKind = .word
  /// Whether Korean letters touch the token directly (no space): `warning을`, `it기업`.
  var touchesKorean: Bool
  /// Whether the token has a lower-case letter.
  var hasLowercase: Bool
  /// Whether the token is all upper-case letters (digits allowed).
  var isUppercase: Bool

  /// Whether the token has an upper-case letter.
  var hasUppercase: Bool { text.unicodeScalars.contains(where: CharacterClass.isUppercase) }

  /// Finds the Latin tokens of the scalars in `range` whose use is prose.
  ///
  /// A token is a maximal sequence of Latin letters and digits, joined by `.`, `-`, `_`,
  /// `'`, `’`, `/`, `+`, `#` and `:` between alphanumerics, with a leading `.` (`.then`),
  /// `/` (`/bgstats`) or `--` (`--verbose`); only sequences with a Latin letter are tokens.
  ///
  /// `keeps` picks the tokens wanted by their letters and whether they are in capitals only
  /// (all of them by default): the others are found but not made, so a caller after a few
  /// kinds builds no text for the rest.
  ///
  /// - Complexity: O(n) in the length of the range.
  static func tokens(
    in line: SourceLine, layout: LineLayout, range: Range<Int>,
    keeping keeps: (_ letters: Int, _ isUppercase: Bool) -> Bool = { _, _ in true }
  ) -> [LatinToken] {
    precondition(
      range.isEmpty || (range.lowerBound >= 0 && range.upperBound <= line.scalars.count), "range out of the line")
    // The scalars read in memory, by a function of its own (every index it reads is checked
    // against `range`, within the line). The uses are read by index: in memory, a line's
    // uses all prose longer than the shared run would be made for each call, and a line's
    // runs are read by a call each.
    let uses = layout.uses
    return line.scalars.withUnsafeBufferPointer { s in tokens(in: line, s, uses, range: range, keeping: keeps) }
  }

  /// The tokens of `line`, whose scalars and uses are `s` and `uses`, in `range`.
  private static func tokens(
    in line: SourceLine, _ s: UnsafeBufferPointer<SourceScalar>, _ uses: ScalarUses,
    range: Range<Int>, keeping keeps: (_ letters: Int, _ isUppercase: Bool) -> Bool
  ) -> [LatinToken] {
    var out: [LatinToken] = []
    out.reserveCapacity(range.count / 4)
    // The letter first: most scalars of a Korean line are no Latin letter or digit, and are
    // passed over without reading their use.
    func alnum(_ i: Int) -> Bool {
      guard range.contains(i), s[i].letter == .latin || s[i].letter == .digit else { return false }
      return uses[i] == .prose
    }
    func prose(_ i: Int) -> Bool { range.contains(i) && uses[i] == .prose }
    var i = range.lowerBound
    while i < range.upperBound {
      guard alnum(i) else {
        i += 1
        continue
      }
      var start = i
      if prose(i - 1), s[i - 1].value == "." || s[i - 1].value == "/" || s[i - 1].value == ":", !alnum(i - 2) {
        start = i - 1  // .then, /bgstats, :let
      }
      if prose(i - 1), prose(i - 2), s[i - 1].value == "-", s[i - 2].value == "-", !alnum(i - 3) { start = i - 2 }
      var j = i
      while j < range.upperBound {
        if alnum(j) {
          j += 1
          continue
        }
        if prose(j), isJoiner(s[j].value), alnum(j + 1), alnum(j - 1) {
          j += 1
          continue
        }
        if prose(j), s[j].value == "+" || s[j].value == "#", alnum(j - 1) {  // C++, C#
          j += 1
          continue
        }
        break
      }
      var letters = 0
      var lower = false
      var upperOnly = true
      for k in start..<j where s[k].letter == .latin {
        letters += 1
        if CharacterClass.isLowercase(s[k].value) { lower = true }
        if !CharacterClass.isUppercase(s[k].value) { upperOnly = false }
      }
      if letters > 0 && keeps(letters, upperOnly) {
        let touches = (start > 0 && s[start - 1].letter == .korean) || (j < s.count && s[j].letter == .korean)
        out.append(
          LatinToken(
            start: start, end: j, text: line.text(from: start, through: j - 1), letters: letters,
            touchesKorean: touches, hasLowercase: lower, isUppercase: upperOnly))
      }
      i = j
    }
    return out
  }

  /// Whether `c` joins two alphanumerics into one token (`e.g`, `Wi-Fi`, `don't`, `C++`).
  private static func isJoiner(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case ".", "_", "-", "'", "’", "/", "+", "#", ":": return true
    default: return false
    }
  }
}
