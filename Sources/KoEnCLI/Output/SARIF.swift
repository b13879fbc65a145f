import KoEn

/// SARIF 2.1.0 output for `koen untranslated`, so code-scanning services can show the
/// findings on the lines they concern. Valid against the OASIS schema (the tests check it).
enum SARIF {
  /// The rules KoEn reports, in the order of `ruleIndex`.
  static let rules: [(id: String, name: String, short: String, full: String)] = [
    ("untranslated", "UntranslatedFragment", "Text left in the other language",
     "A fragment of content in the document's non-dominant language that was left untranslated (Korean in an English translation, or English prose in a Korean one). Acronyms, names, code, URLs and glossary terms are not reported."),
    ("po-empty-translation", "EmptyTranslation", "Empty translation",
     "A gettext catalogue entry whose msgstr is empty."),
    ("po-identical-translation", "TranslationIdenticalToSource", "Translation identical to the source",
     "A gettext catalogue entry whose msgstr repeats its msgid."),
    ("po-english-in-translation", "EnglishInTranslation", "English left in the translation",
     "A gettext catalogue entry whose Korean msgstr keeps English words from its msgid."),
  ]

  /// The log up to the first result.
  static var head: String {
    let ruleObjects: [JSONValue] = rules.map { rule in
      .object([
        ("id", .string(rule.id)), ("name", .string(rule.name)),
        ("shortDescription", .object([("text", .string(rule.short))])),
        ("fullDescription", .object([("text", .string(rule.full))])),
        ("defaultConfiguration", .object([("level", .string("warning"))])),
      ])
    }
    let driver: JSONValue = .object([
      ("name", .string("koen")), ("semanticVersion", .string(KoEnVersion.string)),
      ("rules", .array(ruleObjects)),
    ])
    let tool = JSONValue.object([("driver", driver)]).serialized()
    return "{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\",\"runs\":[{\"tool\":\(tool),\"columnKind\":\"unicodeCodePoints\",\"results\":["
  }

  /// The framing that puts results inside the log.
  static var framing: Framing {
    Framing(open: head, separator: ",", prefix: "\n", terminator: "", close: { $0 == 0 ? "]}]}\n" : "\n]}]}\n" })
  }

  /// One result.
  static func result(_ finding: Finding) -> JSONValue {
    let index = rules.firstIndex { $0.id == finding.kind } ?? 0
    var region: [(String, JSONValue)] = [("startLine", .int(finding.line))]
    if let column = finding.column {
      region.append(("startColumn", .int(column)))
      region.append(("endLine", .int(finding.line)))
      region.append(("endColumn", .int(column + finding.text.unicodeScalars.count)))
    }
    if let range = finding.range {
      region.append(("byteOffset", .int(range.lowerBound)))
      region.append(("byteLength", .int(range.count)))
    }
    if !finding.text.isEmpty { region.append(("snippet", .object([("text", .string(finding.text))]))) }
    let location: JSONValue = .object([
      ("physicalLocation", .object([
        ("artifactLocation", .object([("uri", .string(uri(finding.file)))])),
        ("region", .object(region)),
      ]))
    ])
    return .object([
      ("ruleId", .string(finding.kind)), ("ruleIndex", .int(index)), ("level", .string("warning")),
      ("message", .object([("text", .string(finding.message))])), ("locations", .array([location])),
    ])
  }

  /// A URI reference for a path: relative paths stay relative, absolute ones become
  /// `file://` URIs; characters outside RFC 3986's unreserved set (and `/`) are
  /// percent-encoded, Hangul file names included.
  static func uri(_ path: String) -> String {
    if path == "<stdin>" { return "stdin" }
    var out = path.hasPrefix("/") ? "file://" : ""
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
        UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
        out.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let hex = Array("0123456789ABCDEF")
        out += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 15)])
      }
    }
    return out
  }
}
