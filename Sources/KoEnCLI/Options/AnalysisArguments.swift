import ArgumentParser
import KoEn

/// The document language a command assumes.
enum DominantChoice: String, ExpressibleByArgument, CaseIterable, Sendable {
  case auto, en, ko
}

/// The document format a command assumes.
enum DocumentFormatChoice: String, ExpressibleByArgument, CaseIterable, Sendable {
  case auto, text, markdown, asciidoc, rst, org, markup, po
  case localeTable = "locale-table"
  case xmlCatalogue = "xml-catalogue"
  case jsonCatalogue = "json-catalogue"
  case csvCatalogue = "csv-catalogue"
}

/// Options shared by the commands built on document analysis.
struct AnalysisArguments: ParsableArguments {
  @Option(help: "The document's language: auto (by letter mass), en or ko.")
  var dominant: DominantChoice = .auto

  @Option(name: .customLong("as"), help: "Read inputs as auto (by file name, then shape), text, markdown, asciidoc, rst, org, markup (HTML or XML), po, locale-table, xml-catalogue, json-catalogue or csv-catalogue.")
  var documentFormat: DocumentFormatChoice = .auto

  @Option(help: ArgumentHelp("A glossary: terms kept as they are, never reported (one per line, '#' comments).", valueName: "file"))
  var allow: String?

  @Flag(help: "Analyze the files together: lines recurring across many of them (a site's boilerplate) are chrome.")
  var corpus = false

  /// The settings, with every input analysed together first when `--corpus` is given.
  ///
  /// Unreadable or malformed inputs are left out here; the run that follows reports them.
  func settings(input: InputOptions, dominantOverride: DominantChoice? = nil) throws -> AnalysisSettings {
    var settings = try self.settings(dominantOverride: dominantOverride)
    guard corpus else { return settings }
    var documents: [(name: String, bytes: [UInt8])] = []
    for item in InputItem.enumerate(input) {
      if case .standardInput = item {
        throw CommandRun.fail("--corpus reads files, not standard input", .usage)
      }
      guard case .file = item, let reader = try? ByteReader(item), let bytes = try? reader.readAll(sizeHint: item.size ?? 0),
        bytes.withUnsafeBufferPointer({
          ContentCheck.problem(in: $0, file: item.name, offset: 0, firstLine: 1, policy: .init())
        }) == nil
      else { continue }
      documents.append((item.name, bytes))
    }
    let analyses = settings.analyze(corpus: documents)
    for (document, analysis) in zip(documents, analyses) { settings.precomputed[document.name] = analysis }
    return settings
  }

  /// The analysis settings, reading the glossary file.
  ///
  /// - Throws: `ExitCode` 66 or 65 (after printing why) when the glossary cannot be read.
  func settings(dominantOverride: DominantChoice? = nil) throws -> AnalysisSettings {
    let choice = dominantOverride ?? dominant
    var settings = AnalysisSettings(
      options: AnalysisOptions(dominant: choice == .auto ? nil : Language(rawValue: choice.rawValue)),
      format: documentFormat == .auto ? nil : DocumentFormat(rawValue: documentFormat.rawValue))
    if let allow {
      do {
        let bytes = try ByteReader(.file(path: allow, size: 0)).readAll()
        if let problem = bytes.withUnsafeBufferPointer({
          ContentCheck.problem(in: $0, file: allow, offset: 0, firstLine: 1, policy: .init())
        }) {
          throw CommandRun.fail(problem.line.dropFirst(6).description, problem.status)
        }
        settings.options.glossary = AnalysisOptions.glossaryTerms(from: String(decoding: bytes, as: UTF8.self))
      } catch let failure as ReadFailure {
        throw CommandRun.fail(failure.diagnostic.line.dropFirst(6).description, failure.diagnostic.status)
      }
    }
    return settings
  }
}

/// Language names for messages.
func languageName(_ language: Language) -> String { language.englishName }
