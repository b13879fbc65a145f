// Fuzzes romanization with every scheme and the option sets that change the rules.
//
// Invariants: `romanize` equals `explain(...).output`; the KoEn schemes leave no Hangul
// syllable behind; text without any Hangul (syllables or jamo of any block) and without
// Hanja reading passes through unchanged; the output grows at most linearly.
import FuzzSupport
import KoEnCore

let optionSets: [RomanizationOptions] = [
  [], [.properNoun, .hyphenate], [.personalName], [.address], [.address, .omitAdministrativeUnits],
  [.readHanja], [.ascii],
]

func hasHangul(_ text: String) -> Bool {
  text.unicodeScalars.contains { s in
    switch s.value {
    case 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xAC00...0xD7FF, 0xFFA0...0xFFDF: true
    default: false
    }
  }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRomanization(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  fuzzInput(data, size) { bytes in
    let text = String(decoding: bytes, as: UTF8.self)
    let korean = hasHangul(text)
    for scheme in RomanizationScheme.allCases {
      for options in scheme == .icu ? [[]] : optionSets {
        let romanizer = Romanizer(scheme: scheme, options: options)
        let output = romanizer.romanize(text)
        check(romanizer.explain(text).output == output, "\(scheme) \(options): explain differs from romanize")
        check(
          output.utf8.count <= 24 * text.utf8.count + 64,
          "\(scheme) \(options): output of \(output.utf8.count) bytes for \(text.utf8.count) input bytes")
        if scheme == .icu { continue }
        check(
          !output.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) },
          "\(scheme) \(options): Hangul syllable left in \(output.debugDescription)")
        if !korean && !options.contains(.readHanja) {
          check(output == text, "\(scheme) \(options): text without Hangul changed to \(output.debugDescription)")
        }
      }
    }
  }
}

@_cdecl("FuzzRomanization_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc, argv, fuzzRomanization)
}
