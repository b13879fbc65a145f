/// Collects an input's chunks into one buffer, for commands whose analysis needs the whole
/// document (the dominant language, runs of chrome at the head and foot).
struct WholeDocument {
  /// The input's name.
  var file: String
  /// Every byte so far.
  var bytes: [UInt8] = []

  /// Starts an input.
  init(file: String) { self.file = file }

  /// Appends a chunk.
  mutating func append(_ chunk: Chunk) { bytes.append(contentsOf: chunk.bytes) }
}
