import KoEn
import Testing

@Suite("KoEn version")
struct KoEnVersionTests {
  @Test func versionIsSemantic() {
    let parts = KoEnVersion.string.split(separator: ".")
    #expect(parts.count == 3)
    #expect(parts.allSatisfy { Int($0) != nil })
  }
}
