// Fuzzes normalization in every form, whole and chunked.
//
// Invariants, for each form F: on well-formed input F(x) succeeds, F(F(x)) == F(x) and
// isNormalized(F(x)); the String API agrees with the byte API; StreamingNormalizer fed the
// input in chunks (cut anywhere, inside scalars too) produces exactly F(x); NFC and NFD
// (and NFKC and NFKD) agree on canonical equivalence. On ill-formed input the byte API and
// the streaming normalizer both throw, at the offset of the first ill-formed byte.
import FuzzSupport
import KoEnCore

let normalizers = NormalizationForm.allCases.map { try! Normalizer($0) }

func streamed(_ normalizer: Normalizer, _ bytes: [UInt8]) -> Result<[UInt8], InvalidUTF8Error> {
  var stream = StreamingNormalizer(normalizer)
  var out: [UInt8] = []
  do {
    for chunk in chunks(of: bytes) { out += try stream.append(utf8: chunk) }
    out += try stream.finish()
    return .success(out)
  } catch {
    return .failure(error)
  }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNormalization(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  fuzzInput(data, size) { bytes in
    let firstInvalid = UTF8Reference.firstInvalidOffset(bytes)
    var results: [NormalizationForm: [UInt8]] = [:]
    for normalizer in normalizers {
      let form = normalizer.form
      let whole: Result<[UInt8], InvalidUTF8Error> = Result { () throws(InvalidUTF8Error) in
        try normalizer.normalize(utf8: bytes)
      }
      switch (whole, firstInvalid) {
      case (.success(let output), nil):
        results[form] = output
        let again = try? normalizer.normalize(utf8: output)
        check(again == output, "\(form) is not idempotent")
        check((try? normalizer.isNormalized(utf8: output)) == true, "\(form) output is not \(form)")
        check(UTF8Reference.firstInvalidOffset(output) == nil, "\(form) produced ill-formed UTF-8")
        let text = String(decoding: bytes, as: UTF8.self)
        check(Array(normalizer.normalize(text).utf8) == output, "\(form): String API differs from byte API")
        check(normalizer.isNormalized(text) == (output == bytes), "\(form): isNormalized disagrees with normalize")
        switch streamed(normalizer, bytes) {
        case .success(let chunked): check(chunked == output, "\(form): chunked != whole")
        case .failure(let error): check(false, "\(form): streaming threw \(error) on valid input")
        }
      case (.failure(let error), let offset?):
        check(error.byteOffset == offset, "\(form): error at \(error.byteOffset), first invalid byte at \(offset)")
        switch streamed(normalizer, bytes) {
        case .success: check(false, "\(form): streaming accepted ill-formed input")
        case .failure(let streamError):
          check(streamError.byteOffset == offset, "\(form): streaming error at \(streamError.byteOffset), expected \(offset)")
        }
      case (.success, let offset?):
        check(false, "\(form) accepted ill-formed input (first invalid byte at \(offset))")
      case (.failure(let error), nil):
        check(false, "\(form) rejected well-formed input at \(error.byteOffset)")
      }
    }
    guard firstInvalid == nil, let nfc = results[.nfc], let nfd = results[.nfd],
      let nfkc = results[.nfkc], let nfkd = results[.nfkd]
    else { return }
    let n = normalizers
    check((try? n[0].normalize(utf8: nfd)) == nfc, "NFC(NFD(x)) != NFC(x)")
    check((try? n[1].normalize(utf8: nfc)) == nfd, "NFD(NFC(x)) != NFD(x)")
    check((try? n[2].normalize(utf8: nfkd)) == nfkc, "NFKC(NFKD(x)) != NFKC(x)")
    check((try? n[3].normalize(utf8: nfkc)) == nfkd, "NFKD(NFKC(x)) != NFKD(x)")
  }
}

@_cdecl("FuzzNormalization_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc, argv, fuzzNormalization)
}
