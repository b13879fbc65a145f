import Foundation
import Testing
import TestSupport

/// Large inputs stream in chunks that end after a line break (normalization: at a
/// normalization boundary); the output must equal the whole-file output. The hidden options
/// `--chunk-size` and `--stream-threshold 0` force tiny chunks on small files.
@Suite("Chunked versus whole-file output")
struct StreamingTests {
  static let commands: [[String]] = [
    ["segment", "--format", "jsonl"],
    ["segment", "--level", "token", "--format", "jsonl", "--offsets", "utf16"],
    ["segment", "--level", "line", "--format", "tsv"],
    ["tokens", "--format", "jsonl", "--offsets", "scalars"],
    ["analyze", "--format", "jsonl"],
    ["analyze", "--format", "tsv", "--offsets", "scalars"],
    ["analyze", "--format", "text"],
    ["untranslated", "--format", "jsonl", "--offsets", "utf16"],
    ["clean"],
    ["clean", "--keep-untranslated", "--romanize-untranslated"],
    ["normalize", "--form", "nfd"],
    ["normalize", "--form", "nfkc_cf"],
    ["translit", "--id", "Hangul-Latin"],
    ["stats", "--format", "jsonl"],
  ]

  /// Every corpus document in one run (one process per command and chunk size).
  @Test(arguments: commands.indices)
  func chunkedEqualsWhole(_ index: Int) throws {
    let command = Self.commands[index] + ["-j", "2"]
    let whole = try Koen.run(command + Corpus.documents)
    #expect(!whole.stdout.isEmpty)
    for size in [1, 61] {
      let chunked = try Koen.run(command + ["--chunk-size", String(size), "--stream-threshold", "0"] + Corpus.documents)
      #expect(chunked.stdout == whole.stdout, "\(command) in chunks of \(size)")
      #expect(chunked.status == whole.status)
    }
  }

  @Test func standardInputStreamsTheSame() throws {
    let path = "Corpora/Documents/seed-001.txt"
    let bytes = try Data(contentsOf: URL(fileURLWithPath: Koen.root + "/" + path))
    let whole = try Koen.run(["segment", "--format", "jsonl", path]).output
    let piped = try Koen.run(["segment", "--format", "jsonl", "--chunk-size", "100", "-"], stdin: bytes).output
    #expect(piped == whole.replacingOccurrences(of: "\"file\":\"\(path)\"", with: "\"file\":\"<stdin>\""))
  }

  @Test func analysisOfStandardInputIsTheSame() throws {
    // Standard input is spooled to a temporary file for the second reading.
    for path in ["Corpora/Documents/seed-000.txt", "Corpora/Documents/kd-01.txt", "Corpora/Catalogs/jupyter_resource_usage.ko_KR.po"] {
      let bytes = try Data(contentsOf: URL(fileURLWithPath: Koen.root + "/" + path))
      let format = path.hasSuffix(".po") ? ["--as", "po"] : []
      for command in [["analyze", "--format", "jsonl"], ["clean"], ["untranslated", "--format", "jsonl"]] {
        let whole = try Koen.run(command + format + [path])
        let piped = try Koen.run(command + format + ["--chunk-size", "100", "-"], stdin: bytes)
        #expect(piped.output == whole.output.replacingOccurrences(of: "\"file\":\"\(path)\"", with: "\"file\":\"<stdin>\""), "\(command) \(path)")
        #expect(piped.status == whole.status)
      }
    }
  }

  @Test func aLineWithMegabytesOfOutputIsWrittenAsItGoes() throws {
    // One 560 KB line gives about 8 MB of token records: streamed, they leave in pieces of
    // a megabyte; read whole, in one. The output is the same.
    let line = String(repeating: "한국어 English ", count: 20_000) + "\n"
    let path = NSTemporaryDirectory() + "koen-long-line-\(getpid()).txt"
    try Data(line.utf8).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let whole = try Koen.run(["tokens", "--format", "jsonl", path])
    let streamed = try Koen.run(["tokens", "--format", "jsonl", "--stream-threshold", "0", path])
    #expect(whole.stdout.count > 4 << 20)
    #expect(streamed.stdout == whole.stdout)
  }

  @Test func normalizationCutsOnlyAtBoundaries() throws {
    // Decomposed Hangul and a combining sequence straddle every possible 1-byte cut.
    let nfd = String(repeating: "\u{1112}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8} e\u{0301}\u{0323}\n", count: 50)
    let whole = try Koen.run(["normalize", "--form", "nfc"], stdin: Data(nfd.utf8))
    #expect(whole.output == nfd.precomposedStringWithCanonicalMapping)
    for size in [1, 2, 3, 7] {
      let chunked = try Koen.run(["normalize", "--form", "nfc", "--chunk-size", String(size)], stdin: Data(nfd.utf8))
      #expect(chunked.stdout == whole.stdout, "chunks of \(size)")
    }
    // A combining mark at the start of a line joins nothing across the line break.
    let marks = "a\n\u{0301}b\n"
    #expect(try Koen.run(["normalize", "--chunk-size", "1"], stdin: Data(marks.utf8)).output == marks)
  }

  @Test func languageRunsOnTwoThreadsEqualOneThread() throws {
    // About 400 KB in chunks of about 64 KB (the size of a read): stretches of one language
    // longer than a chunk (runs across chunk boundaries, chunks of one run), and lines that
    // change the language, have no letters or start with punctuation.
    let lines = [
      "Hello world.", "---", ",한국어 문장입니다.", "한국 NATO 가입", "2024. 10. 25. 18:47", "", "(북대서양조약기구) headquarters",
      "北 미사일", "***", "NATO,한국", "“안녕하세요” he said",
    ]
    var random = SplitMix64(seed: 17)
    var text = ""
    while text.utf8.count < 400_000 {
      if Int.random(in: 0..<20, using: &random) == 0 {
        let line = Bool.random(using: &random) ? "English only, line after line.\n" : "한국어만 있는 줄입니다.\n"
        text += String(repeating: line, count: Int.random(in: 500...3000, using: &random))
      } else {
        text += lines.randomElement(using: &random)! + "\n"
      }
    }
    let path = NSTemporaryDirectory() + "koen-runs-\(getpid()).txt"
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    for format in ["jsonl", "tsv"] {
      let command = ["segment", "--format", format, "--stream-threshold", "0", "--chunk-size", "1", path]
      let one = try Koen.run(command + ["-j", "1"])
      let two = try Koen.run(command + ["-j", "2"])
      #expect(one.status == 0)
      #expect(one.stdout.count > text.utf8.count)
      #expect(two.stdout == one.stdout, "\(format)")
    }
  }

  @Test func aLongSingleLineStreams() throws {
    let line = String(repeating: "한국어 English ", count: 20_000) + "\n"
    let whole = try Koen.run(["segment", "--format", "jsonl"], stdin: Data(line.utf8))
    let chunked = try Koen.run(["segment", "--format", "jsonl", "--chunk-size", "1000"], stdin: Data(line.utf8))
    #expect(whole.stdout == chunked.stdout)
  }
}
