import KoEn

/// `koen_normalize_text`: the text in a normalization form (`KOEN_NFC` 0, `KOEN_NFD` 1,
/// `KOEN_NFKC` 2, `KOEN_NFKD` 3, `KOEN_NFKC_CASEFOLD` 4), as `koen normalize --form` writes it.
/// (Not `koen_normalize`: that name is CICU's UTF-16 shim, linked into the same library.)
@_cdecl("koen_normalize_text")
public func koen_normalize_text(
  _ text: UnsafePointer<UInt8>?, _ length: UInt, _ form: Int32,
  _ out: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>?, _ outLength: UnsafeMutablePointer<UInt>?,
  _ message: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> Int32 {
  respond(message) { () throws(CFailure) in
    let bytes = try input(text, length)
    let forms: [NormalizationForm] = [.nfc, .nfd, .nfkc, .nfkd, .nfkcCasefold]
    guard form >= 0, Int(form) < forms.count else {
      throw CFailure(status: .argument, message: "unknown normalization form \(form) (0 nfc, 1 nfd, 2 nfkc, 3 nfkd, 4 nfkc_cf)")
    }
    try check(bytes)
    let normalizer: Normalizer
    do {
      normalizer = try Normalizer(forms[Int(form)])
    } catch {
      throw CFailure(status: .internal, message: "ICU normalizer: \(error)")
    }
    try deliver(Array(normalizer.normalize(String(decoding: bytes, as: UTF8.self)).utf8), out, outLength)
  }
}

/// `koen_romanize`: each line romanized, line breaks kept, as `koen romanize` writes it.
/// `scheme`: `KOEN_RR` 0, `KOEN_RR_TRANSLIT` 1, `KOEN_MR` 2, `KOEN_ICU` 3; `options`: the
/// bits of `RomanizationOptions` (`KOEN_ROMANIZE_*` in `koen.h`).
@_cdecl("koen_romanize")
public func koen_romanize(
  _ text: UnsafePointer<UInt8>?, _ length: UInt, _ scheme: Int32, _ options: UInt32,
  _ out: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>?, _ outLength: UnsafeMutablePointer<UInt>?,
  _ message: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> Int32 {
  respond(message) { () throws(CFailure) in
    let bytes = try input(text, length)
    let schemes: [RomanizationScheme] = [.revised, .revisedTransliteration, .mccuneReischauer, .icu]
    guard scheme >= 0, Int(scheme) < schemes.count else {
      throw CFailure(status: .argument, message: "unknown romanization scheme \(scheme) (0 rr, 1 rr-translit, 2 mr, 3 icu)")
    }
    try check(bytes)
    let romanizer = Romanizer(scheme: schemes[Int(scheme)], options: RomanizationOptions(rawValue: options))
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    TextLines.forEach(in: bytes) { content, lineBreak in
      result += romanizer.romanize(String(decoding: content, as: UTF8.self)).utf8
      result += lineBreak
    }
    try deliver(result, out, outLength)
  }
}
