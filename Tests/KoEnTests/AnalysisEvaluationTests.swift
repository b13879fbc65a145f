import KoEn
import KoEnEvaluation
import Testing

/// Scores the shipped analysis on every gold document in `Corpora/Documents` and gates the
/// figures on floors per kind, a point or so under today's. These are in-sample figures: the
/// compiled-in chrome model was trained on these documents, and the rules were written
/// looking at most of them. The figures that matter are the cross-validated ones
/// (`ChromeModelCrossValidationTests`) and the first readings of new batches.
///
/// `koen eval Corpora/Documents` prints the figures (`--errors` every line where analysis
/// and gold disagree, `--by group` per site or repository, `--corpus` in corpus mode).
@Suite("Analysis evaluation on the gold corpus")
struct AnalysisEvaluationTests {

  static let floors: [String: AccuracyFloor] = [
    // All 640 documents, the unseen rounds included (news chrome 84.8 in-sample: the model
    // was trained without the unseen rounds; fragments 79.0, held down by round 25's
    // bilingual magazine page, read as Korean, whose Korean half is all fragments in gold).
    "news-portal": AccuracyFloor(language: 0.99, chrome: 0.84, untranslated: nil, fragments: 0.77),
    // Korean docs, heavy with English left, hold chrome at 91.4, untranslated at 79.7 and
    // fragments at 83.8 with the unseen round 9.
    "ko-doc": AccuracyFloor(language: 0.97, chrome: 0.90, untranslated: 0.78, fragments: 0.82),
    // Catalogue chrome is their head notices (licences, generators' stamps, platforms'
    // warnings) and translator credits: catalogues hold it at 96.5, untranslated at 94.0 and
    // fragments at 95.2.
    "l10n": AccuracyFloor(language: 0.99, chrome: 0.95, untranslated: 0.93, fragments: 0.94),
  ]

  @Test func figuresPerKindAboveFloors() throws {
    let docs = try AnalysisCorpus.all()
    #expect(docs.count >= 12)
    let report = AnalysisEvaluation.report(docs, by: .kind) { AnalysisCorpus.analyze($0) }
    // Four documents are read in the other language: a catalogue of round 9, kept unseen,
    // two documents of round 23 (a bilingual notice and a four-line stub) and round 25's
    // bilingual magazine page.
    #expect(report.overall.dominantCorrect >= report.overall.documents - 4)
    AccuracyFloor.check(report, against: Self.floors)
  }

  @Test func everyDocumentIsPartitionedAndFragmentsPointIntoIt() throws {
    for doc in try AnalysisCorpus.all() {
      let analysis = AnalysisCorpus.analyze(doc)
      let bytes = Array(doc.text.utf8)
      #expect(analysis.lines.count == doc.lines.count, "\(doc.name)")
      var expectedStart = 0
      for line in analysis.lines {
        #expect(line.range.lowerBound == expectedStart, "\(doc.name):\(line.number)")
        expectedStart = line.range.upperBound + 1
        #expect(line.role == .blank ? line.language == .none : true)
        let lineText = String(decoding: bytes[line.range], as: UTF8.self)
        for f in line.fragments {
          #expect(line.range.contains(f.range.lowerBound) && f.range.upperBound <= line.range.upperBound)
          #expect(String(decoding: bytes[f.range], as: UTF8.self) == f.text, "\(doc.name):\(line.number)")
          let before = String(decoding: bytes[line.range.lowerBound..<f.range.lowerBound], as: UTF8.self)
          #expect(f.column == before.unicodeScalars.count + 1)
          #expect(f.line == line.number)
          #expect(f.language == analysis.dominant.otherForTests)
          #expect(lineText.contains(f.text))
        }
      }
    }
  }
}

extension Language {
  fileprivate var otherForTests: Language { self == .ko ? .en : .ko }
}

@Suite("Gold documents and the evaluation report")
struct GoldDocumentTests {
  static let gold = "line\tlang\trole\tfragments\n1\ten\tcontent\t\n2\tko\tcontent\t\n"
  static let text = "\"save\": \"Save\"\n\"open\": \"열기\"\n"

  @Test func metaGivesPathGroupAndSplit() throws {
    let meta = #"{"kind": "l10n", "dominant": "ko", "path": "lang/main-ko.json", "group": "jitsi/jitsi-meet", "split": "holdout-4"}"#
    let doc = try GoldDocument(name: "l10n-99", text: Self.text, gold: Self.gold, meta: meta)
    #expect(doc.path == "lang/main-ko.json")
    #expect(doc.group == "jitsi/jitsi-meet")
    #expect(doc.split == "holdout-4")
    // Analysed under its path, whose locale is part of what the analysis reads.
    #expect(doc.analyze() == DocumentAnalyzer().analyze(Self.text, fileName: "lang/main-ko.json"))
    #expect(doc.analyze() != DocumentAnalyzer().analyze(Self.text, fileName: "lang/main-en.json"))
  }

  @Test func withoutPathOrGroupTheNameStandsIn() throws {
    let bare = try GoldDocument(name: "d", text: Self.text, gold: Self.gold, meta: #"{"kind": "k"}"#)
    #expect(bare.group == "d" && bare.split == nil && bare.path == "d.txt")
  }

  @Test func reportRowsAndMismatchesFollowTheAnalysis() throws {
    let a = try GoldDocument(name: "a", text: Self.text, gold: Self.gold, meta: #"{"kind": "l10n", "group": "g1"}"#)
    let b = try GoldDocument(name: "b", text: Self.text, gold: Self.gold, meta: #"{"kind": "l10n", "group": "g2"}"#)
    // An analysis that calls every line chrome: two role mismatches per document.
    let allChrome = { (doc: GoldDocument) -> DocumentAnalysis in
      var analysis = DocumentAnalyzer().analyze(doc.text, fileName: doc.path)
      for k in analysis.lines.indices { analysis.lines[k].role = .chrome }
      return analysis
    }
    let byGroup = AnalysisEvaluation.report([a, b], by: .group, analyze: allChrome)
    #expect(byGroup.rows.map(\.name) == ["g1", "g2"])
    #expect(byGroup.overall.documents == 2 && byGroup.overall.lines == 4)
    #expect(byGroup.overall.chrome.falsePositives == 4 && byGroup.overall.roleCorrect == 0)
    #expect(byGroup.mismatches.map { "\($0.document):\($0.line)" } == ["a:1", "a:2", "b:1", "b:2"])
    #expect(byGroup.mismatches.allSatisfy { $0.predicted.role == .chrome && $0.gold.role == .content })
    let byKind = AnalysisEvaluation.report([a, b], by: .kind) { $0.analyze() }
    #expect(byKind.rows.map(\.name) == ["l10n"])
    #expect(byKind.markdownTable().hasPrefix("| kind | docs | lines |"))
    #expect(byKind.textTable().split(separator: "\n").count == 3)  // header, l10n, overall
  }

  /// A catalogue entry whose key spells its untranslated value holds the gold fragment in
  /// the value, where the analysis reports it; elsewhere a fragment is its first occurrence.
  @Test func aCatalogueFragmentIsPlacedInTheValue() throws {
    let text = "\"Rate %@\" = \"%@ 평가하기\";\n\"%@ Feedback\" = \"%@ Feedback\";\n"
    let gold = "line\tlang\trole\tfragments\n1\tko\tcontent\t\n2\ten\tuntranslated\tFeedback\n"
    let catalogue = try GoldDocument(
      name: "c", text: text, gold: gold, meta: #"{"kind": "l10n", "dominant": "ko", "path": "ko.lproj/Localizable.strings"}"#)
    let analysis = catalogue.analyze()
    #expect(analysis.lines[1].fragments.map(\.column) == [21])
    let counts = AnalysisEvaluation.score(analysis, against: catalogue)
    #expect(counts.fragmentCharacters.truePositives == 8)
    #expect(counts.fragmentCharacters.falsePositives == 0 && counts.fragmentCharacters.falseNegatives == 0)
    // Read as a document of another kind, the same label is the key's words.
    let doc = try GoldDocument(
      name: "d", text: text, gold: gold, meta: #"{"kind": "ko-doc", "dominant": "ko", "path": "ko.lproj/Localizable.strings"}"#)
    #expect(AnalysisEvaluation.score(analysis, against: doc).fragmentCharacters.truePositives == 0)
  }
}
