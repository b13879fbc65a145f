#if canImport(Glibc)
  import Glibc
#endif
import ArgumentParser
import KoEn
import KoEnEvaluation

/// `koen eval`: scores document analysis against a folder of gold documents.
struct Eval: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Score document analysis against hand-annotated gold documents.",
    usage: "koen eval [<options>] <gold-dir>",
    discussion: """
      GOLD_DIR holds NAME.txt (the document), NAME.gold.tsv (line, lang, role,
      fragments per line) and NAME.meta.json ("kind", "dominant", and optionally
      "path": the file name analysis sees, "group": the site or repository it
      comes from, "split": the evaluation set it belongs to).
      Documents of a split named *-unseen are kept for a later first reading:
      they count in the figures, but --errors never shows their lines.
      Reports, per kind (or per group with --by group) and overall: line language
      accuracy, role accuracy, and precision / recall / F1 of chrome lines, of
      untranslated lines and of fragment characters, in percent.

      --cross-validate measures the chrome model the way it meets new documents:
      each group (site or repository) is held out in turn and analysed with a model
      trained on all the other groups of GOLD_DIR, including documents --split and
      --kind leave out of the report (leave-one-source-out). Without it
      the compiled-in model is used, which was trained on the corpus less the
      documents kept unseen.
      --train-chrome FILE trains the model on every selected document not kept
      unseen and writes it as Swift source
      (Sources/KoEn/Analysis/ChromeModel+Weights.swift).

      Examples:
        koen eval --cross-validate Corpora/Documents
        koen eval --split holdout-3 --errors Corpora/Documents
        koen eval --by group --format markdown Corpora/Documents
        koen eval --train-chrome Sources/KoEn/Analysis/ChromeModel+Weights.swift Corpora/Documents
      """)

  /// How the report is written.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown
  }

  @Option(help: "Output format: text, json or markdown.")
  var format: Format = .text

  @Option(help: ArgumentHelp("Rows per kind of document or per group (site or repository).", valueName: "kind|group"))
  var by: EvaluationReport.Grouping = .kind

  @Option(help: ArgumentHelp("Only documents whose meta.json says \"split\": NAME ('none': those without a split).", valueName: "name"))
  var split: String?

  @Option(help: ArgumentHelp("Only documents of this kind (repeatable).", valueName: "kind"))
  var kind: [String] = []

  @Flag(help: "List every line where analysis and gold disagree (not for documents kept unseen).")
  var errors = false

  @Flag(help: "Analyse each source group with a chrome model trained without it (leave-one-source-out).")
  var crossValidate = false

  @Option(help: ArgumentHelp("Train the chrome model on the selected documents and write it as Swift source.", valueName: "file"))
  var trainChrome: String?

  @OptionGroup var analysis: AnalysisArguments

  @Argument(help: ArgumentHelp("The folder of gold documents.", valueName: "gold-dir"))
  var goldDirectory: String

  func run() throws {
    let settings = try analysis.settings()
    let all = try GoldFolder.load(goldDirectory)
    let documents = all.filter { doc in
      (split == nil || doc.split == split || (split == "none" && doc.split == nil)) && (kind.isEmpty || kind.contains(doc.kind))
    }
    if documents.isEmpty { throw CommandRun.fail("\(goldDirectory): no gold documents selected", .dataError) }
    if let trainChrome {
      // Documents kept unseen are for first readings: a model trained on them would have seen them.
      let training = documents.filter { !$0.isKeptUnseen }
      if training.isEmpty { throw CommandRun.fail("\(goldDirectory): every selected document is kept unseen", .dataError) }
      let rows = ChromeModelTraining.rows(training, options: settings.options)
      let model = ChromeModelTraining.train(rows)
      let provenance = """
        Trained by `koen eval --train-chrome` on \(rows.count) lines (those no certain signal decides) of the
        English pages among \(training.count) gold documents of \(Set(training.map(\.group)).count) sources; L2 penalty \(ChromeModelTraining.standardPenalty).
        """
      if let reason = writeFile(trainChrome, ChromeModelTraining.swiftSource(model, provenance: provenance)) {
        throw CommandRun.fail("\(trainChrome): cannot write: \(reason)", .ioError)
      }
      return
    }
    if crossValidate && analysis.corpus {
      throw ValidationError("--cross-validate analyses each source with its own model; it cannot be combined with --corpus")
    }
    // Each selected document's group is held out of a model trained on every other group of
    // the folder, selected or not.
    let folds = crossValidate ? ChromeModelTraining.foldModels(all, options: settings.options) : [:]
    func analyzer(for group: String) -> DocumentAnalyzer {
      var options = settings.options
      if crossValidate { options.chromeModel = folds[group] }
      return DocumentAnalyzer(options: options)
    }
    var report =
      analysis.corpus
      ? AnalysisEvaluation.report(documents, by: by) { docs in
        analyzer(for: docs.first?.group ?? "").analyze(
          corpus: docs.map { CorpusDocument(name: $0.path, text: $0.text, format: settings.format) })
      }
      : AnalysisEvaluation.report(documents, by: by) {
        analyzer(for: $0.group).analyze($0.text, format: settings.format, fileName: $0.path)
      }
    let unseen = Set(documents.filter(\.isKeptUnseen).map(\.name))
    let hidden = report.mismatches.filter { unseen.contains($0.document) }.count
    report.mismatches.removeAll { unseen.contains($0.document) }
    if errors && hidden > 0 {
      Diagnostics.printError("koen: \(hidden) disagreeing lines of \(unseen.count) documents kept unseen are not listed")
    }
    let sink = OutputSink()
    do {
      try sink.write(render(report))
      try sink.flush()
    } catch {
      throw CommandRun.fail(error.description, .ioError)
    }
  }

  /// Writes `text` to the file at `path`, replacing it; the system's reason on failure.
  private func writeFile(_ path: String, _ text: String) -> String? {
    guard let file = fopen(path, "w") else { return String(cString: strerror(errno)) }
    let bytes = Array(text.utf8)
    let written = fwrite(bytes, 1, bytes.count, file)
    let closed = fclose(file)
    return written == bytes.count && closed == 0 ? nil : String(cString: strerror(errno))
  }

  /// The report in the chosen format.
  func render(_ report: EvaluationReport) -> String {
    switch format {
    case .text:
      var out = report.textTable()
      if errors && !report.mismatches.isEmpty { out += "\n" + report.mismatches.map { "\($0)\n" }.joined() }
      return out
    case .markdown:
      var out = report.markdownTable()
      if errors && !report.mismatches.isEmpty {
        out += "\n| document | line | gold | got |\n|---|---|---|---|\n"
        for m in report.mismatches {
          out += "| \(m.document) | \(m.line) | \(markdownCell(m.gold.description)) | \(markdownCell(m.predicted.description)) |\n"
        }
      }
      return out
    case .json:
      var fields: [(String, JSONValue)] = [
        ("by", .string(report.grouping.rawValue)),
        ("rows", .array(report.rows.map { .object([("name", .string($0.name))] + Eval.fields($0.counts)) })),
        ("overall", .object(Eval.fields(report.overall))),
      ]
      if errors { fields.append(("errors", .array(report.mismatches.map(Eval.record)))) }
      return JSONValue.object(fields).serialized() + "\n"
    }
  }

  /// `|` escaped and line breaks shown, for a Markdown table cell.
  private func markdownCell(_ text: String) -> String {
    text.replacingAll("|", with: "\\|").replacingAll("\n", with: "\\n")
  }

  static func fields(_ c: EvaluationCounts) -> [(String, JSONValue)] {
    func binary(_ b: BinaryCounts) -> JSONValue {
      .object([
        ("precision", .decimal(b.precision)), ("recall", .decimal(b.recall)), ("f1", .decimal(b.f1)),
        ("true_positives", .int(b.truePositives)), ("false_positives", .int(b.falsePositives)),
        ("false_negatives", .int(b.falseNegatives)),
      ])
    }
    return [
      ("documents", .int(c.documents)), ("lines", .int(c.lines)), ("dominant_correct", .int(c.dominantCorrect)),
      ("language_accuracy", .decimal(c.languageAccuracy)), ("role_accuracy", .decimal(c.roleAccuracy)),
      ("chrome", binary(c.chrome)), ("untranslated", binary(c.untranslated)),
      ("fragment_characters", binary(c.fragmentCharacters)),
    ]
  }

  static func record(_ m: AnalysisEvaluation.Mismatch) -> JSONValue {
    func label(_ l: AnalysisEvaluation.Mismatch.Label) -> JSONValue {
      .object([
        ("lang", .string(l.language.rawValue)), ("role", .string(l.role.rawValue)),
        ("fragments", .array(l.fragments.map(JSONValue.string))),
      ])
    }
    return .object([("document", .string(m.document)), ("line", .int(m.line)), ("gold", label(m.gold)), ("predicted", label(m.predicted))])
  }
}

extension EvaluationReport.Grouping: ExpressibleByArgument {}

extension String {
  /// The string with every `target` replaced by `replacement` (no Foundation).
  fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
    var out = ""
    for c in self { if c == target { out += replacement } else { out.append(c) } }
    return out
  }
}

/// Reads a folder of gold documents.
enum GoldFolder {
  /// Every gold document of `directory` (each `NAME.gold.tsv` with its `NAME.txt` and
  /// `NAME.meta.json`), sorted by name.
  ///
  /// - Throws: `ExitCode` 66 when a file cannot be read, 65 when a gold file is malformed
  ///   (after printing why).
  static func load(_ directory: String) throws -> [GoldDocument] {
    guard let handle = opendir(directory) else {
      throw CommandRun.fail(InputItem.openProblem(directory, errno).line.dropFirst(6).description, .cannotOpen)
    }
    var names: [String] = []
    while let entry = readdir(handle) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
      }
      if name.hasSuffix(".gold.tsv") { names.append(String(name.dropLast(".gold.tsv".count))) }
    }
    closedir(handle)
    names.sort { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    let prefix = directory.hasSuffix("/") ? directory : directory + "/"
    return try names.map { name in
      func read(_ suffix: String) throws -> String {
        do {
          return String(decoding: try ByteReader(.file(path: prefix + name + suffix, size: 0)).readAll(), as: UTF8.self)
        } catch {
          throw CommandRun.fail(error.diagnostic.line.dropFirst(6).description, error.diagnostic.status)
        }
      }
      do {
        return try GoldDocument(name: name, text: read(".txt"), gold: read(".gold.tsv"), meta: read(".meta.json"))
      } catch let failure as GoldDocument.ParseError {
        throw CommandRun.fail(prefix + failure.description, .dataError)
      }
    }
  }
}
