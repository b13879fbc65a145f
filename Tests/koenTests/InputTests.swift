import Foundation
import Testing

/// Files, directories, globs, standard input and parallel processing with ordered output.
@Suite("Inputs and parallel runs")
struct InputTests {
  @Test func recursiveWalkIsSortedAndFiltered() throws {
    let scratch = try Scratch()
    try scratch.file("b.txt", "b\n")
    try scratch.file("a.txt", "a\n")
    try scratch.file("notes.md", "m\n")
    try scratch.file("sub/c.txt", "c\n")
    try scratch.file("skip/d.txt", "d\n")
    try scratch.file(".hidden/e.txt", "e\n")
    let all = try Koen.run(["normalize", "-r", scratch.path])
    #expect(all.output == "e\na\nb\nm\nd\nc\n")
    let txt = try Koen.run(["normalize", "-r", "--include", "*.txt", "--exclude", "skip", "--exclude", ".*", scratch.path])
    #expect(txt.output == "a\nb\nc\n")
  }

  /// The document record says how each file was read: by its name, by its shape, or as
  /// `--as` says.
  @Test func theDocumentRecordNamesTheFormatReadAs() throws {
    let scratch = try Scratch()
    try scratch.file("po/ko.po", "msgid \"Open\"\nmsgstr \"열기\"\n")
    try scratch.file("notes.txt", "# 설치\n\n```sh\nmake install\n```\n")
    try scratch.file("page.txt", "설치가 끝났습니다.\n")
    func format(_ arguments: [String]) throws -> [String] {
      let output = try Koen.run(["analyze", "--format", "jsonl"] + arguments).output
      return output.split(separator: "\n").filter { $0.contains(#""type":"document""#) }.map { line in
        String(line.split(separator: ",").first { $0.hasPrefix(#""format":"#) } ?? "")
      }
    }
    let paths = ["po/ko.po", "notes.txt", "page.txt"].map { scratch.path + "/" + $0 }
    #expect(try format(paths) == [#""format":"po""#, #""format":"markdown""#, #""format":"text""#])
    #expect(try format(["--as", "rst", paths[2]]) == [#""format":"rst""#])
  }

  @Test func standardInputByDashAndByDefault() throws {
    #expect(try Koen.run(["normalize"], stdin: Data("x\n".utf8)).output == "x\n")
    #expect(try Koen.run(["normalize", "-"], stdin: Data("y\n".utf8)).output == "y\n")
    #expect(try Koen.run(["normalize", "-", "-"]).status == 2)
  }

  @Test func parallelOutputIsInInputOrder() throws {
    let scratch = try Scratch()
    var paths: [String] = []
    for i in 0..<120 {
      // Different sizes, so workers finish out of order.
      let body = String(repeating: "줄 \(i) line\n", count: (i * 37) % 50 + 1)
      paths.append(try scratch.file(String(format: "f%03d.txt", i), body))
    }
    let serial = try Koen.run(["segment", "--format", "jsonl", "-j", "1"] + paths)
    let parallel = try Koen.run(["segment", "--format", "jsonl", "-j", "8"] + paths)
    #expect(serial.status == 0)
    #expect(parallel.stdout == serial.stdout)
    let recursive = try Koen.run(["segment", "--format", "jsonl", "-r", scratch.path])
    #expect(recursive.stdout == serial.stdout)
  }

  @Test func messagesKeepTheOrderOfTheInputs() throws {
    let scratch = try Scratch()
    let bad = try scratch.file("2-bad.txt", [0xFF])
    let good1 = try scratch.file("1-good.txt", "1\n")
    let good3 = try scratch.file("3-good.txt", "3\n")
    let result = try Koen.run(["normalize", "-j", "3", good1, scratch.path + "/0-missing", bad, good3])
    #expect(result.stderrLines == [
      "koen: \(scratch.path)/0-missing: no such file or directory",
      "koen: \(bad): invalid UTF-8 at byte 0 (line 1, column 1: 0xFF)",
    ])
    #expect(result.output == "1\n3\n")
    #expect(result.status == 66)
  }

  @Test func keepInvalidShowsBadBytesAsInvalidTokens() throws {
    let result = try Koen.run(["tokens", "--keep-invalid", "--format", "jsonl"], stdin: Data([0x41, 0x20, 0xFF, 0x0A]))
    #expect(result.status == 0)
    #expect(result.output.contains(#""start":2,"end":3,"kind":"invalid""#), "\(result.output)")
    #expect(result.output.contains("\u{FFFD}"))
  }
}

@Suite("normalize, translit, romanize")
struct TextCommandTests {
  @Test func normalizeComposesDecomposedHangul() throws {
    let nfd = "\u{1112}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8}어.txt\n"
    let result = try Koen.run(["normalize", "--form", "nfc"], stdin: Data(nfd.utf8))
    #expect(result.output == "한국어.txt\n")
  }

  @Test func checkReportsLineColumnSpanAndExitsOne() throws {
    let text = "NATO 회의\nFile \u{1112}\u{1161}\u{11AB}.txt\nＮＡＴＯ\n"
    let nfc = try Koen.run(["normalize", "--check"], stdin: Data(text.utf8))
    #expect(nfc.status == 1)
    #expect(nfc.output == "<stdin>:2:6: not NFC: \"\u{1112}\u{1161}\u{11AB}\" → \"한\" (U+1112 U+1161 U+11AB)\n")
    let nfkc = try Koen.run(["normalize", "--check", "--form", "nfkc", "--format", "jsonl"], stdin: Data(text.utf8))
    #expect(nfkc.output.contains(#"{"file":"<stdin>","line":3,"column":1,"start":"#))
    #expect(try Koen.run(["normalize", "--check"], stdin: Data("한국\n".utf8)).status == 0)
  }

  @Test func translitByIDRulesAndList() throws {
    #expect(try Koen.run(["translit", "--id", "Hangul-Latin"], stdin: Data("북한\n신라\n".utf8)).output == "bughan\nsinla\n")
    let scratch = try Scratch()
    let rules = try scratch.file("rules.txt", "a > b; c > d;\n")
    #expect(try Koen.run(["translit", "--rules", rules], stdin: Data("acab\n".utf8)).output == "bdbb\n")
    let broken = try scratch.file("broken.txt", "a > ;;; > > b\n")
    let failed = try Koen.run(["translit", "--rules", broken], stdin: Data("a\n".utf8))
    #expect(failed.status == 65)
    #expect(failed.stderrLines.count == 1 && failed.stderr.hasPrefix("koen: \(broken): "))
    let list = try Koen.run(["translit", "--list"])
    #expect(list.output.split(separator: "\n").contains("Hangul-Latin"))
    #expect(try Koen.run(["translit", "--rules", scratch.path + "/none.txt"]).status == 66)
  }

  @Test func romanizeWritesOneLinePerInputLine() throws {
    let result = try Koen.run(["romanize"], stdin: Data("신라\n\n종로 NATO\n".utf8))
    #expect(result.status == 0)
    #expect(result.output.split(separator: "\n", omittingEmptySubsequences: false).count == 4)
    #expect(result.output.hasPrefix("Silla\n") || result.output.hasPrefix("silla\n"), "\(result.output)")
    #expect(try Koen.run(["romanize", "--scheme", "icu", "--word", "북한"]).output == "bughan\n")
  }
}

@Suite("Corpus mode (--corpus)")
struct CorpusModeTests {
  @Test func aLineRecurringAcrossFilesBecomesChrome() throws {
    let scratch = try Scratch()
    let shared = "The Blue Harbor Gazette prints every morning at dawn."
    var paths: [String] = []
    for (i, topic) in ["rivers", "bridges", "orchards", "lighthouses"].enumerated() {
      let body = "A long report about \(topic) in the northern provinces, written by our correspondent.\n\n\(shared)\n"
      paths.append(try scratch.file("page\(i).txt", body))
    }
    func roleOfSharedLine(_ extra: [String]) throws -> [String] {
      let result = try Koen.run(["analyze", "--format", "jsonl"] + extra + paths)
      return result.output.split(separator: "\n").compactMap { line -> String? in
        let record = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        return record?["line"] as? Int == 3 && record?["type"] as? String == "line" ? record?["role"] as? String : nil
      }
    }
    #expect(try roleOfSharedLine([]) == ["content", "content", "content", "content"])
    #expect(try roleOfSharedLine(["--corpus"]) == ["chrome", "chrome", "chrome", "chrome"])
  }

  @Test func corpusModeNeedsFiles() throws {
    let result = try Koen.run(["analyze", "--corpus"], stdin: Data("text\n".utf8))
    #expect(result.status == 2)
    #expect(result.stderrLines == ["koen: --corpus reads files, not standard input"])
  }
}
