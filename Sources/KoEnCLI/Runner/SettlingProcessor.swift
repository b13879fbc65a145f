/// What a chunk processed without the chunks before it settles: the output of its text
/// from `start` on, which no earlier text can change.
struct ChunkSettlement: Sendable {
  /// The chunk-relative offset from which `output` is the chunk's final output; nil when
  /// the chunk settles nothing on its own.
  var start: Int?
  /// Where the text begins that text after the chunk may still change (chunk-relative):
  /// it is carried into the next chunk.
  var carryFrom: Int
  /// The output of the chunk's text from `start` to `carryFrom` (to its end, for the
  /// input's last chunk).
  var output: Emitter
}

/// A processor whose chunks depend on the chunks before them only up to an offset the
/// chunk itself can tell: `koen segment`'s language runs go on across line breaks, but a
/// piece of text that starts a line has segments that no text before it changes from its
/// settled offset on (`Segmenter.settledOffset`).
///
/// Each chunk is settled on any thread (`settle`), and joined on the writing thread, in
/// input order, with what the chunks before it carried (`join`): only the text before the
/// settled offset is processed there, so the run scales with the threads. The output is
/// the one `process` gives chunk after chunk.
protocol SettlingProcessor: DocumentProcessor {
  /// Whether this run's chunks may be settled (its output format and offsets allow it).
  var settlesChunks: Bool { get }

  /// Processes `chunk` without the chunks before it, on any thread.
  func settle(_ chunk: Chunk, buffers: BufferPool) -> ChunkSettlement

  /// Processes `chunk` after the chunks before it, on the writing thread, in input order:
  /// writes the output of its text before `settlement.start` to `out` and returns true
  /// (`settlement.output` follows), or, when the chunk cannot be joined that way, writes
  /// all of its output to `out` and returns false.
  func join(_ chunk: Chunk, _ settlement: ChunkSettlement, state: inout State, into out: inout Emitter) -> Bool
}
