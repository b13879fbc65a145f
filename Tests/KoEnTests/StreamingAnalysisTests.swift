import KoEn
import TestSupport
import Testing

/// The two readings of streaming analysis, fed chunks cut anywhere, give exactly the lines
/// of the whole-document analysis, and hold back only a bounded number of lines.
@Suite("Streaming analysis")
struct StreamingAnalysisTests {
  /// Analyses `bytes` in two streamed readings, cutting the input at random places (inside
  /// characters too); also returns the most lines the analyzer held at once.
  static func streamed(
    _ bytes: [UInt8], format: DocumentFormat, options: AnalysisOptions = AnalysisOptions(), seed: UInt64
  ) -> (analysis: DocumentAnalysis, mostHeld: Int) {
    var rng = SplitMix64(seed: seed)
    func chunks() -> [ArraySlice<UInt8>] {
      var out: [ArraySlice<UInt8>] = []
      var i = 0
      while i < bytes.count {
        let n = Int.random(in: 1...max(1, min(bytes.count - i, Int.random(in: 1...4096, using: &rng))), using: &rng)
        out.append(bytes[i..<(i + n)])
        i += n
      }
      return out
    }
    var survey = DocumentSurvey(format: format, options: options)
    for chunk in chunks() { survey.add(chunk) }
    var analyzer = StreamingDocumentAnalyzer(survey: survey.finish())
    var lines: [AnalyzedLine] = []
    var linesRead = 0
    var mostHeld = 0
    for chunk in chunks() {
      lines += analyzer.add(chunk)
      linesRead += chunk.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
      mostHeld = max(mostHeld, linesRead - lines.count)
    }
    let end = analyzer.finish()
    lines += end.lines
    return (DocumentAnalysis(dominant: end.dominant, lines: lines, catalogFindings: end.catalogFindings, format: end.format), mostHeld)
  }

  @Test("every gold document, in every format, streamed equals whole")
  func goldDocuments() throws {
    var documents = 0
    for (k, doc) in try AnalysisCorpus.all().enumerated() {
      let bytes = Array(doc.text.utf8)
      for format in DocumentFormat.allCases {
        let whole = DocumentAnalyzer().analyze(bytes: bytes, format: format)
        let seed = UInt64(k * 8 + DocumentFormat.allCases.firstIndex(of: format)!)
        let (streamed, _) = Self.streamed(bytes, format: format, seed: seed)
        #expect(streamed == whole, "\(doc.name) as \(format)")
        #expect(streamed.lines.map(\.number) == Array(1..<(whole.lines.count + 1)))
      }
      documents += 1
    }
    #expect(documents >= 50)
  }

  @Test("random documents: streamed equals whole", arguments: DocumentFormat.allCases)
  func randomDocuments(format: DocumentFormat) {
    var rng = SplitMix64(seed: 0x5EED_0000 + UInt64(format.rawValue.utf8.count))
    for round in 0..<150 {
      var text = ""
      for _ in 0..<Int.random(in: 0...300, using: &rng) { text += AnalysisRandomInputTests.pieces.randomElement(using: &rng)! }
      var bytes = Array(text.utf8)
      // Invalid bytes and bytes cut out of characters.
      for _ in 0..<Int.random(in: 0...3, using: &rng) where !bytes.isEmpty {
        bytes.insert([0xFF, 0xC3, 0xED, 0xA0, 0x80].randomElement(using: &rng)!, at: Int.random(in: 0...bytes.count, using: &rng))
      }
      let whole = DocumentAnalyzer().analyze(bytes: bytes, format: format)
      let (streamed, _) = Self.streamed(bytes, format: format, seed: UInt64(round))
      #expect(streamed == whole, "round \(round)")
    }
  }

  @Test("a long English page is held back only a few lines at a time")
  func boundedHolding() throws {
    // Pages one after another: the chrome rules decide each line within a few lines, except
    // the lines after an English sentence that might be the page's foot.
    let page = try AnalysisCorpus.load("seed-000").text
    let bytes = Array(String(repeating: page + "\n", count: 400).utf8)
    let (streamed, mostHeld) = Self.streamed(bytes, format: .plainText, seed: 7)
    let whole = DocumentAnalyzer().analyze(bytes: bytes, format: .plainText)
    #expect(streamed == whole)
    #expect(whole.lines.count > 10_000)
    #expect(mostHeld < 200, "held \(mostHeld) lines of \(whole.lines.count)")
  }

  @Test("the foot of an English page: untranslated lines after its last sentence, within reach")
  func footReach() {
    // The hand-ordered rules hold the foot's lines back (the chrome model reads the page's
    // last sentence from the first reading and holds nothing).
    let rules = DocumentAnalyzer(options: AnalysisOptions(chromeModel: nil))
    let article = "The delegation met officials in Brussels on Monday to discuss the summit.\n"
    let korean = "대표단은 월요일 브뤼셀에서 관리들을 만났다.\n"
    // Close to the end: the foot.
    var near = rules.analyze(bytes: Array((article + korean).utf8), format: .plainText)
    #expect(near.lines.last?.role == .chrome)
    // More than `footReach` lines before the end: no longer taken for the foot.
    let filler = String(repeating: "\n", count: StreamingDocumentAnalyzer.footReach)
    near = rules.analyze(bytes: Array((article + korean + filler).utf8), format: .plainText)
    #expect(near.lines[1].role == .untranslated)
    let (streamed, mostHeld) = Self.streamed(
      Array((article + korean + filler).utf8), format: .plainText, options: AnalysisOptions(chromeModel: nil), seed: 3)
    #expect(streamed == near)
    #expect(mostHeld <= StreamingDocumentAnalyzer.footReach + 1)
  }

  @Test("a page without an English sentence has no foot")
  func noSentenceNoFoot() {
    var options = AnalysisOptions(chromeModel: nil)
    options.dominant = .en
    // The hand-ordered rules' foot. A title (the page's head ends there) but no sentence of
    // five English words.
    let text = "Seoul Brussels meeting\n\n대표단은 월요일 브뤼셀에서 관리들을 만났다.\n\n정상회의 의제를 논의했다.\n"
    let analysis = DocumentAnalyzer(options: options).analyze(bytes: Array(text.utf8), format: .plainText)
    #expect(analysis.lines.map(\.role) == [.content, .blank, .untranslated, .blank, .untranslated])
    // With a sentence before them, the same lines are the page's foot.
    let footed = "The delegation met officials in Brussels on Monday.\n\n" + text.split(separator: "\n", maxSplits: 1)[1]
    let withFoot = DocumentAnalyzer(options: options).analyze(bytes: Array(footed.utf8), format: .plainText)
    #expect(withFoot.lines.filter { $0.language == .ko }.allSatisfy { $0.role == .chrome })
  }

  @Test("the survey reads the whole document: dominant language and kept terms")
  func surveyDecides() {
    // A Korean README that names `kubectl` in its code: the word is kept, not untranslated.
    let text = "# 설치\n\n```sh\nkubectl apply -f app.yaml\n```\n\n이제 kubectl 명령으로 배포합니다.\n"
    var survey = DocumentSurvey(format: .markdown)
    survey.add(Array(text.utf8))
    let surveyed = survey.finish()
    #expect(surveyed.dominant == .ko)
    var analyzer = StreamingDocumentAnalyzer(survey: surveyed)
    let lines = analyzer.add(Array(text.utf8)) + analyzer.finish().lines
    #expect(lines.count == 7)
    #expect(lines[6].fragments.isEmpty)
    #expect(lines.map(\.role).filter { $0 == .untranslated }.isEmpty)
  }
}
