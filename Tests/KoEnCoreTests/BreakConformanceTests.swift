import KoEnCore
import TestSupport
import Testing

/// Unicode's segmentation test files (UAX #29 and UAX #14) through `TextBreaks`, over UTF-8
/// (offsets converted from the file's code points), over UTF-16, and backwards; the
/// allocation-free `visitBoundaries` must give the same boundaries as `boundaries`.
@Suite("UCD break test conformance")
struct BreakConformanceTests {
  /// A case where ICU deliberately differs from the file: the lines, the reason, and the
  /// positions (indices of code points; a boundary before `codePoints[i]`) where ICU's
  /// answer may differ. The cases still run: every other position must match the file,
  /// and at least one listed position must really differ, so a change in ICU shows up.
  struct KnownDeviation: Sendable {
    let name: String
    let lines: Set<Int>
    let reason: String
    let positions: @Sendable (UCDBreakCase) -> Set<Int>
  }

  /// Index after `i` skipping combining marks (Extend/CM) that attach to `codePoints[i]`.
  static func afterAttached(_ codePoints: [UInt32], _ i: Int) -> Int {
    var j = i + 1
    while j < codePoints.count, let scalar = Unicode.Scalar(codePoints[j]),
      UnicodeProperties.wordBreak(of: scalar) == .extend || UnicodeProperties.wordBreak(of: scalar) == .format
    { j += 1 }
    return j
  }

  static let knownDeviations: [String: [KnownDeviation]] = [
    "WordBreakTest.txt": [
      KnownDeviation(
        name: "colon is not MidLetter",
        lines: [1253, 1254, 1267, 1268, 1283, 1284, 1285, 1286, 1287, 1288, 1289, 1290, 1291, 1292, 1712],
        reason: """
          ICU 72 (CLDR 42) removed U+003A COLON (and U+FE55, U+FF1A) from MidLetter in its root \
          word rules, so "a:b" is three words; the file keeps UAX #29's WB6/WB7. The Swedish \
          and Finnish rules keep the colon, and these lines pass under locale "sv".
          """,
        positions: { testCase in
          var result: Set<Int> = []
          for (i, value) in testCase.codePoints.enumerated() where value == 0x3A {
            result.insert(i)
            result.insert(afterAttached(testCase.codePoints, i))
          }
          return result
        })
    ],
    "LineBreakTest.txt": [
      KnownDeviation(
        name: "word-initial hyphen",
        lines: [2265, 2267, 2421, 2423, 2425, 2427, 2429, 2431],
        reason: """
          ICU 72 does not break after a hyphen-minus at the start of text when a letter (AL, \
          or AI/XX/SA resolved to AL) follows: it keeps "-x" together, as Unicode 15.1's LB20a \
          later specified; the 15.0 file breaks (LB31).
          """,
        positions: { testCase in [afterAttached(testCase.codePoints, 0)] }),
      KnownDeviation(
        name: "number starting with IS",
        lines: [2873, 2875, 7477, 7576, 7577, 7578, 7579, 7580, 7581, 7583, 7584, 7585, 7586, 7587],
        reason: """
          ICU 72 tailors LB25 with the regular expression for numbers from UAX #14 §8.2 \
          (Example 7), under which a number may begin with an infix separator: it does not \
          break inside ",0", ".2" or ".35", and after a space it breaks before such a number \
          (" .35", as Unicode 15.1's LB15c later specified); the 15.0 file breaks between the \
          IS and the digit and not before the IS.
          """,
        positions: { testCase in
          var result: Set<Int> = []
          for (i, value) in testCase.codePoints.enumerated() where value == 0x2C || value == 0x2E {
            let next = afterAttached(testCase.codePoints, i)
            if next < testCase.codePoints.count, (0x30...0x39).contains(testCase.codePoints[next]) {
              result.insert(next)
              if i > 0, testCase.codePoints[i - 1] == 0x20 { result.insert(i) }
            }
          }
          return result
        }),
    ],
  ]

  struct Tally: CustomStringConvertible {
    var passed = 0
    var utf16Only = 0
    var deviations: [Int] = []
    var failed = 0
    var description: String {
      "\(passed) passed (\(utf16Only) of them with lone surrogates, UTF-16 only), "
        + "\(deviations.count) documented ICU deviations, \(failed) failed"
    }
  }

  static func property(for kind: BreakKind) -> (UInt32) -> String {
    { value in
      guard let scalar = Unicode.Scalar(value) else { return "(surrogate)" }
      let script = Script(of: scalar).code
      switch kind {
      case .grapheme: return "GCB=\(UnicodeProperties.graphemeClusterBreak(of: scalar)) sc=\(script)"
      case .word: return "WB=\(UnicodeProperties.wordBreak(of: scalar)) sc=\(script)"
      case .sentence: return "SB=\(UnicodeProperties.sentenceBreak(of: scalar)) sc=\(script)"
      case .line: return "LB=\(UnicodeProperties.lineBreak(of: scalar)) sc=\(script)"
      }
    }
  }

  /// LineBreakTest.txt marks the start of text `×` (LB2: never break there), while a break
  /// iterator reports offset 0 as the first boundary of every text; that is a convention,
  /// not a difference, so 0 is always expected.
  static func withStart(_ offsets: [Int]) -> [Int] {
    offsets.first == 0 ? offsets : [0] + offsets
  }

  func run(_ fileName: String, _ kind: BreakKind) throws -> Tally {
    let file = try UCDBreakTest.load(fileName, unicodeVersion: ucdVersion)
    let breaks = try TextBreaks(kind)
    let deviations = Self.knownDeviations[fileName] ?? []
    var tally = Tally()
    var reported = 0
    for testCase in file.cases {
      var failures: [String] = []
      var utf8Actual: [Int] = []
      if let text = testCase.text {
        let expected = Self.withStart(testCase.expectedUTF8Offsets)
        utf8Actual = breaks.boundaries(in: text).map(\.offset)
        let bytes = Array(text.utf8)
        let backward = breaks.boundaries(utf8: bytes, direction: .backward).map(\.offset)
        var visited = [0]
        _ = bytes.withUnsafeBufferPointer { buffer in
          breaks.visitBoundaries(inUTF8: buffer) { offset, _ in visited.append(offset) }
        }
        if visited != utf8Actual { failures.append("visitBoundaries \(visited) ≠ boundaries \(utf8Actual)") }
        if utf8Actual != expected { failures.append("UTF-8 forward \(utf8Actual) expected \(expected)") }
        if backward != expected { failures.append("UTF-8 backward \(backward) expected \(expected)") }
      } else {
        tally.utf16Only += 1
      }
      let expected16 = Self.withStart(testCase.expectedUTF16Offsets)
      let forward16 = breaks.boundaries(utf16: testCase.utf16).map(\.offset)
      let backward16 = breaks.boundaries(utf16: testCase.utf16, direction: .backward).map(\.offset)
      if forward16 != expected16 { failures.append("UTF-16 forward \(forward16) expected \(expected16)") }
      if backward16 != expected16 { failures.append("UTF-16 backward \(backward16) expected \(expected16)") }

      if let deviation = deviations.first(where: { $0.lines.contains(testCase.line) }) {
        tally.deviations.append(testCase.line)
        // Compare position by position (UTF-16 forward; the other runs must agree with it).
        let allowed = deviation.positions(testCase)
        let offsets16 = testCase.expectedOffsets(width: { $0 > 0xFFFF ? 2 : 1 }, all: true)
        let actualSet = Set(forward16)
        var differing: [Int] = []
        for (i, offset) in offsets16.enumerated() where i > 0 && testCase.breaks[i] != actualSet.contains(offset) {
          differing.append(i)
        }
        let sameEverywhere = failures.allSatisfy { $0.contains("forward") || $0.contains("backward") }
        if differing.isEmpty {
          Issue.record("\(fileName):\(testCase.line) is listed as an ICU deviation (\(deviation.name)) but now passes: remove it from the list")
        } else if !Set(differing).isSubset(of: allowed) || !sameEverywhere {
          Issue.record("\(fileName):\(testCase.line): ICU differs at positions \(differing), beyond the documented \(deviation.name) positions \(allowed.sorted())")
        }
        continue
      }
      if failures.isEmpty {
        tally.passed += 1
      } else {
        tally.failed += 1
        reported += 1
        if reported <= 30 {
          let actual = utf8Actual.isEmpty ? forward16 : utf8Actual
          let explanation = testCase.explain(
            actualUTF8Offsets: testCase.text == nil ? [] : actual, property: Self.property(for: kind))
          Issue.record("\(fileName): \(failures.joined(separator: "; "))\n\(explanation)")
        }
      }
    }
    print("\(fileName) \(ucdVersion): \(file.cases.count) cases: \(tally)")
    return tally
  }

  @Test func graphemeBreakTest() throws {
    let tally = try run("GraphemeBreakTest.txt", .grapheme)
    #expect(tally.failed == 0)
    #expect(tally.passed > 600)
  }

  @Test func wordBreakTest() throws {
    let tally = try run("WordBreakTest.txt", .word)
    #expect(tally.failed == 0)
    #expect(tally.passed > 1800)
  }

  /// The colon deviation is a root-locale tailoring: under Swedish rules, which keep the
  /// colon as MidLetter, those lines follow the file.
  @Test func colonLinesFollowTheFileUnderSwedishRules() throws {
    let file = try UCDBreakTest.load("WordBreakTest.txt", unicodeVersion: ucdVersion)
    let lines = Self.knownDeviations["WordBreakTest.txt"]![0].lines
    let swedish = try TextBreaks(.word, locale: "sv")
    var passed = 0
    for testCase in file.cases where lines.contains(testCase.line) {
      let actual = swedish.boundaries(in: testCase.text!).map(\.offset)
      #expect(actual == testCase.expectedUTF8Offsets, "WordBreakTest.txt:\(testCase.line) under sv")
      if actual == testCase.expectedUTF8Offsets { passed += 1 }
    }
    #expect(passed == lines.count)
  }

  @Test func sentenceBreakTest() throws {
    let tally = try run("SentenceBreakTest.txt", .sentence)
    #expect(tally.failed == 0)
    #expect(tally.passed > 500)
  }

  @Test func lineBreakTest() throws {
    let tally = try run("LineBreakTest.txt", .line)
    #expect(tally.failed == 0)
    #expect(tally.passed > 7000)
  }
}
