/// Scores document analysis against gold documents: line-language accuracy, precision,
/// recall and F1 of `chrome` and of `untranslated` lines, and character-level F1 of
/// fragments, per document, per kind and overall.
///
/// Thread-safety: stateless; `Sendable`.
public enum AnalysisEvaluation {
  /// One line where analysis and gold disagree.
  public struct Mismatch: Sendable, Hashable, CustomStringConvertible {
    /// The document.
    public var document: String
    /// 1-based line.
    public var line: Int
    /// Gold language, role and fragments.
    public var gold: String
    /// Predicted language, role and fragments.
    public var predicted: String
    /// "`document`:`line` gold … got …".
    public var description: String { "\(document):\(line)\tgold \(gold)\tgot \(predicted)" }
  }

  /// Scores one analysis against its gold document.
  ///
  /// Fragment characters are Unicode scalar positions in each line: gold fragments are
  /// located as successive exact substrings of the line, predicted ones by their column.
  ///
  /// - Complexity: O(n) in the size of the document (times the fragment length for the
  ///   substring search).
  public static func score(_ analysis: DocumentAnalysis, against gold: GoldDocument) -> EvaluationCounts {
    var c = EvaluationCounts()
    c.documents = 1
    if analysis.dominant == gold.dominant { c.dominantCorrect = 1 }
    let textLines = lineScalars(gold.text)
    for (index, g) in gold.lines.enumerated() {
      c.lines += 1
      guard index < analysis.lines.count else { continue }
      let p = analysis.lines[index]
      if p.language == g.language { c.languageCorrect += 1 }
      if p.role == g.role { c.roleCorrect += 1 }
      c.chrome.add(predicted: p.role == .chrome, gold: g.role == .chrome)
      c.untranslated.add(predicted: p.role == .untranslated, gold: g.role == .untranslated)
      let line = index < textLines.count ? textLines[index] : []
      let goldSet = goldPositions(g.fragments, in: line)
      var predictedSet = Set<Int>()
      for f in p.fragments {
        let start = f.column - 1
        for k in start..<(start + f.text.unicodeScalars.count) { predictedSet.insert(k) }
      }
      c.fragmentCharacters.truePositives += predictedSet.intersection(goldSet).count
      c.fragmentCharacters.falsePositives += predictedSet.subtracting(goldSet).count
      c.fragmentCharacters.falseNegatives += goldSet.subtracting(predictedSet).count
    }
    return c
  }

  /// The lines where analysis and gold disagree on language, role or fragments.
  public static func mismatches(_ analysis: DocumentAnalysis, against gold: GoldDocument) -> [Mismatch] {
    var out: [Mismatch] = []
    for (index, g) in gold.lines.enumerated() where index < analysis.lines.count {
      let p = analysis.lines[index]
      let pf = p.fragments.map(\.text)
      if p.language != g.language || p.role != g.role || pf != g.fragments {
        out.append(
          Mismatch(
            document: gold.name, line: g.number,
            gold: "\(g.language.rawValue) \(g.role.rawValue) \(g.fragments.joined(separator: ";"))",
            predicted: "\(p.language.rawValue) \(p.role.rawValue) \(pf.joined(separator: ";"))"))
      }
    }
    return out
  }

  /// Scores documents and pools the counts per kind and overall.
  ///
  /// - Parameters:
  ///   - documents: The gold documents.
  ///   - analyze: How to analyse one (for example `DocumentAnalyzer().analyze($0.text)`).
  /// - Returns: Counts per kind (sorted by kind) and the overall counts.
  public static func evaluate(
    _ documents: [GoldDocument], analyze: (GoldDocument) -> DocumentAnalysis
  ) -> (perKind: [(kind: String, counts: EvaluationCounts)], overall: EvaluationCounts) {
    var byKind: [String: EvaluationCounts] = [:]
    var overall = EvaluationCounts()
    for doc in documents {
      let counts = score(analyze(doc), against: doc)
      byKind[doc.kind, default: EvaluationCounts()] = byKind[doc.kind, default: EvaluationCounts()] + counts
      overall = overall + counts
    }
    return (byKind.keys.sorted().map { ($0, byKind[$0]!) }, overall)
  }

  /// Scores documents analysed together (for corpus mode: `analyzeAll` gets every document
  /// of one kind at once and returns their analyses in order) and pools the counts.
  ///
  /// - Returns: Counts per kind (sorted by kind) and the overall counts.
  public static func evaluate(
    _ documents: [GoldDocument], analyzeAll: ([GoldDocument]) -> [DocumentAnalysis]
  ) -> (perKind: [(kind: String, counts: EvaluationCounts)], overall: EvaluationCounts) {
    var groups: [String: [GoldDocument]] = [:]
    for doc in documents { groups[doc.kind, default: []].append(doc) }
    var perKind: [(kind: String, counts: EvaluationCounts)] = []
    var overall = EvaluationCounts()
    for kind in groups.keys.sorted() {
      let docs = groups[kind]!
      var counts = EvaluationCounts()
      for (doc, analysis) in zip(docs, analyzeAll(docs)) { counts = counts + score(analysis, against: doc) }
      perKind.append((kind, counts))
      overall = overall + counts
    }
    return (perKind, overall)
  }

  /// A Markdown table of pooled counts: one row per kind and one overall.
  public static func table(perKind: [(kind: String, counts: EvaluationCounts)], overall: EvaluationCounts) -> String {
    var out = "| kind | docs | lines | lang acc | role acc | chrome P/R/F1 | untranslated P/R/F1 | fragment chars P/R/F1 |\n"
    out += "|---|---|---|---|---|---|---|---|\n"
    func row(_ name: String, _ c: EvaluationCounts) -> String {
      func prf(_ b: BinaryCounts) -> String {
        if b.truePositives + b.falsePositives + b.falseNegatives == 0 { return "n/a" }  // nothing to find, nothing found
        return "\(pct(b.precision)) / \(pct(b.recall)) / \(pct(b.f1))"
      }
      return "| \(name) | \(c.documents) | \(c.lines) | \(pct(c.languageAccuracy)) | \(pct(c.roleAccuracy)) | "
        + "\(prf(c.chrome)) | \(prf(c.untranslated)) | \(prf(c.fragmentCharacters)) |\n"
    }
    for (kind, counts) in perKind { out += row(kind, counts) }
    out += row("overall", overall)
    return out
  }

  /// A share as a percentage with one decimal, without Foundation.
  static func pct(_ x: Double) -> String {
    let tenths = Int((x * 1000).rounded())
    return "\(tenths / 10).\(tenths % 10)"
  }

  static func lineScalars(_ text: String) -> [[Unicode.Scalar]] {
    var lines: [[Unicode.Scalar]] = [[]]
    for s in text.unicodeScalars {
      if s == "\n" { lines.append([]) } else { lines[lines.count - 1].append(s) }
    }
    if text.hasSuffix("\n") { lines.removeLast() }
    return lines.map { $0.last == "\r" ? Array($0.dropLast()) : $0 }
  }

  static func goldPositions(_ fragments: [String], in line: [Unicode.Scalar]) -> Set<Int> {
    var set = Set<Int>()
    var from = 0
    for f in fragments {
      let needle = Array(f.unicodeScalars)
      guard !needle.isEmpty, needle.count <= line.count else { continue }
      var found: Int? = nil
      var i = from
      while i + needle.count <= line.count {
        if Array(line[i..<(i + needle.count)]) == needle {
          found = i
          break
        }
        i += 1
      }
      if found == nil {
        i = 0
        while i + needle.count <= line.count {
          if Array(line[i..<(i + needle.count)]) == needle {
            found = i
            break
          }
          i += 1
        }
      }
      guard let start = found else { continue }
      for k in start..<(start + needle.count) { set.insert(k) }
      from = start + needle.count
    }
    return set
  }
}
