import KoEn

/// The scores of an evaluation: one row per kind or group, the overall figures, and every
/// line where analysis and gold disagree; with its tables for people.
///
/// Thread-safety: a value type; `Sendable`.
public struct EvaluationReport: Sendable, Hashable {
  /// What a report's rows are.
  public enum Grouping: String, Sendable, Hashable, CaseIterable {
    /// One row per kind of document (`news-portal`, `ko-doc`, `l10n`).
    case kind
    /// One row per group: the site or repository the documents come from.
    case group

    /// The row a document belongs to.
    public func key(of document: GoldDocument) -> String {
      switch self {
      case .kind: document.kind
      case .group: document.group
      }
    }
  }

  /// One row: a kind or group and its pooled counts.
  public struct Row: Sendable, Hashable {
    /// The kind or group.
    public var name: String
    /// The counts pooled over its documents.
    public var counts: EvaluationCounts
  }

  /// What the rows are.
  public var grouping: Grouping
  /// The rows, sorted by name.
  public var rows: [Row]
  /// The counts pooled over every document.
  public var overall: EvaluationCounts
  /// Every line where analysis and gold disagree, by document and line.
  public var mismatches: [AnalysisEvaluation.Mismatch]

  /// A Markdown table: one row per kind or group and one overall, shares in percent.
  public func markdownTable() -> String {
    var out = "| \(grouping.rawValue) | docs | lines | lang acc | role acc | chrome P/R/F1 | untranslated P/R/F1 | fragment chars P/R/F1 |\n"
    out += "|---|---|---|---|---|---|---|---|\n"
    for row in cells() { out += "| " + row.joined(separator: " | ") + " |\n" }
    return out
  }

  /// A plain table with aligned columns, for a terminal.
  public func textTable() -> String {
    let header = [grouping.rawValue, "docs", "lines", "lang acc", "role acc", "chrome P/R/F1", "untranslated P/R/F1", "fragment chars P/R/F1"]
    let rows = [header] + cells()
    var widths = Array(repeating: 0, count: header.count)
    for row in rows { for (k, cell) in row.enumerated() { widths[k] = max(widths[k], cell.count) } }
    var out = ""
    for row in rows {
      var line = ""
      for (k, cell) in row.enumerated() {
        let pad = String(repeating: " ", count: widths[k] - cell.count)
        // Names left-aligned, figures right-aligned.
        line += k == 0 ? cell + pad : "  " + pad + cell
      }
      out += line + "\n"
    }
    return out
  }

  /// The table's cells: a row per kind or group, then overall.
  private func cells() -> [[String]] {
    func prf(_ b: BinaryCounts) -> String {
      if b.truePositives + b.falsePositives + b.falseNegatives == 0 { return "n/a" }  // nothing to find, nothing found
      return "\(Self.percent(b.precision)) / \(Self.percent(b.recall)) / \(Self.percent(b.f1))"
    }
    func row(_ name: String, _ c: EvaluationCounts) -> [String] {
      [
        name, String(c.documents), String(c.lines), Self.percent(c.languageAccuracy), Self.percent(c.roleAccuracy),
        prf(c.chrome), prf(c.untranslated), prf(c.fragmentCharacters),
      ]
    }
    return rows.map { row($0.name, $0.counts) } + [row("overall", overall)]
  }

  /// A share as a percentage with one decimal, without Foundation.
  public static func percent(_ x: Double) -> String {
    let tenths = Int((x * 1000).rounded())
    return "\(tenths / 10).\(tenths % 10)"
  }
}
