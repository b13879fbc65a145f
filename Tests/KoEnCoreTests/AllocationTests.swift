import KoEnCore
import MallocCounter
import Testing

/// Paths documented as allocation-free, checked by counting this thread's calls to malloc
/// and friends (the MallocCounter test target interposes them).
///
/// Counting needs glibc and a build without a sanitizer (a sanitizer intercepts malloc
/// itself). In a sanitizer build Swift Testing reports this suite as disabled, with that
/// reason; in every ordinary `swift test` run on Linux it runs.
@Suite(
  "Allocation-free paths",
  .enabled(if: koen_malloc_counter_available() == 1, "allocation counting needs glibc and no sanitizer"))
struct AllocationTests {
  /// Runs `body` once to warm up (lazy ICU data, Swift metadata), then counts the
  /// allocations of a second run.
  func allocations(_ body: () -> Void) -> Int64 {
    body()
    koen_malloc_counter_start()
    body()
    return koen_malloc_counter_stop()
  }

  @Test func counterWorks() {
    #expect(koen_malloc_counter_available() == 1, "allocation counting needs glibc and no sanitizer")
    let counted = allocations {
      let array = [Int](repeating: 1, count: Int.random(in: 100...200))
      #expect(array.count >= 100)
    }
    #expect(counted >= 1)
  }

  @Test func quickCheckOfNormalizedTextAllocatesNothing() throws {
    let nfc = try Normalizer(.nfc)
    let nfd = try Normalizer(.nfd)
    let korean = String(repeating: "북한군 파병에 대해 NATO와 EU 관계자들에게 설명할 예정이다. 韓國 ", count: 50)
    let decomposed = nfd.normalize(korean)
    let english = String(repeating: "A South Korean government delegation will visit Belgium. ", count: 50)
    var answers: [Bool] = []
    answers.reserveCapacity(16)
    let counted = allocations {
      answers.removeAll(keepingCapacity: true)
      answers.append(nfc.isNormalized(korean))
      answers.append(nfc.isNormalized(english))
      answers.append(nfd.isNormalized(decomposed))
      answers.append(nfc.isNormalized(korean[...]))
      answers.append(nfc.isNormalized(decomposed))  // false, found without allocating either
    }
    #expect(answers == [true, true, true, true, false])
    #expect(counted == 0, "isNormalized allocated \(counted) times")
  }

  @Test func normalizingNormalizedTextReturnsItWithoutCopying() throws {
    let nfc = try Normalizer(.nfc)
    let korean = String(repeating: "글자크기 설정 파란원을 좌우로 움직이시면 글자크기가 변경 됩니다. ", count: 40)
    var result = ""
    let counted = allocations { result = nfc.normalize(korean) }
    #expect(result.sameScalars(korean))
    #expect(counted == 0, "normalize allocated \(counted) times for normalized text")
  }

  @Test func propertyLookupsAllocateNothing() {
    var total = 0
    let counted = allocations {
      for scalar in "가ㄱ\u{1100}A1 北".unicodeScalars {
        total &+= Int(UnicodeProperties.wordBreak(of: scalar).rawValue)
        total &+= UnicodeProperties.generalCategory(of: scalar) == .otherLetter ? 1 : 0
        total &+= Int(Script(of: scalar).rawValue)
        total &+= HangulForm(scalar) == nil ? 0 : 1
      }
    }
    #expect(total > 0)
    #expect(counted == 0, "property lookups allocated \(counted) times")
  }
}
