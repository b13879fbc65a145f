import KoEn
@testable import KoEnCLI
import TestSupport
import Testing

/// The cost of writing one huge record (a long text's tokens in record mode) grows linearly.
///
/// Regression: JSON strings were appended with `out.unicodeScalars.append(contentsOf:)`,
/// which copies the whole output on every call, so `koen tokens --jsonl-in` on one record of
/// 80 KB took 16.6 s of CPU against 0.9 s for 10 KB (debug build).
@Suite("Adversarial record cost (koen)", .serialized)
struct AdversarialRecordCostTests {
  static func tokensRecord(_ factor: Int) -> JSONValue {
    .array(
      (0..<(4_000 * factor)).map { k in
        .object([("start", .int(k)), ("kind", .string("word")), ("text", .string(k % 2 == 0 ? "레코드" : "record\t"))])
      })
  }

  @Test("Serializing a record with many strings: linear cost")
  func serializationIsLinear() {
    let small = Self.tokensRecord(1).serialized()
    #expect(small.hasPrefix(#"[{"start":0,"kind":"word","text":"레코드"},{"start":1,"kind":"word","text":"record\t"}"#))
    let growth = CostGrowth.measure("JSON serialization of a record's tokens", make: Self.tokensRecord) { $0.serialized() }
    #expect(growth.isLinear, "\(growth)")
  }
}
