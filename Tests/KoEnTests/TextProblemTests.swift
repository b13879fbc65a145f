import KoEn
import Testing

@Suite("TextProblem")
struct TextProblemTests {
  /// The NUL search reads eight bytes at a time: the first NUL at every position is found,
  /// also with another right after it, and neither 0x01 nor bytes from 0x80 count.
  @Test func theFirstNULIsFoundAtEveryPosition() {
    for length in 1..<40 {
      for at in 0..<length {
        var bytes = [UInt8](repeating: at % 2 == 0 ? 0x01 : 0x80, count: length)
        bytes[at] = 0
        if at + 1 < length { bytes[at + 1] = 0 }
        let problem = bytes.withUnsafeBufferPointer { TextProblem.first(in: $0, offset: 100, acceptInvalidUTF8: true) }
        #expect(problem?.kind == .nul, "length \(length) at \(at)")
        #expect(problem?.offset == 100 + at, "length \(length) at \(at)")
      }
      let none = [UInt8](repeating: 0x01, count: length) + [0x80, 0xFF]
      #expect(none.withUnsafeBufferPointer { TextProblem.first(in: $0, acceptInvalidUTF8: true) } == nil)
    }
  }
}
