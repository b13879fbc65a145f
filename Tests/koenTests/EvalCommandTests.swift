import Foundation
import KoEn
import KoEnEvaluation
import TestSupport
import Testing

/// `koen eval` reports what `KoEnEvaluation` computes, selects documents by split and kind,
/// and lists the disagreeing lines.
@Suite("koen eval")
struct EvalCommandTests {
  /// The gold documents of `Corpora/Documents`, read here without the command.
  static func documents() throws -> [GoldDocument] {
    let folder = RepositoryPaths.corpora + "/Documents"
    let names = try FileManager.default.contentsOfDirectory(atPath: folder)
      .filter { $0.hasSuffix(".gold.tsv") }.map { String($0.dropLast(".gold.tsv".count)) }.sorted()
    return try names.map { name in
      func read(_ suffix: String) throws -> String { try String(contentsOfFile: folder + "/" + name + suffix, encoding: .utf8) }
      return try GoldDocument(name: name, text: read(".txt"), gold: read(".gold.tsv"), meta: read(".meta.json"))
    }
  }

  @Test func markdownByGroupIsTheLibrarysReport() throws {
    let result = try Koen.run(["eval", "--by", "group", "--format", "markdown", "Corpora/Documents"])
    #expect(result.status == 0, "\(result.stderr)")
    let report = AnalysisEvaluation.report(try Self.documents(), by: .group) { $0.analyze() }
    #expect(report.rows.count >= 20)
    #expect(result.output == report.markdownTable())
  }

  @Test func selectionAndErrorsInJSON() throws {
    let result = try Koen.run(["eval", "--format", "json", "--split", "holdout", "--kind", "news-portal", "--errors", "Corpora/Documents"])
    #expect(result.status == 0, "\(result.stderr)")
    let json = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
    let selected = try Self.documents().filter { $0.split == "holdout" && $0.kind == "news-portal" }
    #expect(!selected.isEmpty)
    let report = AnalysisEvaluation.report(selected) { $0.analyze() }
    let overall = try #require(json["overall"] as? [String: Any])
    #expect(overall["documents"] as? Int == selected.count)
    #expect(overall["lines"] as? Int == report.overall.lines)
    let chrome = try #require(overall["chrome"] as? [String: Any])
    #expect(chrome["true_positives"] as? Int == report.overall.chrome.truePositives)
    #expect((json["rows"] as? [Any])?.count == 1)
    let errors = try #require(json["errors"] as? [[String: Any]])
    #expect(errors.count == report.mismatches.count)
    #expect(errors.first?["document"] as? String == report.mismatches.first?.document)
  }

  @Test func textWithErrorsAndAnEmptySelection() throws {
    let result = try Koen.run(["eval", "--errors", "--kind", "l10n", "Corpora/Documents"])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first?.hasPrefix("kind ") == true)
    #expect(lines.contains { $0.hasPrefix("overall ") })
    #expect(lines.contains { $0.hasPrefix("l10n-") && $0.contains("\tgold ") && $0.contains("\tgot ") })
    // Documents kept for a later first reading count in the figures, their lines stay hidden.
    let unseen = try Self.documents().filter(\.isKeptUnseen)
    if !unseen.isEmpty {
      let split = unseen[0].split!
      let hidden = try Koen.run(["eval", "--errors", "--split", split, "Corpora/Documents"])
      #expect(hidden.status == 0)
      #expect(!hidden.output.contains("\tgold "))
      #expect(hidden.output.contains("overall "))
      #expect(hidden.stderr.contains("kept unseen are not listed"))
    }
    // The shipped model is never trained on them: a selection of only such documents trains nothing.
    if let split = unseen.first?.split {
      let path = FileManager.default.temporaryDirectory.appendingPathComponent("koen-train-\(UUID().uuidString).swift").path
      let training = try Koen.run(["eval", "--split", split, "--train-chrome", path, "Corpora/Documents"])
      #expect(training.status == 65)
      #expect(training.stderr.contains("kept unseen"))
      #expect(!FileManager.default.fileExists(atPath: path))
    }
    let none = try Koen.run(["eval", "--split", "no-such-split", "Corpora/Documents"])
    #expect(none.status == 65)
    #expect(none.stderr.contains("no gold documents selected"))
    let missing = try Koen.run(["eval", "Corpora/NoSuchFolder"])
    #expect(missing.status == 66)
  }
}
