import Foundation
import Testing

/// `--jsonl-in`: one JSON record in, one out, in order, KoEn's result added, errors in the
/// record instead of dropped records.
@Suite("Record mode (--jsonl-in)")
struct RecordModeTests {
  static func lines(_ data: Data) -> [String] {
    String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
  }

  @Test func addsTheResultAndKeepsTheRecordsFieldsInOrder() throws {
    let input = """
      {"id":7,"text":"NATO는 EU와 회의했다","score":1.50,"tags":["a"]}
      {"id":8,"text":"Plain English."}

      """
    let result = try Koen.run(["segment", "--jsonl-in"], stdin: Data(input.utf8))
    #expect(result.status == 0)
    let out = Self.lines(result.stdout)
    #expect(out.count == 2)
    #expect(out[0].hasPrefix(#"{"id":7,"text":"NATO는 EU와 회의했다","score":1.50,"tags":["a"],"koen":[{"start":0,"end":4,"lang":"en","script":"Latn","text":"NATO"}"#), "\(out[0])")
    let record = try JSONSerialization.jsonObject(with: Data(out[1].utf8)) as! [String: Any]
    #expect((record["koen"] as! [[String: Any]]).count >= 1)
  }

  @Test func badRecordsComeOutWithAnErrorFieldNeverDropped() throws {
    var input = Data()
    input.append(Data(#"{"text":"좋아요"}"#.utf8) + [0x0A])
    input.append(Data("not json at all".utf8) + [0x0A])
    input.append(Data(#"{"body":"no text field"}"#.utf8) + [0x0A])
    input.append(Data(#"{"text":42}"#.utf8) + [0x0A])
    input.append(Data(#"[1,2]"#.utf8) + [0x0A])
    input.append(Data([0x7B, 0x22, 0x74, 0x22, 0x3A, 0x22, 0xFF, 0x22, 0x7D, 0x0A]))  // {"t":"\xFF"}
    input.append(Data(#"{"text":"끝"}"#.utf8))  // no final line break
    let result = try Koen.run(["normalize", "--form", "nfd", "--jsonl-in", "--into", "nfd"], stdin: input)
    #expect(result.status == 0, "record errors are in the records, not the exit status")
    let out = Self.lines(result.stdout)
    #expect(out.count == 7, "one line out per line in: \(out)")
    #expect(out[0] == #"{"text":"좋아요","nfd":"\#("좋아요".decomposedStringWithCanonicalMapping)"}"#)
    #expect(out[1] == #"{"nfd_error":"invalid JSON at byte 0: unexpected character","nfd_input":"not json at all"}"#)
    #expect(out[2] == #"{"body":"no text field","nfd_error":"the record has no field 'text'"}"#)
    #expect(out[3] == #"{"text":42,"nfd_error":"the field 'text' is not a string"}"#)
    #expect(out[4] == #"{"nfd_error":"the record is not a JSON object","nfd_input":[1,2]}"#)
    #expect(out[5].hasPrefix(#"{"nfd_error":"invalid UTF-8 at byte 6 of the record""#))
    #expect(out[6].hasPrefix(#"{"text":"끝","nfd":"#))
  }

  @Test func customFieldAndOffsetsInUTF16() throws {
    let result = try Koen.run(
      ["tokens", "--jsonl-in", "--field", "body", "--offsets", "utf16"], stdin: Data(#"{"body":"𝐀 한"}"#.utf8 + [0x0A]))
    let record = try JSONSerialization.jsonObject(with: Data(Self.lines(result.stdout)[0].utf8)) as! [String: Any]
    let tokens = record["koen"] as! [[String: Any]]
    #expect(tokens.map { $0["start"] as! Int } == [0, 2, 3])
  }

  @Test func manyRecordsKeepTheirOrder() throws {
    let count = 5_000
    var input = ""
    for i in 0..<count { input += "{\"n\":\(i),\"text\":\"줄 \(i) line\"}\n" }
    let result = try Koen.run(["analyze", "--jsonl-in", "-j", "4"], stdin: Data(input.utf8))
    let out = Self.lines(result.stdout)
    #expect(out.count == count)
    for (i, line) in out.enumerated() where i % 997 == 0 {
      #expect(line.hasPrefix("{\"n\":\(i),"), "record \(i) in place")
    }
  }

  @Test func everyCommandWithRecordModeAnswers() throws {
    let input = Data(#"{"text":"신라의 NATO 회의"}"#.utf8 + [0x0A])
    for command in [["segment"], ["tokens"], ["analyze"], ["untranslated"], ["clean"], ["normalize"], ["romanize"],
                    ["translit", "--id", "Hangul-Latin"], ["stats"], ["normalize", "--check"]] {
      let result = try Koen.run(command + ["--jsonl-in"], stdin: input)
      #expect(result.status == 0, "\(command): \(result.stderr)")
      let record = try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any]
      #expect(record?["koen"] != nil, "\(command) adds its result: \(result.output)")
    }
  }
}
