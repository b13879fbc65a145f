/// The JSON records of document analysis, as `koen analyze --format jsonl` writes them and
/// the C library returns them. Field names and order are stable; changing one is a breaking
/// change.
///
/// Each builder takes `offset`, which turns a UTF-8 byte offset of the input into the
/// offset the record reports (the identity for UTF-8 offsets; the command maps to UTF-16 or
/// scalars). It is called with increasing offsets, in the order the fields are written.
extension Fragment {
  /// `{"start":B,"end":B,"line":N,"column":C,"text":…,"lang":"ko"}`.
  public func jsonRecord(offset: (Int) -> Int) -> JSONValue {
    .object([
      ("start", .int(offset(range.lowerBound))), ("end", .int(offset(range.upperBound))),
      ("line", .int(line)), ("column", .int(column)), ("text", .string(text)), ("lang", .string(language.rawValue)),
    ])
  }
}

extension AnalyzedLine {
  /// `{"type":"line","file":…,"line":N,"start":B,"end":B,"lang":…,"role":…,"fragments":[…]}`;
  /// without `file` when it is nil (record mode).
  public func jsonRecord(file: String?, offset: (Int) -> Int) -> JSONValue {
    var fields: [(String, JSONValue)] = [("type", .string("line"))]
    if let file { fields.append(("file", .string(file))) }
    fields += [
      ("line", .int(number)), ("start", .int(offset(range.lowerBound))),
      ("end", .int(offset(range.upperBound))), ("lang", .string(language.rawValue)), ("role", .string(role.rawValue)),
    ]
    var records: [JSONValue] = []
    records.reserveCapacity(fragments.count)
    for f in fragments { records.append(f.jsonRecord(offset: offset)) }
    fields.append(("fragments", .array(records)))
    return .object(fields)
  }
}

extension CatalogFinding {
  /// `{"type":"finding","file":…,"kind":…,"entry_line":N,"line":N,"source":…,
  /// "translation":…,"fragments":[…]}`.
  public func jsonRecord(file: String, offset: (Int) -> Int) -> JSONValue {
    var records: [JSONValue] = []
    for f in fragments { records.append(f.jsonRecord(offset: offset)) }
    return .object([
      ("type", .string("finding")), ("file", .string(file)), ("kind", .string(kind.rawValue)),
      ("entry_line", .int(entryLine)), ("line", .int(translationLine)),
      ("source", .string(source)), ("translation", .string(translation)), ("fragments", .array(records)),
    ])
  }
}

extension DocumentAnalysis {
  /// The fields of the `document` record after `type` and `file`: the `format` the document
  /// was read as (the command's `--as` name, when known), `dominant`, `lines`, a count per
  /// role, `fragments`, and `findings` when a catalogue has any.
  public static func jsonSummaryFields(
    dominant: Language, lines: Int, counts: RoleCounts, fragments: Int, findings: Int, format: DocumentFormat? = nil
  ) -> [(String, JSONValue)] {
    var fields: [(String, JSONValue)] = []
    if let format { fields.append(("format", .string(format.rawValue))) }
    fields += [("dominant", .string(dominant.rawValue)), ("lines", .int(lines))]
    for role in LineRole.allCases { fields.append((role.rawValue, .int(counts[role]))) }
    fields.append(("fragments", .int(fragments)))
    if findings > 0 { fields.append(("findings", .int(findings))) }
    return fields
  }
}
