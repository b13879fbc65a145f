import Foundation
import KoEn
import KoEnEvaluation
import TestSupport

/// Loads the gold documents of `Corpora/Documents` for the analysis tests.
enum AnalysisCorpus {
  /// The folder with the documents.
  static var folder: String { RepositoryPaths.corpora + "/Documents" }

  /// Every gold document, sorted by name.
  static func all(in folder: String = folder) throws -> [GoldDocument] {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder)
      .filter { $0.hasSuffix(".gold.tsv") }
      .map { String($0.dropLast(".gold.tsv".count)) }
      .sorted()
    return try names.map { try load($0, in: folder) }
  }

  /// One gold document by name.
  static func load(_ name: String, in folder: String = folder) throws -> GoldDocument {
    func read(_ suffix: String) throws -> String {
      try String(contentsOfFile: folder + "/" + name + suffix, encoding: .utf8)
    }
    return try GoldDocument(name: name, text: read(".txt"), gold: read(".gold.tsv"), meta: read(".meta.json"))
  }

  /// Analyses a gold document the way the evaluation does: under its realistic path (the
  /// meta's `path`, or `NAME.txt`), format inferred from it and the text.
  static func analyze(_ doc: GoldDocument, options: AnalysisOptions = AnalysisOptions()) -> DocumentAnalysis {
    doc.analyze(options: options)
  }
}
