@testable import KoEn
import TestSupport
import Testing

/// The compiled-in English word table against the committed SCOWL list it is generated from
/// (`Scripts/generate-english-words.py`): the same words, and lookups that find exactly them.
@Suite("English word table")
struct EnglishWordsTests {
  /// The lower-case ASCII words of `Corpora/Lexicon/SCOWL/american-english-small`, sorted by
  /// length and then alphabetically: the generator's selection, in the table's order.
  static func listedWords() throws -> [String] {
    let path = RepositoryPaths.corpora + "/Lexicon/SCOWL/american-english-small"
    let bytes = try #require(UCDFile.readFile(path), "cannot read \(path)")
    let lines = bytes.split(separator: UInt8(ascii: "\n"))
    let words = Set(
      lines.filter { line in line.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") } }
        .map { String(decoding: $0, as: UTF8.self) })
    return words.sorted { ($0.utf8.count, $0) < ($1.utf8.count, $1) }
  }

  @Test func tableHoldsExactlyTheCommittedList() throws {
    let words = try Self.listedWords()
    #expect(words.count == 40_134)
    #expect(EnglishWords.count == words.count)
    #expect(EnglishWords.allWords == words)
  }

  @Test func everyListedWordIsFound() throws {
    let words = try Self.listedWords()
    let missing = words.filter { !EnglishWords.isListed(Substring($0)) }
    #expect(missing.isEmpty, "not found: \(missing.prefix(10))")
  }

  @Test func nearMissesAreNotFound() throws {
    let words = try Self.listedWords()
    let listed = Set(words)
    // Each word with a letter appended, and with its last letter changed: every such string
    // that is not itself on the list must not be found.
    var probes: [String] = []
    for word in words {
      probes.append(word + "q")
      probes.append(String(word.dropLast()) + (word.hasSuffix("z") ? "a" : "z"))
    }
    let wrong = probes.filter { !listed.contains($0) && EnglishWords.isListed(Substring($0)) }
    #expect(wrong.isEmpty, "found but not listed: \(wrong.prefix(10))")
    for other in ["", "Warning", "WARNING", "café", "ｗarning", "warning ", " warning", "a b", "zzzzzzzzzzzzzzzzzzzz"] {
      #expect(!EnglishWords.isListed(Substring(other)), "\(other)")
    }
  }

  @Test func stemsAndCompounds() {
    #expect(EnglishWords.contains("warning"))
    #expect(EnglishWords.contains("backpacks"))
    #expect(EnglishWords.contains("users"))
    #expect(EnglishWords.contains("one-liners"))
    #expect(!EnglishWords.contains("kubelet"))
    #expect(!EnglishWords.contains("jupytext"))
    #expect(!EnglishWords.contains("etcd"))
  }
}
