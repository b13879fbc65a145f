/// `ContentCheck` as a processor, so the chunks of a large file can be checked on several
/// threads (`ChunkPipeline`) before the file is processed: a chunk's output is the
/// problem in it, if any, as a diagnostic, and nothing else.
struct ContentChecker: DocumentProcessor {
  /// What the check looks for.
  let policy: ContentCheck.Policy

  /// Checks never depend on another chunk: each chunk carries its offset and first line.
  var independentChunks: Bool { true }

  func begin(file: String) {}

  func process(_ chunk: Chunk, state: inout Void, into out: inout Emitter) {
    if let problem = ContentCheck.problem(in: chunk, policy: policy) { out.diagnostics.append(problem) }
  }

  func end(state: inout Void, into out: inout Emitter) {}
}
