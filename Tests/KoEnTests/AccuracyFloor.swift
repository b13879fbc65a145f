import KoEnEvaluation
import Testing

/// The lowest figures per kind of document an accuracy gate accepts.
struct AccuracyFloor: Sendable {
  var language: Double
  var chrome: Double?
  var untranslated: Double?
  var fragments: Double

  /// Checks every row of `report` against its kind's floor, and that the report has exactly
  /// the kinds `floors` names.
  static func check(_ report: EvaluationReport, against floors: [String: AccuracyFloor], sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(Set(report.rows.map(\.name)) == Set(floors.keys), sourceLocation: sourceLocation)
    for row in report.rows {
      guard let floor = floors[row.name] else { continue }
      let counts = row.counts
      #expect(counts.languageAccuracy >= floor.language, "\(row.name) line language", sourceLocation: sourceLocation)
      if let f = floor.chrome { #expect(counts.chrome.f1 >= f, "\(row.name) chrome F1", sourceLocation: sourceLocation) }
      if let f = floor.untranslated {
        #expect(counts.untranslated.f1 >= f, "\(row.name) untranslated F1", sourceLocation: sourceLocation)
      }
      #expect(counts.fragmentCharacters.f1 >= floor.fragments, "\(row.name) fragment F1", sourceLocation: sourceLocation)
    }
  }
}
