import Foundation
import KoEn
import KoEnEvaluation
import Testing

/// The chrome model measured the way it meets new documents: leave-one-source-out
/// cross-validation over the gold corpus (each site or project held out in turn, the model
/// trained on the others).
@Suite("Chrome model, cross-validated by source")
struct ChromeModelCrossValidationTests {
  static let environment = ProcessInfo.processInfo.environment

  @Test func crossValidatedFigures() throws {
    let docs = try AnalysisCorpus.all()
    let penalty = Self.environment["KOEN_CHROME_PENALTY"].flatMap(Double.init) ?? ChromeModelTraining.standardPenalty
    var models = ChromeModelTraining.foldModels(docs, penalty: penalty)
    if let threshold = Self.environment["KOEN_CHROME_THRESHOLD"].flatMap(Double.init) {
      for key in models.keys { models[key]?.threshold = threshold }
    }
    /// A document analysed with its fold's model, or with the hand-ordered rules.
    func analyzed(_ doc: GoldDocument, rules: Bool = false) -> DocumentAnalysis {
      AnalysisCorpus.analyze(doc, options: AnalysisOptions(chromeModel: rules ? nil : models[doc.group]))
    }
    let cv = AnalysisEvaluation.report(docs) { analyzed($0) }
    if Self.environment["KOEN_EVAL_REPORT"] != nil {
      print("Cross-validated, leaving out one source at a time (\(Set(docs.map(\.group)).count) sources):")
      print(cv.markdownTable())
      let rules = AnalysisEvaluation.report(docs) { analyzed($0, rules: true) }
      print("Hand-ordered rules (in-sample for the documents they were written on):")
      print(rules.markdownTable())
      // The batch neither the rules nor any choice of features was made on.
      let fresh = docs.filter { $0.split?.hasPrefix("round-6") == true }
      let freshCV = AnalysisEvaluation.report(fresh) { analyzed($0) }
      let freshRules = AnalysisEvaluation.report(fresh) { analyzed($0, rules: true) }
      print("Round 6 only, cross-validated model:")
      print(freshCV.markdownTable())
      print("Round 6 only, hand-ordered rules:")
      print(freshRules.markdownTable())
      if Self.environment["KOEN_EVAL_REPORT"] == "2" {
        // Documents kept unseen for a later reading are scored, never shown line by line.
        for doc in docs where !doc.isKeptUnseen {
          for m in AnalysisEvaluation.mismatches(analyzed(doc), against: doc) { print(m) }
        }
      }
    }
    if Self.environment["KOEN_EVAL_REPORT"] == "signals" {
      // How often each signal fires on the lines the model decides, and how often the gold
      // says chrome there: the precision of each signal alone.
      let rows = ChromeModelTraining.rows(docs)
      for (k, name) in ChromeModel.featureNames.enumerated() {
        let fired = rows.filter { $0.features[k] != 0 }
        let chrome = fired.filter(\.isChrome).count
        let groups = Set(fired.map(\.group)).count
        print("signal\t\(name)\t\(fired.count)\t\(chrome)\t\(groups)")
      }
    }
    if let path = Self.environment["KOEN_TRAIN_CHROME"] {
      let training = docs.filter { !$0.isKeptUnseen }
      let rows = ChromeModelTraining.rows(training)
      let model = ChromeModelTraining.train(rows)
      let source = ChromeModelTraining.swiftSource(
        model, provenance: "Trained on \(rows.count) lines of \(training.count) gold documents, L2 penalty \(ChromeModelTraining.standardPenalty).")
      try source.write(toFile: path, atomically: true, encoding: .utf8)
    }
    #expect(cv.overall.documents == docs.count)
    // The gate: the cross-validated figures, a point or so under today's, so that a change
    // that makes the analysis generalize worse fails here.
    AccuracyFloor.check(cv, against: Self.floors)
  }

  /// Cross-validated floors per kind.
  static let floors: [String: AccuracyFloor] = [
    // All 640 documents, the unseen rounds (7, 8 and 9) included: news chrome 81.7,
    // fragments 79.0 (held down by round 25's bilingual magazine page, read as Korean).
    "news-portal": AccuracyFloor(language: 0.99, chrome: 0.81, untranslated: nil, fragments: 0.77),
    // Korean docs, heavy with English left, hold chrome at 91.4, untranslated at 79.7 and
    // fragments at 83.8.
    "ko-doc": AccuracyFloor(language: 0.97, chrome: 0.90, untranslated: 0.78, fragments: 0.82),
    // Catalogue chrome is their head notices and translator credits: 96.5; untranslated
    // 94.0, fragments 95.2.
    "l10n": AccuracyFloor(language: 0.99, chrome: 0.95, untranslated: 0.93, fragments: 0.94),
  ]

  /// A first reading: the model trained on the corpus, the rules as they are, scored on a
  /// folder of documents neither has seen (`KOEN_FIRST_READING_DIR`).
  @Test func firstReading() throws {
    guard let folder = Self.environment["KOEN_FIRST_READING_DIR"] else { return }
    let model = ChromeModelTraining.train(ChromeModelTraining.rows(try AnalysisCorpus.all()))
    let fresh = try AnalysisCorpus.all(in: folder)
    for (title, chromeModel) in [("model trained on the corpus", Optional(model)), ("hand-ordered rules", nil)] {
      let scored = AnalysisEvaluation.report(fresh) { doc in
        var options = AnalysisOptions()
        options.chromeModel = chromeModel
        return AnalysisCorpus.analyze(doc, options: options)
      }
      print("First reading of \(fresh.count) documents, \(title):")
      print(scored.markdownTable())
    }
  }
}
