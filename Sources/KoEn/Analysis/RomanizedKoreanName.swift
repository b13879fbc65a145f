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
  static func isName(_ line: SourceLine) -> Bool {
    var words: [[Unicode.Scalar]] = []
    var current: [Unicode.Scalar] = []
    for s in line.scalars {
      if s.letter == .space {
        if !current.isEmpty { words.append(current) }
        current = []
        guard words.count <= 4 else { return false }
      } else {
        current.append(s.value)
      }
    }
    if !current.isEmpty { words.append(current) }
    if let first = words.first, first.count == 1, "•·*-".unicodeScalars.contains(first[0]) { words.removeFirst() }
    if let first = words.first, String(String.UnicodeScalarView(first)) == "By" { words.removeFirst() }
    guard (2...3).contains(words.count), words.allSatisfy(isCapitalizedWord) else { return false }
    func surname(_ w: [Unicode.Scalar]) -> Bool {
      let base = w.prefix { $0 != "-" }
      return surnames.contains(String(String.UnicodeScalarView(base)).lowercased())
    }
    return surname(words[0]) || surname(words[words.count - 1])
  }

  /// A capital and lower-case ASCII letters, a hyphen allowed between letters; a comma may end it.
  private static func isCapitalizedWord(_ w: [Unicode.Scalar]) -> Bool {
    var w = w[...]
    if w.last == "," { w = w.dropLast() }
    guard let first = w.first, ("A"..."Z").contains(first), w.count >= 2 else { return false }
    var previous = first
    for c in w.dropFirst() {
      if c == "-" {
        guard previous != "-" else { return false }
      } else if !("a"..."z").contains(c) && !(previous == "-" && ("A"..."Z").contains(c)) {
        return false
      }
      previous = c
    }
    return previous != "-"
  }
}
