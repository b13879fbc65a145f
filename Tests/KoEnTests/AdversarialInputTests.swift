import KoEn
import TestSupport
import Testing

/// Hostile input for tokenization, segmentation and document analysis: each case gets its
/// defined result (lossless, offsets inside the input, every line accounted for), and its
/// cost grows linearly from 1× to 8× (see `CostGrowth`; ratios of CPU time, never fixed
/// times). The 50 MB single line runs in `Scripts/adversarial.sh`, outside the unit tests.
@Suite("Adversarial input (KoEn)", .serialized)
struct AdversarialInputTests {
  /// Runs the tokenizer and segmenter over `bytes` and checks that both partition it.
  static func checkLossless(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
    let tokens = Array(Tokenizer(utf8: bytes))
    #expect(tilingProblem(tokens.map(\.range), count: bytes.count) == nil, sourceLocation: sourceLocation)
    let segments = Array(Segmenter(utf8: bytes))
    #expect(tilingProblem(segments.map(\.range), count: bytes.count) == nil, sourceLocation: sourceLocation)
  }

  /// Checks that the analysis accounts for every line and keeps fragments inside them.
  static func checkAnalysis(
    _ analysis: DocumentAnalysis, of bytes: [UInt8], lines: Int, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(analysis.lines.count == lines, sourceLocation: sourceLocation)
    #expect(analysis.lines.map(\.number) == Array(stride(from: 1, through: lines, by: 1)), sourceLocation: sourceLocation)
    for line in analysis.lines {
      #expect(line.range.upperBound <= bytes.count, sourceLocation: sourceLocation)
      for fragment in line.fragments {
        #expect(fragment.range.lowerBound >= line.range.lowerBound, sourceLocation: sourceLocation)
        #expect(fragment.range.upperBound <= line.range.upperBound, sourceLocation: sourceLocation)
      }
    }
  }

  /// Measures tokenizing, segmenting and analysing (in `formats`) inputs from `make`, and
  /// expects linear growth for each.
  static func expectLinear(
    _ name: String, formats: [DocumentFormat] = [.plainText], make: (Int) -> [UInt8],
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    var steps: [(String, ([UInt8]) -> Int)] = [
      ("tokenize", { Tokenizer(utf8: $0).reduce(0) { n, _ in n + 1 } }),
      ("segment", { Segmenter(utf8: $0).reduce(0) { n, _ in n + 1 } }),
    ]
    for format in formats {
      steps.append(("analyze \(format.rawValue)", { DocumentAnalyzer().analyze(bytes: $0, format: format).lines.count }))
    }
    for (step, body) in steps {
      let growth = CostGrowth.measure("\(step), \(name)", repeats: 2, make: make, body)
      #expect(growth.isLinear, "\(growth)", sourceLocation: sourceLocation)
    }
  }

  // MARK: - Combining marks, one long line, alternating scripts

  @Test("100 000 combining marks on one base: one word token, lossless, linear cost")
  func combiningMarksOnOneBase() {
    let bytes = Array(("a" + String(repeating: "\u{301}", count: 100_000)).utf8)
    let tokens = Array(Tokenizer(utf8: bytes))
    #expect(tokens.count == 1)
    #expect(tokens.first?.kind == .word)
    Self.checkLossless(bytes)
    let hangul = Array(("한" + String(repeating: "\u{301}", count: 100_000) + " NATO").utf8)
    Self.checkLossless(hangul)
    Self.checkAnalysis(DocumentAnalyzer().analyze(bytes: hangul, format: .plainText), of: hangul, lines: 1)
    Self.expectLinear("marks on one base", formats: [.plainText, .markdown]) {
      Array(("가" + String(repeating: "\u{301}", count: 4_000 * $0)).utf8)
    }
  }

  static func longLine(_ factor: Int) -> [UInt8] {
    let piece = "NATO 정상회의가 열렸다 (Seoul, 2025년) — “the summit” 北 韓國 https://x.co/a?b=1 3,000명 "
    return Array(String(repeating: piece, count: 100 * factor).utf8)
  }

  @Test("A single long line: lossless, one analysed line, linear cost")
  func singleLongLine() {
    let bytes = Self.longLine(1)
    Self.checkLossless(bytes)
    Self.checkAnalysis(DocumentAnalyzer().analyze(bytes: bytes, format: .plainText), of: bytes, lines: 1)
    Self.expectLinear("one long line", formats: [.plainText, .markdown, .gettext], make: Self.longLine)
  }

  static func alternating(_ count: Int) -> [UInt8] {
    let characters: [Character] = ["a", "가", "α", "日", "ア", "б", "1", "ก", "北", "ㅋ", "!", " "]
    var s = ""
    for i in 0..<count { s.append(characters[i % characters.count]) }
    return Array(s.utf8)
  }

  @Test("Scripts alternating at every character: lossless, linear cost")
  func alternatingScripts() {
    let bytes = Self.alternating(12_000)
    Self.checkLossless(bytes)
    Self.checkAnalysis(DocumentAnalyzer().analyze(bytes: bytes, format: .plainText), of: bytes, lines: 1)
    Self.expectLinear("scripts alternating", formats: [.plainText, .markdown]) { Self.alternating(1_500 * $0) }
  }

  // MARK: - Brackets

  static func nested(_ depth: Int, open: String, close: String, inner: String = "한국 NATO") -> [UInt8] {
    Array((String(repeating: open, count: depth) + inner + String(repeating: close, count: depth)).utf8)
  }

  @Test("10 000 nested brackets (balanced, unclosed, unopened, Markdown links): lossless, linear cost")
  func nestedBrackets() {
    for (open, close) in [("[", "]"), ("(", ")"), ("{", "}"), ("「", "」"), ("“", "”"), ("[", "]("), ("<", ">")] {
      let balanced = Self.nested(10_000, open: open, close: close)
      Self.checkLossless(balanced)
      Self.checkAnalysis(DocumentAnalyzer().analyze(bytes: balanced, format: .markdown), of: balanced, lines: 1)
      let unclosed = Self.nested(10_000, open: open, close: "")
      Self.checkLossless(unclosed)
      let unopened = Self.nested(10_000, open: "", close: close)
      Self.checkLossless(unopened)
      guard ["[", "(", "“"].contains(open) else { continue }
      Self.expectLinear("nested \(open)\(close)", formats: [.plainText, .markdown]) {
        Self.nested(1_250 * $0, open: open, close: close)
      }
    }
    Self.expectLinear("unclosed [ with words", formats: [.plainText, .markdown]) {
      Array(String(repeating: "[link 한국 ", count: 500 * $0).utf8)
    }
    Self.expectLinear("Markdown link openers ](", formats: [.markdown]) {
      Array(String(repeating: "[a](b ", count: 500 * $0).utf8)
    }
  }

  // MARK: - Invalid bytes, NULs, line breaks

  @Test("Only invalid bytes: one invalid token per byte, lossless, U+FFFD in analysis")
  func onlyInvalidBytes() {
    for byte: UInt8 in [0x80, 0xBF, 0xC0, 0xF5, 0xFF] {
      let bytes = [UInt8](repeating: byte, count: 20_000)
      let tokens = Array(Tokenizer(utf8: bytes))
      #expect(tokens.count == bytes.count)
      #expect(tokens.allSatisfy { $0.kind == .invalid && $0.range.count == 1 && $0.language == .zxx })
      Self.checkLossless(bytes)
      let analysis = DocumentAnalyzer().analyze(bytes: bytes, format: .plainText)
      Self.checkAnalysis(analysis, of: bytes, lines: 1)
      #expect(analysis.lines.first?.range == 0..<bytes.count)
    }
    // Truncated sequences: each lead with its continuations is one maximal subpart.
    let truncated = [UInt8](Array(repeating: [0xE2, 0x82], count: 10_000).joined())
    #expect(Array(Tokenizer(utf8: truncated)).allSatisfy { $0.kind == .invalid && $0.range.count == 2 })
    Self.expectLinear("only invalid bytes") { [UInt8](repeating: 0xFF, count: 10_000 * $0) }
  }

  @Test("Only NULs: lossless, no letters, one line")
  func onlyNULs() {
    let bytes = [UInt8](repeating: 0, count: 100_000)
    Self.checkLossless(bytes)
    let segments = Array(Segmenter(utf8: bytes))
    #expect(segments.map(\.language) == [.zxx])
    let analysis = DocumentAnalyzer().analyze(bytes: bytes, format: .plainText)
    Self.checkAnalysis(analysis, of: bytes, lines: 1)
    #expect(analysis.lines.allSatisfy { $0.fragments.isEmpty && $0.role != .untranslated })
    Self.expectLinear("only NULs", formats: [.plainText, .markdown, .gettext]) { [UInt8](repeating: 0, count: 10_000 * $0) }
  }

  @Test("Only line breaks (LF, CRLF, CR, U+2028): one token each, lines by LF, linear cost")
  func onlyLineBreaks() {
    let count = 20_000
    // (piece, line-break tokens per piece, analysed lines for `count` pieces)
    let cases: [(String, Int, Int)] = [("\n", 1, count), ("\r\n", 1, count), ("\r", 1, 1), ("\u{2028}", 1, 1), ("\r\n\n", 2, 2 * count)]
    for (piece, breaks, lines) in cases {
      let bytes = Array(String(repeating: piece, count: count).utf8)
      let tokens = Array(Tokenizer(utf8: bytes))
      #expect(tokens.count == breaks * count, "\(piece.debugDescription)")
      #expect(tokens.allSatisfy { $0.kind == .lineBreak }, "\(piece.debugDescription)")
      Self.checkLossless(bytes)
      let analysis = DocumentAnalyzer().analyze(bytes: bytes, format: .plainText)
      Self.checkAnalysis(analysis, of: bytes, lines: lines)
      #expect(analysis.lines.allSatisfy { $0.role == .blank || piece == "\u{2028}" }, "\(piece.debugDescription)")
      guard piece != "\r", piece != "\r\n\n" else { continue }
      Self.expectLinear("only \(piece.debugDescription)", formats: [.plainText, .gettext]) {
        Array(String(repeating: piece, count: 2_500 * $0).utf8)
      }
    }
  }

  // MARK: - .po entries

  static func hugeMsgid(_ factor: Int) -> [UInt8] {
    let text = String(repeating: "Open the file 파일 열기 %s ", count: 300 * factor)
    return Array("msgid \"\(text)\"\nmsgstr \"\(text)\"\n".utf8)
  }

  static func manyContinuationLines(_ factor: Int) -> [UInt8] {
    var po = "msgid \"\"\n\"Long source\"\nmsgstr \"\"\n"
    for k in 0..<(250 * factor) { po += "\"줄 \(k) left in English here\\n\"\n" }
    return Array(po.utf8)
  }

  static func manyEntries(_ factor: Int) -> [UInt8] {
    var po = "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
    for k in 0..<(150 * factor) {
      po += "#: src/file.c:\(k)\nmsgid \"Save file \(k)\"\nmsgstr \"\(k % 3 == 0 ? "" : k % 3 == 1 ? "파일 저장" : "Save file \(k)")\"\n\n"
    }
    return Array(po.utf8)
  }

  @Test("Huge .po entries (one long msgid, thousands of continuation lines, many entries): findings, linear cost")
  func hugePoEntries() {
    let single = Self.hugeMsgid(1)
    let analysis = DocumentAnalyzer().analyze(bytes: single, format: .gettext)
    Self.checkAnalysis(analysis, of: single, lines: 2)
    #expect(analysis.catalogFindings.map(\.kind) == [.identicalToSource])

    let continued = Self.manyContinuationLines(1)
    let continuedAnalysis = DocumentAnalyzer().analyze(bytes: continued, format: .gettext)
    Self.checkAnalysis(continuedAnalysis, of: continued, lines: 253)
    #expect(continuedAnalysis.catalogFindings.count == 1)
    #expect(continuedAnalysis.catalogFindings.first?.entryLine == 1)

    let many = Self.manyEntries(1)
    let manyAnalysis = DocumentAnalyzer().analyze(bytes: many, format: .gettext)
    #expect(manyAnalysis.catalogFindings.filter { $0.kind == .emptyTranslation }.count == 50)
    #expect(manyAnalysis.catalogFindings.filter { $0.kind == .identicalToSource }.count == 50)

    Self.expectLinear("one huge msgid", formats: [.gettext], make: Self.hugeMsgid)
    Self.expectLinear("msgstr of many continuation lines", formats: [.gettext], make: Self.manyContinuationLines)
    Self.expectLinear("many entries", formats: [.gettext], make: Self.manyEntries)
  }

  // MARK: - Many short lines

  @Test("Many short lines between chrome-like lines: analysis cost stays linear")
  func manyShortLines() {
    let make = { (factor: Int) -> [UInt8] in
      var text = "Copyright © Daum. All rights reserved.\n"
      for k in 0..<(150 * factor) { text += "Item \(k)\n" }
      text += "무단전재 및 재배포 금지\n"
      return Array(text.utf8)
    }
    let bytes = make(1)
    Self.checkAnalysis(DocumentAnalyzer().analyze(bytes: bytes, format: .plainText), of: bytes, lines: 152)
    Self.expectLinear("short lines between chrome", formats: [.plainText, .markdown], make: make)
  }
}
