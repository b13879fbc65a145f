import Foundation
import KoEn
import TestSupport

/// Loads the gold documents of `Corpora/Documents` for the analysis tests.
enum AnalysisCorpus {
  /// The folder with the documents.
  /// `KOEN_EVAL_DIR` points the evaluation at another folder of gold documents.
  static var folder: String {
    ProcessInfo.processInfo.environment["KOEN_EVAL_DIR"] ?? RepositoryPaths.corpora + "/Documents"
  }

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

  /// Analyses a gold document the way the evaluation does: under its realistic path, the
  /// format inferred from that path and the text.
  static func analyze(_ doc: GoldDocument, options: AnalysisOptions = AnalysisOptions()) -> DocumentAnalysis {
    DocumentAnalyzer(options: options).analyze(doc.text, fileName: doc.path)
  }
}
