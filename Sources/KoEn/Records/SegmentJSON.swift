/// The JSON records of `koen segment --format jsonl`, shared with the C library.
extension Segment {
  /// `{"file":…,"start":B,"end":B,"lang":"ko","script":"Hang","text":…}`; without `file`
  /// when it is nil (record mode).
  ///
  /// - Parameters:
  ///   - file: The input's name.
  ///   - text: The segment's text.
  ///   - offset: Turns a byte offset of `range` into the reported offset.
  public func jsonRecord(file: String?, text: String, offset: (Int) -> Int) -> JSONValue {
    var fields: [(String, JSONValue)] = []
    if let file { fields.append(("file", .string(file))) }
    fields += [
      ("start", .int(offset(range.lowerBound))), ("end", .int(offset(range.upperBound))),
      ("lang", .string(language.rawValue)), ("script", .string(script.code)), ("text", .string(text)),
    ]
    return .object(fields)
  }
}

extension LineProfile {
  /// `{"file":…,"line":N,"start":B,"end":B,"lang":"mixed","text":…,"letters":{"ko":N,…}}`
  /// (`--level line`); `end` excludes the line break.
  ///
  /// - Parameters:
  ///   - file: The input's name.
  ///   - number: The line's number in the input (a streamed chunk's lines start later).
  ///   - text: The line's text.
  ///   - offset: Turns a byte offset of `range` into the reported offset.
  public func jsonRecord(file: String, number: Int, text: String, offset: (Int) -> Int) -> JSONValue {
    .object([
      ("file", .string(file)), ("line", .int(number)), ("start", .int(offset(range.lowerBound))),
      ("end", .int(offset(range.upperBound))), ("lang", .string(language.rawValue)), ("text", .string(text)),
      ("letters", .object(LineProfile.jsonLetters(letters))),
    ])
  }

  /// The non-zero letter counts, in a fixed order (ko, en, ja, zh, und), as JSON fields.
  static func jsonLetters(_ counts: LetterCounts) -> [(String, JSONValue)] {
    [Language.ko, .en, .ja, .zh, .und].compactMap { language in
      counts[language] > 0 ? (language.rawValue, .int(counts[language])) : nil
    }
  }
}
