/// A line that is a person's name in romanized Korean (`Kim Hyeonki`, `Lee So-young`,
/// `Jieun Choi`): the byline or the signature of a page's own text, where a site's chrome
/// names sections and services, not people.
enum RomanizedKoreanName {
  /// The common Korean surnames in the romanizations English pages use (Revised
  /// Romanization, McCune–Reischauer and the customary spellings).
  static let surnames: Set<String> = [
    "kim", "gim", "lee", "yi", "rhee", "park", "pak", "bak", "choi", "choe", "jung", "jeong", "chung", "kang",
    "cho", "jo", "yoon", "yun", "jang", "chang", "lim", "im", "han", "oh", "seo", "suh", "shin", "sin", "kwon",
    "gwon", "hwang", "ahn", "an", "song", "yoo", "yu", "ryu", "hong", "jeon", "jun", "chun", "ko", "go", "moon",
    "mun", "yang", "son", "sohn", "bae", "baek", "paik", "heo", "huh", "nam", "sim", "shim", "noh", "roh", "ha",
    "kwak", "gwak", "sung", "seong", "cha", "joo", "ju", "woo", "koo", "ku", "min", "jin", "ji", "eom", "um",
    "chae", "won", "cheon", "bang", "kong", "gong", "hyun", "hyeon", "ham", "byun", "byeon", "yeom", "yeo",
    "chu", "seok", "suk", "seol", "sul", "gil", "kil", "yeon", "wi", "pyo", "myung", "myeong", "ki", "gi",
    "ban", "wang", "geum", "kum", "ok", "yook", "yuk", "maeng", "je", "mo", "tak", "eun", "pyeon", "do",
  ]

  /// Whether the line, after a bullet and a `By`, is two or three capitalized words of
  /// letters (a hyphen may join two syllables: `So-young`), the first or the last of which
  /// is a surname.
  ///
  /// Words are runs of scalars between spaces, read as index ranges of the line's scalars
  /// (no array per word or per scalar); more than four words before a space rule the line
  /// out at once.
  static func isName(_ line: SourceLine) -> Bool {
    line.scalars.withUnsafeBufferPointer { s in
      // At most five words: a sixth would follow a space after the fifth.
      var words = WordRanges()
      var start = -1
      for k in 0..<s.count {
        if s[k].letter == .space {
          if start >= 0 { words.append(start..<k) }
          start = -1
          guard words.count <= 4 else { return false }
        } else if start < 0 {
          start = k
        }
      }
      if start >= 0 { words.append(start..<s.count) }
      var first = 0
      if words.count > first, words[first].count == 1, bullets.contains(s[words[first].lowerBound].value) { first += 1 }
      if words.count > first, words[first].count == 2, s[words[first].lowerBound].value == "B",
        s[words[first].lowerBound + 1].value == "y"
      {
        first += 1
      }
      let count = words.count - first
      guard (2...3).contains(count) else { return false }
      for w in first..<words.count where !isCapitalizedWord(s[words[w]]) { return false }
      return isSurname(s[words[first]]) || isSurname(s[words[words.count - 1]])
    }
  }

  /// The scalars a bullet before the name can be.
  private static let bullets: [Unicode.Scalar] = ["•", "·", "*", "-"]

  /// The word's scalars up to its first hyphen, in lower case, among the surnames. Only
  /// capitalized words (ASCII letters, hyphens and a final comma) are asked.
  private static func isSurname(_ w: Slice<UnsafeBufferPointer<SourceScalar>>) -> Bool {
    var base = w.startIndex
    while base < w.endIndex && w[base].value != "-" { base += 1 }
    let length = base - w.startIndex
    let text = String(unsafeUninitializedCapacity: length) { out in
      for k in 0..<length {
        let v = UInt8(truncatingIfNeeded: w[w.startIndex + k].value.value)
        out[k] = v >= 0x41 && v <= 0x5A ? v | 0x20 : v
      }
      return length
    }
    return surnames.contains(text)
  }

  /// A capital and lower-case ASCII letters, a hyphen allowed between letters; a comma may end it.
  private static func isCapitalizedWord(_ w: Slice<UnsafeBufferPointer<SourceScalar>>) -> Bool {
    var end = w.endIndex
    if w[end - 1].value == "," { end -= 1 }
    let start = w.startIndex
    guard end - start >= 2 else { return false }
    var previous = w[start].value
    guard ("A"..."Z").contains(previous) else { return false }
    for k in (start + 1)..<end {
      let c = w[k].value
      if c == "-" {
        guard previous != "-" else { return false }
      } else if !("a"..."z").contains(c) && !(previous == "-" && ("A"..."Z").contains(c)) {
        return false
      }
      previous = c
    }
    return previous != "-"
  }

  /// The ranges of up to five words, kept on the stack.
  private struct WordRanges {
    private var ranges: (Range<Int>, Range<Int>, Range<Int>, Range<Int>, Range<Int>) = (0..<0, 0..<0, 0..<0, 0..<0, 0..<0)
    private(set) var count = 0

    mutating func append(_ range: Range<Int>) {
      switch count {
      case 0: ranges.0 = range
      case 1: ranges.1 = range
      case 2: ranges.2 = range
      case 3: ranges.3 = range
      default: ranges.4 = range
      }
      count += 1
    }

    subscript(_ k: Int) -> Range<Int> {
      switch k {
      case 0: ranges.0
      case 1: ranges.1
      case 2: ranges.2
      case 3: ranges.3
      default: ranges.4
      }
    }
  }
}
