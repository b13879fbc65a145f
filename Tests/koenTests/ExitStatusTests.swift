import Foundation
import Testing

/// Every kind of bad input gets one clear line on standard error naming the file (and the
/// byte offset where it applies), the other inputs are still processed, and the exit status
/// says what happened.
@Suite("Exit statuses and bad input")
struct ExitStatusTests {
  @Test func standardInputThatCannotBeSpooledIs74() throws {
    // Analysis reads its input twice; standard input is first copied to $TMPDIR.
    let result = try Koen.run(
      ["analyze", "--format", "jsonl", "-"], stdin: Data("hello 안녕\n".utf8), environment: ["TMPDIR": "/nonexistent-koen-dir"])
    #expect(result.status == 74)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("<stdin>: cannot create a temporary file in /nonexistent-koen-dir"))
  }

  @Test func unknownOptionIsAUsageError() throws {
    let result = try Koen.run(["normalize", "--bogus"])
    #expect(result.status == 2)
    #expect(result.output.isEmpty)
    #expect(result.stderr.contains("Unknown option '--bogus'"))
  }

  @Test func badOptionValueIsAUsageError() throws {
    #expect(try Koen.run(["normalize", "--form", "nfx"]).status == 2)
    #expect(try Koen.run(["segment", "--format", "sarif"]).status == 2)
    #expect(try Koen.run(["tokens", "--offsets", "utf32"]).status == 2)
  }

  @Test func missingFileIs66AndTheOtherFilesAreStillProcessed() throws {
    let scratch = try Scratch()
    let good = try scratch.file("good.txt", "한국\n")
    let result = try Koen.run(["normalize", scratch.path + "/missing.txt", good])
    #expect(result.status == 66)
    #expect(result.stderrLines == ["koen: \(scratch.path)/missing.txt: no such file or directory"])
    #expect(result.output == "한국\n")
  }

  @Test func directoryWithoutRecursiveIs66() throws {
    let scratch = try Scratch()
    try scratch.file("a.txt", "a\n")
    let result = try Koen.run(["normalize", scratch.path])
    #expect(result.status == 66)
    #expect(result.stderrLines == ["koen: \(scratch.path): is a directory (use -r to read the files in it)"])
  }

  @Test func unreadableFileIs66() throws {
    let scratch = try Scratch()
    let secret = try scratch.file("secret.txt", "비밀\n")
    chmod(secret, 0o000)
    let good = try scratch.file("good.txt", "ok\n")
    // Root reads anything, so the binary runs as `nobody` when the tests run as root.
    let result = try Koen.run(["normalize", secret, good], asUser: 65534)
    #expect(result.status == 66)
    #expect(result.stderrLines == ["koen: \(secret): permission denied"])
    #expect(result.output == "ok\n")
  }

  @Test func invalidUTF8Is65WithFileAndByteOffset() throws {
    let scratch = try Scratch()
    let bad = try scratch.file("bad.txt", [0x41, 0x0A, 0x42, 0xED, 0x95, 0x9C, 0xFF, 0x43, 0x0A])
    let good = try scratch.file("good.txt", "fine\n")
    let result = try Koen.run(["normalize", bad, good])
    #expect(result.status == 65)
    #expect(result.stderrLines == ["koen: \(bad): invalid UTF-8 at byte 6 (line 2, column 3: 0xFF 0x43 0x0A)"])
    #expect(result.output == "fine\n", "the bad file is skipped whole, the good one processed")
  }

  @Test func nulBytesMeanABinaryFile() throws {
    let scratch = try Scratch()
    let binary = try scratch.file("image.bin", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])
    let result = try Koen.run(["translit", "--id", "Hangul-Latin", binary])
    #expect(result.status == 65)
    #expect(result.stderrLines == ["koen: \(binary): binary file: NUL byte at byte 8 (line 3, column 1)"])
    #expect(result.output.isEmpty)
  }

  @Test func utf16WithAByteOrderMarkIsRefusedWithAHint() throws {
    let scratch = try Scratch()
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in "한국어".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    let le = try scratch.file("le.txt", bytes)
    let be = try scratch.file("be.txt", [0xFE, 0xFF, 0xD5, 0x5C])
    let result = try Koen.run(["normalize", le, be])
    #expect(result.status == 65)
    #expect(result.stderrLines == [
      "koen: \(le): UTF-16 little-endian text (byte order mark at byte 0); KoEn reads UTF-8: convert it first, e.g. iconv -f UTF-16 -t UTF-8",
      "koen: \(be): UTF-16 big-endian text (byte order mark at byte 0); KoEn reads UTF-8: convert it first, e.g. iconv -f UTF-16 -t UTF-8",
    ])
  }

  @Test func utf8ByteOrderMarkIsTextAndKept() throws {
    let scratch = try Scratch()
    let file = try scratch.file("bom.txt", [0xEF, 0xBB, 0xBF] + Array("한\n".utf8))
    let result = try Koen.run(["normalize", file])
    #expect(result.status == 0)
    #expect(Array(result.stdout) == [0xEF, 0xBB, 0xBF] + Array("한\n".utf8))
  }

  @Test func emptyFileIsFine() throws {
    let scratch = try Scratch()
    let file = try scratch.file("empty.txt", "")
    let result = try Koen.run(["normalize", "--check", file])
    #expect(result.status == 0)
    #expect(result.output.isEmpty && result.stderr.isEmpty)
  }

  @Test func unknownTransliteratorIDIsAUsageError() throws {
    let result = try Koen.run(["translit", "--id", "Hangul-Klingon"], stdin: Data("한\n".utf8))
    #expect(result.status == 2)
    #expect(result.stderrLines.count == 1)
    #expect(result.stderrLines.first?.hasPrefix("koen: unknown transliterator ID 'Hangul-Klingon'") == true, "\(result.stderr)")
  }

  @Test func closedOutputPipeIs74NotASilentSuccess() throws {
    let text = String(repeating: "한국어 text\n", count: 20_000)
    let result = try Koen.run(["normalize"], stdin: Data(text.utf8), closedStdout: true)
    #expect(result.status == 74)
    #expect(result.stderrLines == ["koen: <stdout>: cannot write output: Broken pipe"])
  }

  @Test func fullDiskIs74() throws {
    let result = try Koen.run(["normalize"], stdin: Data("한국어\n".utf8), stdoutPath: "/dev/full")
    #expect(result.status == 74)
    #expect(result.stderrLines == ["koen: <stdout>: cannot write output: No space left on device"])
  }

  @Test func readErrorIs74() throws {
    // Reading /proc/self/mem from offset 0 fails with EIO.
    let result = try Koen.run(["normalize", "/proc/self/mem"])
    #expect(result.status == 74)
    #expect(result.stderrLines == ["koen: /proc/self/mem: read error: Input/output error"])
  }

  @Test func theMostSeriousStatusWins() throws {
    let scratch = try Scratch()
    let bad = try scratch.file("bad.txt", [0xC3])
    let result = try Koen.run(["normalize", bad, scratch.path + "/missing"])
    #expect(result.status == 66)
    #expect(result.stderrLines.count == 2)
  }

  @Test func invalidUTF8OnStandardInputIsReportedWithItsOffset() throws {
    let result = try Koen.run(["normalize"], stdin: Data([0x61, 0x0A, 0x80]))
    #expect(result.status == 65)
    #expect(result.stderrLines == ["koen: <stdin>: invalid UTF-8 at byte 2 (line 2, column 1: 0x80)"])
  }
}

@Suite("Bad option files")
struct OptionFileTests {
  @Test func missingGlossaryIs66() throws {
    let result = try Koen.run(["untranslated", "--allow", "/nonexistent/terms.txt"], stdin: Data("x\n".utf8))
    #expect(result.status == 66)
    #expect(result.stderrLines == ["koen: /nonexistent/terms.txt: no such file or directory"])
  }

  @Test func glossaryTermsAreNotReported() throws {
    let scratch = try Scratch()
    let terms = try scratch.file("terms.txt", "# kept in English\ncluster setup\n")
    let text = Data("이 문서는 cluster setup 방법을 설명합니다.\n".utf8)
    let without = try Koen.run(["untranslated", "--target", "ko"], stdin: text)
    let with = try Koen.run(["untranslated", "--target", "ko", "--allow", terms], stdin: text)
    #expect(without.status == 1)
    #expect(without.output == "<stdin>:1:7: untranslated English \"cluster setup\"\n")
    #expect(with.status == 0)
    #expect(with.output.isEmpty, "\(with.output)")
  }
}
