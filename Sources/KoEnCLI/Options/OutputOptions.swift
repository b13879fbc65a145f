import ArgumentParser

/// How a command writes its output.
struct OutputOptions: ParsableArguments {
  @Option(name: .shortAndLong, help: "Output format: text, json, jsonl or tsv (html, sarif where noted).")
  var format: OutputFormat = .text

  @Option(help: "Unit of start/end offsets in json, jsonl and tsv: utf8 bytes, utf16 units or scalars.")
  var offsets: OffsetUnit = .utf8

  @Option(help: "Colour text output: auto (on a terminal, unless NO_COLOR is set), always or never.")
  var color: ColorChoice = .auto

  /// The palette for text output.
  var palette: Palette { Palette(enabled: format == .text && color.enabled) }

  /// Fails unless the format is one of `allowed`.
  func require(_ allowed: [OutputFormat]) throws {
    guard allowed.contains(format) else {
      throw ValidationError(
        "--format \(format.rawValue) is not available here; use one of: \(allowed.map(\.rawValue).joined(separator: ", ")).")
    }
  }

  /// The framing of records for the chosen format.
  var framing: Framing {
    switch format {
    case .json: .array
    default: .lines
    }
  }
}
