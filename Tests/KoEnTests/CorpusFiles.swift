import Foundation
import TestSupport

/// Reads a text file of the repository as a String (for test data that is valid UTF-8).
func readFile(_ path: String) throws -> String {
  String(decoding: try readBytes(path), as: UTF8.self)
}

/// Reads a file's bytes, unchanged.
func readBytes(_ path: String) throws -> [UInt8] {
  guard let data = FileManager.default.contents(atPath: path) else {
    throw CorpusError.missing(path)
  }
  return [UInt8](data)
}

enum CorpusError: Error, CustomStringConvertible {
  case missing(String)
  var description: String {
    switch self {
    case .missing(let path): "missing test file \(path): add it to the repository"
    }
  }
}

/// Every `.txt` file under `Corpora/` (documents, seeds, adversarial inputs), except the
/// Unicode conformance files, relative to `Corpora/`, sorted.
func corpusTextFiles() -> [String] {
  let root = RepositoryPaths.corpora
  guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
  var files: [String] = []
  while let path = enumerator.nextObject() as? String {
    if path.hasSuffix(".txt") && !path.hasPrefix("UCD/") { files.append(path) }
  }
  return files.sorted()
}
