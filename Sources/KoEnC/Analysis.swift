import KoEn

/// The analysis options of `koen_analyze` and `koen_untranslated`: `dominant`
/// (`KOEN_DOMINANT_AUTO` 0, `_EN` 1, `_KO` 2), `format` (`KOEN_FORMAT_AUTO` 0, `_TEXT` 1,
/// `_MARKDOWN` 2, `_PO` 3, `_ASCIIDOC` 4, `_RST` 5, `_MARKUP` 6, `_LOCALE_TABLE` 7,
/// `_XML_CATALOGUE` 8, `_JSON_CATALOGUE` 9, `_CSV_CATALOGUE` 10, `_ORG` 11: every `--as` of the command) and a glossary in
/// the format of `--allow` files.
func analysisOptions(
  dominant: Int32, format: Int32, glossary: UnsafePointer<UInt8>?, glossaryLength: UInt
) throws(CFailure) -> (AnalysisOptions, DocumentFormat?) {
  var options = AnalysisOptions()
  switch dominant {
  case 0: options.dominant = nil
  case 1: options.dominant = .en
  case 2: options.dominant = .ko
  default: throw CFailure(status: .argument, message: "unknown dominant language \(dominant) (0 auto, 1 en, 2 ko)")
  }
  let documentFormat: DocumentFormat?
  switch format {
  case 0: documentFormat = nil
  case 1: documentFormat = .plainText
  case 2: documentFormat = .markdown
  case 3: documentFormat = .gettext
  case 4: documentFormat = .asciiDoc
  case 5: documentFormat = .restructuredText
  case 6: documentFormat = .markup
  case 7: documentFormat = .localeTable
  case 8: documentFormat = .xmlCatalogue
  case 9: documentFormat = .jsonCatalogue
  case 10: documentFormat = .csvCatalogue
  case 11: documentFormat = .org
  default:
    throw CFailure(
      status: .argument,
      message: "unknown document format \(format) (0 auto, 1 text, 2 markdown, 3 po, 4 asciidoc, 5 rst, 6 markup, "
        + "7 locale-table, 8 xml-catalogue, 9 json-catalogue, 10 csv-catalogue, 11 org)")
  }
  let terms = try input(glossary, glossaryLength)
  if !terms.isEmpty {
    if let problem = TextProblem.first(in: terms) {
      throw CFailure(status: .data, message: "glossary: " + problem.message)
    }
    options.glossary = AnalysisOptions.glossaryTerms(from: String(decoding: terms, as: UTF8.self))
  }
  return (options, documentFormat)
}

/// The checked text, its name and its analysis with the format it was read as: what
/// `koen_analyze` and `koen_untranslated` share.
func analyzeDocument(
  _ text: UnsafePointer<UInt8>?, _ length: UInt, _ name: UnsafePointer<CChar>?, _ dominant: Int32, _ format: Int32,
  _ glossary: UnsafePointer<UInt8>?, _ glossaryLength: UInt
) throws(CFailure) -> (document: DocumentAnalysis, format: DocumentFormat, file: String) {
  let bytes = try input(text, length)
  let (options, documentFormat) = try analysisOptions(dominant: dominant, format: format, glossary: glossary, glossaryLength: glossaryLength)
  try check(bytes)
  let file = fileName(name)
  let (document, inferred) = DocumentJSONLines.analysis(bytes, file: file, options: options, format: documentFormat)
  return (document, inferred, file)
}

/// `koen_analyze`: the records of `koen analyze --format jsonl`.
@_cdecl("koen_analyze")
public func koen_analyze(
  _ text: UnsafePointer<UInt8>?, _ length: UInt, _ name: UnsafePointer<CChar>?, _ dominant: Int32, _ format: Int32,
  _ glossary: UnsafePointer<UInt8>?, _ glossaryLength: UInt,
  _ out: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>?, _ outLength: UnsafeMutablePointer<UInt>?,
  _ message: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> Int32 {
  respond(message) { () throws(CFailure) in
    let analysis = try analyzeDocument(text, length, name, dominant, format, glossary, glossaryLength)
    try deliver(DocumentJSONLines.analysis(analysis.document, file: analysis.file), out, outLength)
  }
}

/// `koen_untranslated`: the records of `koen untranslated --format jsonl` (`dominant` is
/// `--target`).
@_cdecl("koen_untranslated")
public func koen_untranslated(
  _ text: UnsafePointer<UInt8>?, _ length: UInt, _ name: UnsafePointer<CChar>?, _ dominant: Int32, _ format: Int32,
  _ glossary: UnsafePointer<UInt8>?, _ glossaryLength: UInt,
  _ out: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>?, _ outLength: UnsafeMutablePointer<UInt>?,
  _ message: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> Int32 {
  respond(message) { () throws(CFailure) in
    let analysis = try analyzeDocument(text, length, name, dominant, format, glossary, glossaryLength)
    let findings = DocumentJSONLines.untranslatedFindings(analysis.document, format: analysis.format, file: analysis.file)
    try deliver(DocumentJSONLines.untranslated(findings, file: analysis.file), out, outLength)
  }
}
