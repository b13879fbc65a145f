/// True positives, false positives and false negatives of one binary decision, with
/// precision, recall and F1.
///
/// Thread-safety: a value type; `Sendable`.
public struct BinaryCounts: Hashable, Sendable, Codable {
  /// Predicted and gold.
  public var truePositives = 0
  /// Predicted, not gold.
  public var falsePositives = 0
  /// Gold, not predicted.
  public var falseNegatives = 0

  /// Creates zero counts.
  public init() {}

  /// TP / (TP + FP); 1 when nothing was predicted.
  public var precision: Double {
    truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
  }
  /// TP / (TP + FN); 1 when there was nothing to find.
  public var recall: Double {
    truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
  }
  /// The harmonic mean of precision and recall.
  public var f1: Double {
    let p = precision
    let r = recall
    return p + r == 0 ? 0 : 2 * p * r / (p + r)
  }

  /// Adds one decision.
  mutating func add(predicted: Bool, gold: Bool) {
    if predicted && gold { truePositives += 1 } else if predicted { falsePositives += 1 } else if gold { falseNegatives += 1 }
  }

  /// The sum of two counts.
  public static func + (a: BinaryCounts, b: BinaryCounts) -> BinaryCounts {
    var c = BinaryCounts()
    c.truePositives = a.truePositives + b.truePositives
    c.falsePositives = a.falsePositives + b.falsePositives
    c.falseNegatives = a.falseNegatives + b.falseNegatives
    return c
  }
}

/// The scores of analysis against gold labels for one document or a pool of documents
/// (counts add up, so pooled figures are micro-averages over lines and characters).
///
/// Thread-safety: a value type; `Sendable`.
public struct EvaluationCounts: Hashable, Sendable, Codable {
  /// Documents pooled.
  public var documents = 0
  /// Lines scored.
  public var lines = 0
  /// Lines whose language matches the gold.
  public var languageCorrect = 0
  /// Lines whose role matches the gold.
  public var roleCorrect = 0
  /// Documents whose detected dominant language matches the gold.
  public var dominantCorrect = 0
  /// Lines with role `chrome`.
  public var chrome = BinaryCounts()
  /// Lines with role `untranslated`.
  public var untranslated = BinaryCounts()
  /// Characters (Unicode scalars) inside fragments.
  public var fragmentCharacters = BinaryCounts()

  /// Creates zero counts.
  public init() {}

  /// Share of lines whose language is right.
  public var languageAccuracy: Double { lines == 0 ? 1 : Double(languageCorrect) / Double(lines) }
  /// Share of lines whose role is right.
  public var roleAccuracy: Double { lines == 0 ? 1 : Double(roleCorrect) / Double(lines) }

  /// The sum of two counts.
  public static func + (a: EvaluationCounts, b: EvaluationCounts) -> EvaluationCounts {
    var c = EvaluationCounts()
    c.documents = a.documents + b.documents
    c.lines = a.lines + b.lines
    c.languageCorrect = a.languageCorrect + b.languageCorrect
    c.roleCorrect = a.roleCorrect + b.roleCorrect
    c.dominantCorrect = a.dominantCorrect + b.dominantCorrect
    c.chrome = a.chrome + b.chrome
    c.untranslated = a.untranslated + b.untranslated
    c.fragmentCharacters = a.fragmentCharacters + b.fragmentCharacters
    return c
  }
}
