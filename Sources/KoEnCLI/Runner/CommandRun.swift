import ArgumentParser

/// The common shape of a command's run: pick record mode or file mode, write, and turn the
/// worst problem into the exit status.
enum CommandRun {
  /// Runs `processor` over the inputs (or `records` over JSON Lines records in record mode),
  /// writing `prologue` first and `epilogue()` last in file mode.
  ///
  /// - Throws: `ExitCode` with the run's status when it is not success.
  static func execute<P: DocumentProcessor>(
    input: InputOptions,
    record: RecordOptions? = nil,
    framing: Framing,
    prologue: String = "",
    processor: P,
    records: (any RecordProcessor)? = nil,
    epilogue: () -> String = { "" }
  ) throws {
    let diagnostics = Diagnostics()
    let sink = OutputSink()
    do {
      if let record, record.jsonlIn {
        guard let records else { throw ValidationError("--jsonl-in is not available for this command.") }
        try RecordRunner(input: input, options: record, diagnostics: diagnostics).run(records, sink: sink)
      } else {
        let writer = OutputWriter(sink: sink, framing: framing)
        if !prologue.isEmpty { try writer.write(.text(prologue)) }
        try Runner(input: input, diagnostics: diagnostics).run(processor, writer: writer)
        let tail = epilogue()
        if !tail.isEmpty {
          try writer.write(.text(tail))
          try writer.flush()
        }
      }
    } catch let failure as WriteFailure {
      diagnostics.report(Diagnostic(file: "<stdout>", message: failure.description, status: .ioError))
    }
    if diagnostics.status != .success { throw ExitCode(diagnostics.status.rawValue) }
  }

  /// Reports a problem that ends the command before any input is read.
  static func fail(_ message: String, _ status: ExitStatus) -> ExitCode {
    Diagnostics.printError("koen: " + message)
    return ExitCode(status.rawValue)
  }
}
