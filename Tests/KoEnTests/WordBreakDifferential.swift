import KoEn
import TestSupport

/// Why KoEn's token boundaries may differ from ICU's word boundaries: the deliberate
/// differences of Documentation/Tokenization.md.
enum DeliberateDifference: String, CaseIterable, Sendable {
  /// KoEn treats every form of Hangul (conjoining, compatibility and halfwidth jamo) like
  /// precomposed syllables: they join one another and nothing else, where ICU treats the
  /// jamo as ordinary letters (`ㅋa` one word, `ㅋㅋ|한국` two).
  case hangulForms = "Hangul jamo"
  /// KoEn joins two letters of one script around a hyphen (`K-pop`).
  case hyphenatedWord = "hyphenated word"
  /// KoEn keeps a URL or an e-mail address whole.
  case urlOrEmail = "URL or e-mail"
  /// KoEn keeps a run of Han and kana (and Han glued to Hangul) whole, where ICU uses its
  /// dictionary.
  case cjkRun = "Han/kana run"
  /// KoEn keeps a run of a script written without spaces (Thai…) whole.
  case complexRun = "Thai-like run"
  /// KoEn makes each maximal ill-formed subpart a token of its own.
  case invalidBytes = "invalid bytes"
}

/// One boundary where KoEn and ICU disagree.
struct BoundaryDifference: CustomStringConvertible {
  var offset: Int
  /// True when KoEn has the boundary and ICU has not.
  var extraInKoEn: Bool
  var reason: DeliberateDifference?
  var context: String

  var description: String {
    "\(extraInKoEn ? "extra" : "missing") boundary at \(offset) (\(reason?.rawValue ?? "UNEXPLAINED")): \(context)"
  }
}

/// Compares KoEn's token boundaries with ICU's word boundaries on UTF-8 bytes.
struct WordBreakDifferential {
  let icu: TextBreaks

  init() throws { icu = try TextBreaks(.word) }

  struct Result {
    var koenBoundaries: Set<Int>
    var icuBoundaries: Set<Int>
    var differences: [BoundaryDifference]
    var agreeing: Int { koenBoundaries.intersection(icuBoundaries).count }
    var unexplained: [BoundaryDifference] { differences.filter { $0.reason == nil } }
  }

  func compare(_ bytes: [UInt8]) -> Result {
    let tokens = Array(Tokenizer(utf8: bytes))
    var ours: Set<Int> = [0]
    for token in tokens { ours.insert(token.range.upperBound) }
    let theirs = Set(bytes.withUnsafeBufferPointer { icu.boundaries(inUTF8: $0) }.map(\.offset))
    var differences: [BoundaryDifference] = []
    for offset in ours.symmetricDifference(theirs).sorted() {
      let extra = ours.contains(offset)
      let reason = explain(bytes, tokens: tokens, offset: offset, extraInKoEn: extra)
      let lo = max(0, offset - 12)
      let hi = min(bytes.count, offset + 12)
      let context =
        String(decoding: bytes[lo..<offset], as: UTF8.self) + "|"
        + String(decoding: bytes[offset..<hi], as: UTF8.self)
      differences.append(
        BoundaryDifference(offset: offset, extraInKoEn: extra, reason: reason, context: context))
    }
    return Result(koenBoundaries: ours, icuBoundaries: theirs, differences: differences)
  }

  /// The scalar at byte `i` and its length, if well-formed.
  func scalar(_ bytes: [UInt8], at i: Int) -> (UInt32, Int)? {
    guard i >= 0, i < bytes.count else { return nil }
    let b = bytes[i]
    let length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
    guard i + length <= bytes.count else { return nil }
    var decoder = UTF8()
    var iterator = bytes[i..<(i + length)].makeIterator()
    if case .scalarValue(let s) = decoder.decode(&iterator) { return (s.value, length) }
    return nil
  }

  static func isIgnorable(_ cp: UInt32) -> Bool {
    guard let scalar = Unicode.Scalar(cp) else { return false }
    return [.extend, .format, .zwj].contains(UnicodeProperties.wordBreak(of: scalar))  // WB4
  }

  /// The base scalar after `offset` (skipping marks and format characters) and the offset
  /// after it and its marks.
  func baseAfter(_ bytes: [UInt8], _ offset: Int) -> (UInt32, Int)? {
    var i = offset
    while let (cp, len) = scalar(bytes, at: i) {
      i += len
      if !Self.isIgnorable(cp) || i == offset + len && offset == 0 {
        while let (next, nextLen) = scalar(bytes, at: i), Self.isIgnorable(next) { i += nextLen }
        return (cp, i)
      }
    }
    return nil
  }

  /// The base scalar before `offset` (skipping marks and format characters backwards) and
  /// its start.
  func baseBefore(_ bytes: [UInt8], _ offset: Int) -> (UInt32, Int)? {
    var i = offset - 1
    while i >= 0 {
      var start = i
      while start > 0 && bytes[start] & 0xC0 == 0x80 && i - start < 3 { start -= 1 }
      guard let (cp, _) = scalar(bytes, at: start) else { return nil }
      if !Self.isIgnorable(cp) { return (cp, start) }
      i = start - 1
    }
    return nil
  }

  /// The base scalars around `offset`: two before and two after.
  func neighbours(_ bytes: [UInt8], _ offset: Int) -> (before: UInt32?, after: UInt32?, far: [UInt32]) {
    let before = baseBefore(bytes, offset)
    let after = baseAfter(bytes, offset)
    var far: [UInt32] = []
    if let before, let b2 = baseBefore(bytes, before.1) { far.append(b2.0) }
    if let after, let a2 = baseAfter(bytes, after.1) { far.append(a2.0) }
    return (before?.0, after?.0, far)
  }

  static func group(_ cp: UInt32) -> String {
    guard let scalar = Unicode.Scalar(cp) else { return "none" }
    let script = Script(of: scalar)
    let wb = UnicodeProperties.wordBreak(of: scalar)
    let letters: [Unicode.GeneralCategory] = [
      .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .letterNumber,
    ]
    let letter = letters.contains(UnicodeProperties.generalCategory(of: scalar)) || wb == .aLetter || wb == .katakana
    if wb == .numeric { return "digit" }
    guard letter else { return "none" }
    if UnicodeProperties.lineBreak(of: scalar) == .complexContext { return "complex" }
    switch script {
    case .hangul: return "hangul"
    case .han: return "han"
    case .hiragana, .katakana: return "kana"
    case .latin: return "latin"
    default: return wb == .katakana ? "kana" : "other"
    }
  }

  static func isJamo(_ cp: UInt32) -> Bool {
    group(cp) == "hangul" && !(0xAC00...0xD7A3).contains(cp)
  }

  func explain(_ bytes: [UInt8], tokens: [Token], offset: Int, extraInKoEn: Bool)
    -> DeliberateDifference?
  {
    let touching = tokens.filter {
      ($0.range.lowerBound < offset && offset < $0.range.upperBound)
        || $0.range.lowerBound == offset || $0.range.upperBound == offset
    }
    if touching.contains(where: { $0.kind == .invalid }) { return .invalidBytes }
    // A URL or address that ends or starts within one character (and a joining mark) of
    // the boundary: ICU goes on joining letters there.
    let window = (offset - 8)..<(offset + 9)
    if tokens.contains(where: { ($0.kind == .url || $0.kind == .email) && $0.range.overlaps(window) }) {
      return .urlOrEmail
    }
    // The base characters next to the boundary, and one further on each side (over a
    // joining punctuation mark: ICU's WB6/7, WB11/12, WB13a/b).
    let (before, after, far) = neighbours(bytes, offset)
    guard let before, let after else { return nil }
    let gb = Self.group(before)
    let ga = Self.group(after)
    let near = [before, after] + far
    if near.contains(where: { Self.group($0) == "complex" }) { return .complexRun }
    if near.contains(where: Self.isJamo) { return .hangulForms }
    if !extraInKoEn {
      if gb == "hangul" && ga == "hangul" { return .hangulForms }
      let cjk: Set = ["hangul", "han", "kana"]
      if cjk.contains(gb) && cjk.contains(ga) && (gb != "hangul" || ga != "hangul") { return .cjkRun }
      let hyphens: Set<UInt32> = [0x2D, 0x2010, 0x2011]
      if hyphens.contains(before) || hyphens.contains(after) { return .hyphenatedWord }
    }
    return nil
  }
}

/// One line of Unicode's WordBreakTest.txt: the test string and its expected boundaries
/// as UTF-8 offsets.
struct WordBreakTestCase {
  var line: Int
  var bytes: [UInt8]
  var expected: Set<Int>

  static func load() throws -> [WordBreakTestCase] {
    let path = RepositoryPaths.corpora + "/UCD/15.0.0/auxiliary/WordBreakTest.txt"
    let text = try readFile(path)
    var cases: [WordBreakTestCase] = []
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let body = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
      let fields = body.split(whereSeparator: { $0 == " " || $0 == "\t" })
      guard !fields.isEmpty else { continue }
      var bytes: [UInt8] = []
      var expected: Set<Int> = []
      for field in fields {
        if field == "÷" {
          expected.insert(bytes.count)
        } else if field == "×" {
          continue
        } else if let value = UInt32(field, radix: 16), let scalar = Unicode.Scalar(value) {
          bytes.append(contentsOf: String(Character(scalar)).utf8)
        }
      }
      cases.append(WordBreakTestCase(line: index + 1, bytes: bytes, expected: expected))
    }
    return cases
  }
}
