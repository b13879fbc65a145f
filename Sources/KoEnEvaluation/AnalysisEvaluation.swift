import KoEn

/// Scores document analysis against gold documents: line-language accuracy, precision,
/// recall and F1 of `chrome` and of `untranslated` lines, and character-level F1 of
/// fragments, per document, per kind or group, and overall.
///
/// How each document is analysed is a parameter (a closure), so the same scoring serves
/// the shipped rules, other options, or a model trained without the document's group
/// (cross-validation).
///
/// Thread-safety: stateless; `Sendable`.
public enum AnalysisEvaluation {
  /// One line where analysis and gold disagree.
  public struct Mismatch: Sendable, Hashable, CustomStringConvertible {
    /// A line's language, role and fragments.
    public struct Label: Sendable, Hashable, CustomStringConvertible {
      /// The line's language.
      public var language: LineLanguage
      /// The line's role.
      public var role: LineRole
      /// The fragments' texts, in order.
      public var fragments: [String]
      /// "`lang` `role` `fragment;fragment`".
      public var description: String { "\(language.rawValue) \(role.rawValue) \(fragments.joined(separator: ";"))" }
    }

    /// The document.
    public var document: String
    /// 1-based line.
    public var line: Int
    /// Gold language, role and fragments.
    public var gold: Label
    /// Predicted language, role and fragments.
    public var predicted: Label
    /// "`document`:`line` gold … got …".
    public var description: String { "\(document):\(line)\tgold \(gold)\tgot \(predicted)" }
  }

  /// Scores one analysis against its gold document.
  ///
  /// Fragment characters are Unicode scalar positions in each line: gold fragments are
  /// located as successive exact substrings of the line (in a catalogue from its end, where
  /// the value is: `"Feedback" = "Feedback";` holds its fragment in the value, not in the
  /// key that spells the same words), predicted ones by their column.
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
      let goldSet = goldPositions(g.fragments, in: line, fromTheEnd: gold.kind == "l10n")
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
            gold: Mismatch.Label(language: g.language, role: g.role, fragments: g.fragments),
            predicted: Mismatch.Label(language: p.language, role: p.role, fragments: pf)))
      }
    }
    return out
  }

  /// Scores documents, each analysed by `analyze`, and pools the counts per kind or group
  /// and overall.
  ///
  /// - Parameters:
  ///   - documents: The gold documents.
  ///   - grouping: What the rows are: kinds or groups (sources).
  ///   - analyze: How to analyse one document (for example `{ $0.analyze() }`, or a model
  ///     trained without the document's group).
  /// - Returns: The report, with every line where analysis and gold disagree.
  /// - Complexity: O(n) in the size of the documents, plus the analyses.
  public static func report(
    _ documents: [GoldDocument], by grouping: EvaluationReport.Grouping = .kind,
    analyze: (GoldDocument) -> DocumentAnalysis
  ) -> EvaluationReport {
    var scored: [(GoldDocument, DocumentAnalysis)] = []
    for doc in documents { scored.append((doc, analyze(doc))) }
    return report(scored, by: grouping)
  }

  /// Scores documents analysed together, one row's documents at a time (for corpus mode:
  /// `analyzeTogether` gets every document of a kind or group at once and returns their
  /// analyses in order), and pools the counts.
  ///
  /// - Returns: The report, with every line where analysis and gold disagree.
  public static func report(
    _ documents: [GoldDocument], by grouping: EvaluationReport.Grouping = .kind,
    analyzeTogether: ([GoldDocument]) -> [DocumentAnalysis]
  ) -> EvaluationReport {
    var rows: [String: [GoldDocument]] = [:]
    for doc in documents { rows[grouping.key(of: doc), default: []].append(doc) }
    var scored: [(GoldDocument, DocumentAnalysis)] = []
    for key in rows.keys.sorted() {
      let docs = rows[key]!
      scored += zip(docs, analyzeTogether(docs))
    }
    return report(scored, by: grouping)
  }

  /// Pools scored documents into rows.
  static func report(_ scored: [(GoldDocument, DocumentAnalysis)], by grouping: EvaluationReport.Grouping) -> EvaluationReport {
    var rows: [String: EvaluationCounts] = [:]
    var overall = EvaluationCounts()
    var mismatches: [Mismatch] = []
    for (doc, analysis) in scored {
      let counts = score(analysis, against: doc)
      rows[grouping.key(of: doc), default: EvaluationCounts()] = rows[grouping.key(of: doc), default: EvaluationCounts()] + counts
      overall = overall + counts
      mismatches += self.mismatches(analysis, against: doc)
    }
    return EvaluationReport(
      grouping: grouping, rows: rows.keys.sorted().map { EvaluationReport.Row(name: $0, counts: rows[$0]!) }, overall: overall,
      mismatches: mismatches)
  }

  static func lineScalars(_ text: String) -> [[Unicode.Scalar]] {
    var lines: [[Unicode.Scalar]] = [[]]
    for s in text.unicodeScalars {
      if s == "\n" { lines.append([]) } else { lines[lines.count - 1].append(s) }
    }
    if text.hasSuffix("\n") { lines.removeLast() }
    return lines.map { $0.last == "\r" ? Array($0.dropLast()) : $0 }
  }

  /// The positions of a line's gold fragments: each the first occurrence of its text after
  /// the previous fragment (or, `fromTheEnd`, the last occurrence before the next one, the
  /// fragments taken in reverse), else its first (last) occurrence anywhere in the line.
  static func goldPositions(_ fragments: [String], in line: [Unicode.Scalar], fromTheEnd: Bool = false) -> Set<Int> {
    func occurs(_ needle: [Unicode.Scalar], at i: Int) -> Bool {
      i >= 0 && i + needle.count <= line.count && line[i..<(i + needle.count)].elementsEqual(needle)
    }
    var set = Set<Int>()
    var bound = fromTheEnd ? line.count : 0
    for f in fromTheEnd ? fragments.reversed() : fragments {
      let needle = Array(f.unicodeScalars)
      guard !needle.isEmpty, needle.count <= line.count else { continue }
      let last = line.count - needle.count
      let found: Int?
      if fromTheEnd {
        found = stride(from: bound - needle.count, through: 0, by: -1).first { occurs(needle, at: $0) }
          ?? stride(from: last, through: 0, by: -1).first { occurs(needle, at: $0) }
      } else {
        found = (bound...max(bound, last)).first { occurs(needle, at: $0) } ?? (0...last).first { occurs(needle, at: $0) }
      }
      guard let start = found else { continue }
      for k in start..<(start + needle.count) { set.insert(k) }
      bound = fromTheEnd ? start : start + needle.count
    }
    return set
  }
}
