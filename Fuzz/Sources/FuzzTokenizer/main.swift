// Fuzzes the tokenizer over arbitrary bytes.
//
// Invariants: the tokens partition the input; `invalid` tokens are exactly the maximal
// ill-formed subparts (one U+FFFD each) and nothing else is invalid; on well-formed input
// every token boundary falls between scalars; the String, byte-sequence and borrowed-buffer
// initializers give the same tokens; iteration is deterministic.
import FuzzSupport
import KoEn

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTokenizer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  fuzzInput(data, size) { bytes in
    let tokens = Array(Tokenizer(utf8: bytes))
    checkPartition(tokens.map(\.range), count: bytes.count, "token")

    let subparts = UTF8Reference.illFormedSubparts(bytes)
    let invalid = tokens.filter { $0.kind == .invalid }.map(\.range)
    check(invalid == subparts, "invalid tokens \(invalid) != maximal subparts \(subparts)")
    for token in tokens where token.kind == .invalid {
      check(token.language == .zxx, "invalid token \(token.range) has language \(token.language)")
    }

    let valid = subparts.isEmpty
    checkOffsets(tokens.map(\.range.lowerBound), in: bytes, valid: valid, "token")
    if valid {
      let text = String(decoding: bytes, as: UTF8.self)
      let fromString = Array(Tokenizer(text))
      check(fromString == tokens, "Tokenizer(String) differs from Tokenizer(utf8:)")
    }
    let borrowed = bytes.withUnsafeBufferPointer { Array(Tokenizer(unsafeUTF8: $0)) }
    check(borrowed == tokens, "Tokenizer(unsafeUTF8:) differs from Tokenizer(utf8:)")
    check(Array(Tokenizer(utf8: bytes)) == tokens, "tokenization is not deterministic")
  }
}

@_cdecl("FuzzTokenizer_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc, argv, fuzzTokenizer)
}
