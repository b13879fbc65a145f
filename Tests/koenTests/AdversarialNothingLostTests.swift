import Foundation
import KoEn
import KoEnCore
import TestSupport
import Testing

/// Nothing is lost: `normalize`, `clean` and record mode never drop or split a line or a
/// record, whatever the input and however it is cut into chunks; a record that cannot be
/// processed comes back with an error field in its place; a write error (closed pipe, full
/// disk) exits 74, never a truncated success.
@Suite("Nothing lost (koen)")
struct AdversarialNothingLostTests {
  init() {
    // koen may stop reading its standard input once its output fails; the test process must
    // then see EPIPE on its side of the input pipe, not die of SIGPIPE.
    signal(SIGPIPE, SIG_IGN)
  }

  /// Lines of every awkward kind: empty, CR only, CRLF, NFD Hangul, long, U+2028 inside,
  /// marks without a base, and a last line without a line break.
  static func awkwardText(lines count: Int) -> String {
    let kinds = [
      "", "\r", "plain English line", "\u{1112}\u{1161}\u{11AB}\u{1100}\u{1173}\u{11AF} 문서.txt\r",
      "한국어 NATO 3,000명", String(repeating: "긴 줄 long line ", count: 300), "a\u{2028}b\u{85}c",
      "\u{301}\u{323} marks first", "ＦＵＬＬＷＩＤＴＨ ﾊﾝｸﾞﾙ", "\t  ",
    ]
    var text = ""
    for k in 0..<count { text += kinds[k % kinds.count] + "\n" }
    return text + "last line without a break"
  }

  static func lineFeeds(_ data: Data) -> Int { data.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }

  @Test("normalize: output is exactly the normalized input, every line kept, in every form and chunk size")
  func normalizeKeepsEveryLine() throws {
    let text = Self.awkwardText(lines: 600)
    let input = Data(text.utf8)
    for form in NormalizationForm.allCases {
      let expected = try Normalizer(form).normalize(utf8: Array(text.utf8))
      for chunk in form == .nfc ? ["7", "1048576"] : ["4096"] {
        let result = try Koen.run(["normalize", "--form", form.rawValue, "--chunk-size", chunk], stdin: input)
        #expect(result.status == 0, "\(form) chunk \(chunk): \(result.stderr)")
        #expect(Array(result.stdout) == expected, "\(form), chunks of \(chunk) bytes")
        #expect(Self.lineFeeds(result.stdout) == Self.lineFeeds(input), "\(form) chunk \(chunk)")
      }
    }
  }

  @Test("normalize: several files on several threads come out whole and in order")
  func normalizeManyFilesInOrder() throws {
    let scratch = try Scratch()
    var paths: [String] = []
    var expected: [UInt8] = []
    for k in 0..<8 {
      let text = Self.awkwardText(lines: 20 + k * 17) + "\n"
      paths.append(try scratch.file("f\(k).txt", text))
      expected += try Normalizer(.nfc).normalize(utf8: Array(text.utf8))
    }
    let result = try Koen.run(["normalize", "--jobs", "4", "--chunk-size", "100"] + paths)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(Array(result.stdout) == expected)
  }

  @Test("clean: every content line of every corpus document is kept, byte for byte and in order")
  func cleanKeepsEveryContentLine() throws {
    for path in Corpus.documents {
      let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: RepositoryPaths.root + "/" + path)))
      // The format as koen infers it from the name and the text.
      let analysis = DocumentAnalyzer().analyze(String(decoding: bytes, as: UTF8.self), fileName: path)
      let result = try Koen.run(["clean", path])
      #expect(result.status == 0, "\(path): \(result.stderr)")
      let outLines = String(decoding: result.stdout, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
      // Content lines appear in the output as a subsequence, each one whole.
      var position = 0
      var missing: [Int] = []
      for line in analysis.lines where line.role == .content {
        let text = String(decoding: bytes[line.range], as: UTF8.self)
        if let found = outLines[position...].firstIndex(of: text) {
          position = found + 1
        } else {
          missing.append(line.number)
        }
      }
      #expect(missing.isEmpty, "\(path): content lines \(missing.prefix(10)) missing from koen clean")
    }
  }

  @Test("clean: a document that is all content comes back unchanged (blank runs collapsed)")
  func cleanKeepsAPlainDocument() throws {
    var text = ""
    for k in 0..<600 {
      text += k % 2 == 0 ? "Paragraph \(k) of the article says something, in full sentences.\r\n" : "\r\n"
    }
    text += "The last sentence has no line break."
    for chunk in ["5", "1048576"] {
      let result = try Koen.run(["clean", "--chunk-size", chunk], stdin: Data(text.utf8))
      #expect(result.status == 0, "\(result.stderr)")
      #expect(String(decoding: result.stdout, as: UTF8.self) == text, "chunks of \(chunk)")
    }
  }

  /// Records of every awkward kind, one per line; each must come back, in order.
  static func awkwardRecords(repeating count: Int) -> (Data, [String]) {
    let huge = String(repeating: "긴 레코드 long record ", count: 100)  // longer than the 64-byte chunks below
    let kinds: [(String, String)] = [
      (#"{"id":"ok","text":"NATO 정상회의"}"#, "ok"),
      (#"{"id":"nfd","text":"\u1112\u1161\u11ab"}"#, "ok"),
      (#"{"id":"empty","text":""}"#, "ok"),
      (#"{"id":"sep","text":"a\u2028b  c"}"#, "ok"),
      (#"{"id":"missing"}"#, "error"),
      (#"{"id":"number","text":42}"#, "error"),
      (#"[1,2,3]"#, "error"),
      (#"{"id":"broken","text":"#, "error"),
      ("", "blank"),
      ("   ", "blank"),
      (#"{"id":"crlf","text":"line"}"# + "\r", "ok"),
    ]
    var data = Data()
    var expect: [String] = []
    for k in 0..<count {
      for (line, kind) in kinds {
        data += Data(line.utf8) + Data("\n".utf8)
        expect.append(kind)
      }
      data += Data(#"{"id":"bad-utf8","text":""#.utf8) + Data([0xC3, 0x28]) + Data("\"}\n".utf8)
      expect.append("error")
      if k == 0 {
        data += Data(#"{"id":"huge","text":""#.utf8) + Data(huge.utf8) + Data("\"}\n".utf8)
        expect.append("ok")
      }
    }
    return (data, expect)
  }

  @Test("Record mode: every record comes back, in order, with a result or an error field", arguments: [
    "segment", "tokens", "analyze", "untranslated", "clean", "normalize", "romanize", "stats",
  ])
  func recordModeKeepsEveryRecord(command: String) throws {
    let (input, kinds) = Self.awkwardRecords(repeating: 2)
    for chunk in ["64", "65536"] {
      let result = try Koen.run([command, "--jsonl-in", "--jobs", "2", "--chunk-size", chunk], stdin: input)
      #expect(result.status == 0 || result.status == 1, "\(command): \(result.stderr)")
      var lines = String(decoding: result.stdout, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
      if lines.last == "" { lines.removeLast() }
      #expect(lines.count == kinds.count, "\(command), chunks of \(chunk): \(lines.count) of \(kinds.count) records")
      for (k, (line, kind)) in zip(lines, kinds).enumerated() {
        switch kind {
        case "ok": #expect(line.contains("\"koen\":") && !line.contains("\"koen_error\""), "\(command) record \(k)")
        case "error": #expect(line.contains("\"koen_error\":"), "\(command) record \(k): \(line.prefix(200))")
        default: #expect(line.allSatisfy { $0 == " " }, "\(command) record \(k)")
        }
      }
    }
  }

  // MARK: - Write errors

  @Test("A closed output pipe exits 74 in normalize, clean and record mode", arguments: [
    ["normalize"], ["clean"], ["segment", "--jsonl-in"], ["normalize", "--jsonl-in"],
  ])
  func closedPipeIs74(arguments: [String]) throws {
    let input: Data
    if arguments.contains("--jsonl-in") {
      input = Data(String(repeating: #"{"text":"한국어 NATO text"}"# + "\n", count: 20_000).utf8)
    } else {
      input = Data(String(repeating: "An English sentence with 한국어 in it.\n", count: 20_000).utf8)
    }
    let result = try Koen.run(arguments, stdin: input, closedStdout: true)
    #expect(result.status == 74, "\(arguments): \(result.stderr)")
    #expect(result.stderr.contains("cannot write output"), "\(arguments): \(result.stderr)")
  }

  @Test("A full disk exits 74 in normalize, clean and record mode", arguments: [
    ["normalize"], ["clean"], ["segment", "--jsonl-in"], ["normalize", "--jsonl-in"], ["romanize", "--jsonl-in"],
  ])
  func fullDiskIs74(arguments: [String]) throws {
    // Input that produces output in every command (a one-word Korean line may be all chrome
    // to `clean`, which then rightly writes nothing and succeeds).
    let line = "The summit opened in Seoul on Monday, 정상회의 officials said."
    let input = arguments.contains("--jsonl-in") ? Data(#"{"text":"\#(line)"}"#.utf8 + [0x0A]) : Data((line + "\n").utf8)
    let result = try Koen.run(arguments, stdin: input, stdoutPath: "/dev/full")
    #expect(result.status == 74, "\(arguments): \(result.stderr)")
    #expect(result.stderr.contains("No space left on device"), "\(arguments): \(result.stderr)")
  }
}
