import KoEn

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// Runs KoEn's public API as a dependent package does and checks what it gives.
var expectations = Expectations()

print("README library example")
do {
  try checkReadmeExample(&expectations)
} catch {
  expectations.expect(false, "the README example runs", got: "\(error)")
}

print("Two readings, streamed")
let page = """
  Seoul stocks rose on Friday as chipmakers gained.
  글자 크기 변경
  The KOSPI closed up 1.2 percent, led by Samsung Electronics.

  댓글 0
  이 기사에 대해 어떻게 생각하시나요?
  ⓒ 연합뉴스, 무단 전재-재배포 금지

  """
for chunkSize in [1, 7, 64] {
  checkStreamingReading(&expectations, document: page, chunkSize: chunkSize)
}

print("Corpus mode")
checkCorpusMode(&expectations)

print("\(expectations.checks - expectations.failures) passed, \(expectations.failures) failed")
if expectations.failures > 0 { exit(1) }
