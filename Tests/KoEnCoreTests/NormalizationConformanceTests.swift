import KoEnCore
import TestSupport
import Testing

/// Unicode's `NormalizationTest.txt`, every part and every relation its header states, for
/// the Unicode version of the ICU in use.
@Suite("UCD NormalizationTest.txt conformance")
struct NormalizationConformanceTests {
  static let forms: [NormalizationForm] = [.nfc, .nfd, .nfkc, .nfkd]

  /// The header's relations: for each form, which column every column must map to
  /// (columns numbered 1…5 as in the file).
  ///
  ///     NFC:  c2 == NFC(c1) == NFC(c2) == NFC(c3);   c4 == NFC(c4) == NFC(c5)
  ///     NFD:  c3 == NFD(c1) == NFD(c2) == NFD(c3);   c5 == NFD(c4) == NFD(c5)
  ///     NFKC: c4 == NFKC(c1) == NFKC(c2) == NFKC(c3) == NFKC(c4) == NFKC(c5)
  ///     NFKD: c5 == NFKD(c1) == NFKD(c2) == NFKD(c3) == NFKD(c4) == NFKD(c5)
  static let expectedColumn: [NormalizationForm: [Int]] = [
    .nfc: [2, 2, 2, 4, 4],
    .nfd: [3, 3, 3, 5, 5],
    .nfkc: [4, 4, 4, 4, 4],
    .nfkd: [5, 5, 5, 5, 5],
  ]

  @Test func everyLineEveryColumnRelation() throws {
    let file = try UCDNormalizationTest.load(unicodeVersion: ucdVersion)
    let normalizers = try Self.forms.map { try Normalizer($0) }
    var checks = 0
    var failures = 0
    var perPart: [Int: Int] = [:]
    for testCase in file.cases {
      let columns = (1...5).map { testCase.c($0) }
      var lineOK = true
      for normalizer in normalizers {
        let targets = Self.expectedColumn[normalizer.form]!
        for (index, column) in columns.enumerated() {
          let expected = columns[targets[index] - 1]
          let actual = normalizer.normalize(column)
          // The quick check must agree with the full normalization.
          let quick = normalizer.isNormalized(column)
          // The UTF-8 byte API must give the same bytes.
          let bytes = try normalizer.normalize(utf8: Array(column.utf8))
          // The UTF-16 API must give the same units and the same quick check.
          let units = normalizer.normalize(utf16: Array(column.utf16))
          let quick16 = normalizer.isNormalized(utf16: Array(column.utf16))
          checks += 5
          // Swift's `==` on String compares canonical equivalence: compare scalars.
          let same = actual.unicodeScalars.elementsEqual(expected.unicodeScalars)
          let unchanged = actual.unicodeScalars.elementsEqual(column.unicodeScalars)
          if !same || quick != unchanged || bytes != Array(expected.utf8) || units != Array(expected.utf16)
            || quick16 != unchanged
          {
            lineOK = false
            failures += 1
            Issue.record(
              """
              NormalizationTest.txt:\(testCase.line) \(normalizer.form)(c\(index + 1)) \
              [\(codePoints(column))]
                expected c\(targets[index]) [\(codePoints(expected))]
                actual      [\(codePoints(actual))] isNormalized=\(quick) bytes=\(bytes == Array(expected.utf8) ? "same" : "differ") \
              utf16=\(units == Array(expected.utf16) ? "same" : "differ") isNormalized(utf16:)=\(quick16)
                # \(testCase.comment)
              """)
            if failures > 50 { return }
          }
        }
      }
      if lineOK { perPart[testCase.part, default: 0] += 1 }
    }
    #expect(file.cases.count > 19_000)
    #expect(perPart.values.reduce(0, +) == file.cases.count)
    let parts = perPart.keys.sorted().map { "Part\($0) \(perPart[$0]!)" }.joined(separator: ", ")
    print("NormalizationTest.txt \(ucdVersion): \(file.cases.count) lines passed (\(parts)); \(checks) checks")
  }

  /// NFKC_Casefold is not in the file. Its definition (Unicode §3.13, `toNFKC_Casefold`)
  /// is: map each character to its NFKC_Casefold value, then normalize to NFC. Checked on
  /// every column of every line against that definition computed character by character,
  /// plus idempotence. (The five columns do not always fold alike: U+0345 COMBINING GREEK
  /// YPOGEGRAMMENI folds to U+03B9, which has another combining class, so the fold is not
  /// closed under canonical reordering; lines 17290–17298 and 18137–18138 of the 15.0 file
  /// show it.)
  @Test func nfkcCasefoldFollowsItsDefinition() throws {
    let file = try UCDNormalizationTest.load(unicodeVersion: ucdVersion)
    let fold = try Normalizer(.nfkcCasefold)
    let nfc = try Normalizer(.nfc)
    var passed = 0
    for testCase in file.cases {
      var ok = true
      for column in (1...5).map({ testCase.c($0) }) {
        let folded = fold.normalize(column)
        let mapped = column.unicodeScalars.map { fold.normalize(String($0)) }.joined()
        let reference = nfc.normalize(mapped)
        let idempotent = fold.normalize(folded).unicodeScalars.elementsEqual(folded.unicodeScalars)
        if !folded.unicodeScalars.elementsEqual(reference.unicodeScalars) || !idempotent
          || !fold.isNormalized(folded)
        {
          ok = false
          Issue.record(
            """
            NormalizationTest.txt:\(testCase.line) NFKC_Casefold([\(codePoints(column))])
              expected [\(codePoints(reference))]
              actual   [\(codePoints(folded))] idempotent=\(idempotent)
            """)
        }
      }
      if ok { passed += 1 }
    }
    #expect(passed == file.cases.count)
    print("NormalizationTest.txt \(ucdVersion): NFKC_Casefold follows its definition on \(passed) lines × 5 columns")
  }

  /// Part 1 lists every character with a decomposition (and others that interact). The
  /// header: "for every code point X assigned in this version of Unicode that is not
  /// specifically listed in Part 1, the following invariants must be true for all
  /// conformant implementations: X == NFC(X) == NFD(X) == NFKC(X) == NFKD(X)". Checked here
  /// for every code point not listed, assigned or not (surrogates cannot be in a String).
  ///
  /// One normalization per form over all of them at once: each code point stands between
  /// two spaces, and a space has a normalization boundary on both sides and composes with
  /// nothing, so the whole text is unchanged exactly when every code point is.
  @Test func unlistedCodePointsAreInvariant() throws {
    let file = try UCDNormalizationTest.load(unicodeVersion: ucdVersion)
    var listed = [Bool](repeating: false, count: 0x110000)
    for testCase in file.part(1) where testCase.columns[0].count == 1 {
      listed[Int(testCase.columns[0][0])] = true
    }
    var text = ""
    text.reserveCapacity(0x110000 * 5)
    var count = 0
    for value in UInt32(0)..<0x110000 where !listed[Int(value)] {
      guard let scalar = Unicode.Scalar(value) else { continue }  // surrogates
      text.unicodeScalars.append(scalar)
      text.unicodeScalars.append(" ")
      count += 1
    }
    for form in Self.forms {
      let normalizer = try Normalizer(form)
      #expect(normalizer.isNormalized(text), "isNormalized(\(form)) over every unlisted code point")
      let normalized = normalizer.normalize(text)
      if !normalized.unicodeScalars.elementsEqual(text.unicodeScalars) {
        // Find the culprits one by one (only on failure).
        var culprits: [String] = []
        for scalar in text.unicodeScalars where scalar != " " {
          let single = String(scalar)
          if !normalizer.normalize(single).unicodeScalars.elementsEqual(single.unicodeScalars) {
            culprits.append("\(codePoints(single)) → \(codePoints(normalizer.normalize(single)))")
            if culprits.count > 20 { break }
          }
        }
        Issue.record("\(form) changes unlisted code points: \(culprits.joined(separator: ", "))")
      }
    }
    #expect(count > 1_000_000)
    print("NormalizationTest.txt \(ucdVersion): Part 1 invariant holds for \(count) unlisted code points × 4 forms")
  }
}
