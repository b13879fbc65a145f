import KoEnCore
import TestSupport
import Testing

/// Hostile input for the core layer: each case gets its defined result, and its cost grows
/// linearly from 1× to 8× (see `CostGrowth`; ratios, never fixed times).
@Suite("Adversarial input (KoEnCore)", .serialized)
struct CoreAdversarialInputTests {
  static let forms = NormalizationForm.allCases

  /// `base` followed by `count` copies of `mark`.
  static func stacked(_ base: String, _ mark: String, count: Int) -> String {
    base + String(repeating: mark, count: count)
  }

  // MARK: - Combining marks

  @Test("100 000 combining marks on one base: defined result in every form, linear cost")
  func combiningMarksOnOneBase() throws {
    let text = Self.stacked("a", "\u{301}", count: 100_000)
    #expect(try Normalizer(.nfc).normalize(text) == "\u{E1}" + String(repeating: "\u{301}", count: 99_999))
    #expect(try Normalizer(.nfd).normalize(text) == text)
    #expect(try Normalizer(.nfkc).normalize(text) == "\u{E1}" + String(repeating: "\u{301}", count: 99_999))
    #expect(try Normalizer(.nfkcCasefold).isNormalized(Normalizer(.nfkcCasefold).normalize(text)))
    for form in Self.forms {
      let normalizer = try Normalizer(form)
      let growth = CostGrowth.measure("normalize \(form.rawValue), marks on one base") {
        Self.stacked("a", "\u{301}", count: 12_500 * $0)
      } _: { normalizer.normalize($0) }
      #expect(growth.isLinear, "\(growth)")
    }
  }

  @Test("Marks of two classes alternating (canonical reordering of every pair): defined result; cost")
  func alternatingMarkClasses() throws {
    // U+0323 (ccc 220) must move before every U+0301 (ccc 230) ahead of it.
    let text = Self.stacked("a", "\u{301}\u{323}", count: 1_000)
    let nfd = try Normalizer(.nfd).normalize(text)
    #expect(nfd == "a" + String(repeating: "\u{323}", count: 1_000) + String(repeating: "\u{301}", count: 1_000))
    for form in [NormalizationForm.nfc, .nfd] {
      let normalizer = try Normalizer(form)
      let growth = CostGrowth.measure("normalize \(form.rawValue), alternating ccc 230/220 marks") {
        Self.stacked("a", "\u{301}\u{323}", count: 1_000 * $0)
      } _: { normalizer.normalize($0) }
      // ICU's canonical ordering inserts each mark by walking back over the marks before it,
      // quadratic in a run of descending classes; KoEn presorts such runs (CanonicalOrder).
      #expect(growth.isLinear, "\(growth)")
    }
  }

  @Test("Streaming 100 000 marks on one base in 4 KB chunks: equals whole, linear cost")
  func streamingCombiningMarks() throws {
    func stream(_ bytes: [UInt8]) throws -> [UInt8] {
      var stream = try StreamingNormalizer(.nfc)
      var output: [UInt8] = []
      var i = 0
      while i < bytes.count {
        let end = min(bytes.count, i + 4096)
        output += try stream.append(utf8: bytes[i..<end])
        i = end
      }
      return output + (try stream.finish())
    }
    let bytes = Array(Self.stacked("a", "\u{301}", count: 100_000).utf8)
    #expect(try stream(bytes) == Normalizer(.nfc).normalize(utf8: bytes))
    let growth = CostGrowth.measure("StreamingNormalizer nfc, marks on one base, 4 KB chunks") {
      Array(Self.stacked("a", "\u{301}", count: 12_500 * $0).utf8)
    } _: { try? stream($0) }
    #expect(growth.isLinear, "\(growth)")
  }

  // MARK: - A single long line

  static func longLine(_ factor: Int) -> String {
    // Precomposed and decomposed Hangul, English, fullwidth Latin: every form has work to do.
    let piece = "NATO 정상회의 \u{1112}\u{1161}\u{11AB}\u{1100}\u{1173}\u{11AF} ＡＢＣ Seoul, 2025년 "
    return String(repeating: piece, count: 2_000 * factor)
  }

  static func shortLongLine(_ factor: Int) -> String {
    String(repeating: "NATO 정상회의 \u{1112}\u{1161}\u{11AB} Seoul, 2025년 ", count: 250 * factor)
  }

  @Test("A single long line: normalization and romanization, linear cost")
  func singleLongLine() throws {
    let line = Self.longLine(1)
    #expect(!line.contains("\n"))
    for form in Self.forms {
      let normalizer = try Normalizer(form)
      let growth = CostGrowth.measure("normalize \(form.rawValue), one long line") { Self.longLine($0) } _: {
        normalizer.normalize($0)
      }
      #expect(growth.isLinear, "\(growth)")
    }
    let romanizer = Romanizer()
    let growth = CostGrowth.measure("romanize rr, one long line", repeats: 2) { Self.shortLongLine($0) } _: {
      romanizer.romanize($0)
    }
    #expect(growth.isLinear, "\(growth)")
  }

  // MARK: - Scripts alternating at every character

  static func alternating(_ count: Int) -> String {
    let scalars: [Character] = ["a", "가", "α", "日", "ア", "б", "1", "ก", "\u{1100}", "ㅋ"]
    var s = ""
    s.reserveCapacity(count * 3)
    for i in 0..<count { s.append(scalars[i % scalars.count]) }
    return s
  }

  @Test("Scripts alternating at every character: script runs, normalization, romanization")
  func alternatingScripts() throws {
    let text = Self.alternating(20_000)
    let runs = ScriptRuns(text)
    #expect(runs.first?.range.lowerBound == 0)
    #expect(runs.last?.range.upperBound == text.utf8.count)
    let nfc = try Normalizer(.nfc)
    for (name, body) in [
      ("ScriptRuns", { (s: String) in ScriptRuns(s).count }),
      ("normalize nfc", { (s: String) in nfc.normalize(s).utf8.count }),
      ("romanize rr", { (s: String) in Romanizer().romanize(s).utf8.count }),
    ] {
      let base = name.hasPrefix("romanize") ? 2_000 : 20_000
      let growth = CostGrowth.measure("\(name), scripts alternating") { Self.alternating(base * $0) } _: { body($0) }
      #expect(growth.isLinear, "\(growth)")
    }
  }

  // MARK: - Invalid bytes, NULs, line breaks

  @Test("Only invalid bytes: the byte API throws at offset 0, streaming too; the String API sees U+FFFD")
  func onlyInvalidBytes() throws {
    for byte: UInt8 in [0x80, 0xBF, 0xC0, 0xC1, 0xF5, 0xFE, 0xFF, 0xED] {
      let bytes = [UInt8](repeating: byte, count: 100_000)
      #expect(UTF8Validation.firstInvalidOffset(in: bytes) == 0)
      for form in Self.forms {
        #expect(throws: InvalidUTF8Error(byteOffset: 0)) { try Normalizer(form).normalize(utf8: bytes) }
        var stream = try StreamingNormalizer(form)
        #expect(throws: InvalidUTF8Error(byteOffset: 0)) {
          _ = try stream.append(utf8: bytes[0..<7])
          _ = try stream.append(utf8: bytes[7...])
          _ = try stream.finish()
        }
      }
    }
    // After a long valid prefix, the offset is exact and the check is linear.
    let growth = CostGrowth.measure("firstInvalidOffset after a long valid prefix") {
      Array(String(repeating: "한a", count: 50_000 * $0).utf8) + [0xFF]
    } _: { UTF8Validation.firstInvalidOffset(in: $0) }
    #expect(growth.isLinear, "\(growth)")
    let prefix = Array(String(repeating: "한a", count: 1_000).utf8)
    #expect(throws: InvalidUTF8Error(byteOffset: 4_000)) { try Normalizer(.nfc).normalize(utf8: prefix + [0xE0, 0x80]) }
  }

  @Test("Only NULs: unchanged by every form, whole and streamed")
  func onlyNULs() throws {
    let bytes = [UInt8](repeating: 0, count: 100_000)
    for form in Self.forms {
      #expect(try Normalizer(form).normalize(utf8: bytes) == bytes)
      #expect(try Normalizer(form).isNormalized(utf8: bytes))
      var stream = try StreamingNormalizer(form)
      let out = try stream.append(utf8: bytes) + (try stream.finish())
      #expect(out == bytes)
    }
  }

  @Test("Only line breaks (LF, CRLF, CR, U+2028): unchanged by every form, linear cost")
  func onlyLineBreaks() throws {
    for piece in ["\n", "\r\n", "\r", "\u{2028}", "\u{2029}", "\u{85}"] {
      let text = String(repeating: piece, count: 50_000)
      for form in Self.forms {
        #expect(try Normalizer(form).normalize(text) == text, "\(form) changed \(piece.debugDescription)")
      }
      #expect(Romanizer().romanize(text) == text)
    }
    let nfkc = try Normalizer(.nfkc)
    let growth = CostGrowth.measure("normalize nfkc, only U+2028") {
      String(repeating: "\u{2028}", count: 50_000 * $0)
    } _: { nfkc.normalize($0) }
    #expect(growth.isLinear, "\(growth)")
  }

  // MARK: - Romanization of hostile Korean

  @Test("Romanization: 100 000 marks on a syllable, a long word without spaces, linear cost")
  func romanizationHostileKorean() throws {
    let marked = Self.stacked("한", "\u{301}", count: 100_000)
    let out = Romanizer().romanize(marked)
    let head = String(out.unicodeScalars.prefix(4).map(Character.init))
    let count = out.unicodeScalars.count
    #expect(head == "han\u{301}")
    #expect(count == 100_003)
    for (name, make) in [
      ("romanize rr, marks on one syllable", { (k: Int) in Self.stacked("한", "\u{301}", count: 12_500 * k) }),
      ("romanize rr, one Hangul word without spaces", { (k: Int) in String(repeating: "독립문신라국밥", count: 200 * k) }),
    ] {
      let growth = CostGrowth.measure(name, repeats: 2, make: make) { Romanizer().romanize($0) }
      #expect(growth.isLinear, "\(growth)")
    }
  }
}
