import Foundation
import KoEn

/// Deterministic benchmark inputs, built from the text files in `Corpora/`.
///
/// Lines of every `.txt` file under `Corpora/` (except the Unicode conformance files) are
/// sorted into Korean, English and mixed pools by `LineProfiler`, then drawn with a fixed
/// seed until the text reaches the size asked for. The same repository gives the same
/// bytes on every run and machine.
public enum Inputs {
  /// The kinds of generated text.
  public enum Kind: String, CaseIterable, Sendable {
    /// Korean, English and mixed lines, drawn 2:2:1.
    case mixed
    /// Korean lines only.
    case ko
    /// English lines only.
    case en
  }

  /// One megabyte (2^20 bytes).
  public static let megabyte = 1 << 20

  /// The repository's `Corpora` folder.
  public static var corpora: String {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }  // Benchmarks/Sources/BenchmarkInputs/Inputs.swift
    return url.appendingPathComponent("Corpora").path
  }

  struct Pools {
    var ko: [[UInt8]] = []
    var en: [[UInt8]] = []
    var mixed: [[UInt8]] = []
  }

  nonisolated(unsafe) static var cachedPools: Pools?

  static func pools() -> Pools {
    if let cachedPools { return cachedPools }
    var pools = Pools()
    let manager = FileManager.default
    var files: [String] = []
    if let walker = manager.enumerator(atPath: corpora) {
      while let path = walker.nextObject() as? String {
        if path.hasSuffix(".txt") && !path.hasPrefix("UCD/") { files.append(path) }
      }
    }
    for file in files.sorted() {
      guard let data = manager.contents(atPath: corpora + "/" + file) else { continue }
      let bytes = [UInt8](data)
      for line in LineProfiler(utf8: bytes) {
        let text = Array(bytes[line.range]) + [0x0A]
        switch line.language {
        case .ko: pools.ko.append(text)
        case .en: pools.en.append(text)
        case .mixed: pools.mixed.append(text)
        case .none: break
        }
      }
    }
    precondition(!pools.ko.isEmpty && !pools.en.isEmpty, "no Korean or English lines in \(corpora)")
    if pools.mixed.isEmpty { pools.mixed = pools.ko + pools.en }
    cachedPools = pools
    return pools
  }

  /// A text of `kind`, `size` bytes or a few more (whole lines), always the same.
  public static func text(_ kind: Kind, size: Int, seed: UInt64 = 0x4B6F_456E) -> [UInt8] {
    let pools = pools()
    var rng = SplitMix64(seed: seed)
    var out: [UInt8] = []
    out.reserveCapacity(size + 4096)
    while out.count < size {
      let pool: [[UInt8]]
      switch kind {
      case .ko: pool = pools.ko
      case .en: pool = pools.en
      case .mixed:
        let pick = rng.next() % 5
        pool = pick < 2 ? pools.ko : pick < 4 ? pools.en : pools.mixed
      }
      out.append(contentsOf: pool[Int(rng.next() % UInt64(pool.count))])
    }
    return out
  }

  /// A mixed text of `size` bytes with no line break at all: one line.
  public static func singleLine(size: Int) -> [UInt8] {
    text(.mixed, size: size).map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }
  }

  /// Words whose letters carry long runs of combining marks (up to 64 per base).
  public static func combiningMarks(size: Int) -> [UInt8] {
    var rng = SplitMix64(seed: 3)
    var out: [UInt8] = []
    let marks: [[UInt8]] = [Array("\u{301}".utf8), Array("\u{308}".utf8), Array("\u{323}".utf8)]
    while out.count < size {
      out.append(contentsOf: "e".utf8)
      for _ in 0..<(1 + Int(rng.next() % 64)) { out.append(contentsOf: marks[Int(rng.next() % 3)]) }
      if rng.next() % 4 == 0 { out.append(0x20) }
    }
    return out
  }

  /// Hangul and Latin alternating at every character: `a가b나…`, a token per character.
  public static func alternatingScripts(size: Int) -> [UInt8] {
    var rng = SplitMix64(seed: 5)
    var out: [UInt8] = []
    while out.count < size {
      out.append(UInt8(ascii: "a") + UInt8(rng.next() % 26))
      let syllable = 0xAC00 + UInt32(rng.next() % 11172)
      out.append(contentsOf: String(Character(Unicode.Scalar(syllable)!)).utf8)
    }
    return out
  }
}
