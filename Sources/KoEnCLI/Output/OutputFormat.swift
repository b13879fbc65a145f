import ArgumentParser

/// The output formats. Each command accepts the ones that make sense for it.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
  /// For people: aligned, coloured on a terminal.
  case text
  /// One JSON array of the records that `jsonl` writes one per line.
  case json
  /// JSON Lines: one object per record.
  case jsonl
  /// Tab-separated values with a header row; tabs, line breaks and backslashes in text
  /// are escaped as `\t`, `\n`, `\r`, `\\`.
  case tsv
  /// A self-contained HTML page (`segment`, `analyze`).
  case html
  /// SARIF 2.1.0 (`untranslated`).
  case sarif

  /// Whether records are JSON objects.
  var isJSON: Bool { self == .json || self == .jsonl || self == .sarif }
}

/// Escapes a TSV field.
func tsvField(_ text: some StringProtocol) -> String {
  var out = ""
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\t": out += "\\t"
    case "\n": out += "\\n"
    case "\r": out += "\\r"
    case "\\": out += "\\\\"
    default: out.unicodeScalars.append(scalar)
    }
  }
  return out
}
