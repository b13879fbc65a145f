/// A stretch of text in one script, as UTF-8 byte offsets into the original input.
public struct ScriptRun: Hashable, Sendable {
  /// The run's UTF-8 byte range, half-open.
  public let range: Range<Int>
  /// The run's script: never `.inherited`; `.common` only when the whole text has no
  /// character of a specific script; `.unknown` for unassigned code points and ill-formed
  /// bytes.
  public let script: Script

  /// Creates a run.
  public init(range: Range<Int>, script: Script) {
    self.range = range
    self.script = script
  }
}

/// Splits text into runs of one script each, with Common and Inherited characters (spaces,
/// digits, punctuation, combining marks) resolved to a neighbouring run, following the
/// sample algorithm of UAX #24 (Unicode Script Property), §5.1 and §5.2.
///
/// ```swift
/// let runs = ScriptRuns("NATO와 EU (北, 러시아)")
/// runs.map { "\($0.script.code) \($0.range)" }
/// // Latn 0..<4 "NATO", Hang 4..<8 "와 ", Latn 8..<12 "EU (", Hani 12..<17 "北, ",
/// // Hang 17..<26 "러시아", Latn 26..<27 ")": the ")" goes with its "(", in the Latin run
/// ```
///
/// The rules:
/// - An Inherited character (a combining mark) joins the run before it.
/// - A Common character joins the run it is in: the run before it, or, at the start of the
///   text, the first run with a specific script after it.
/// - Paired brackets: a closing bracket takes the script of the run its opening bracket was
///   in, not of the text just before it: in `[北, 러시아 파병]` the `[` opens the Han run and
///   the `]` goes with it, not with `파병`.
/// - Han and Hangul are different scripts: `韓國 사람` gives a `Hani` run and a `Hang` run.
///   Deciding that Hanja inside Korean is Korean is a language question, for the segmenter.
///
/// The runs tile the input: they are in order, without gaps or overlaps, and cover every
/// byte, including ill-formed UTF-8.
///
/// - Complexity: O(n) in the length of the text; one ICU property lookup per character
///   outside ASCII and the Hangul syllables.
/// - Thread-safety: an immutable value.
public struct ScriptRuns: RandomAccessCollection, Sendable {
  /// The runs, in text order.
  public let runs: [ScriptRun]

  /// The runs of `text`, with UTF-8 byte offsets into `text.utf8`.
  public init(_ text: String) {
    if let runs = text.utf8.withContiguousStorageIfAvailable({ Self.resolve($0) }) {
      self.runs = runs
    } else {
      var copy = text
      self.runs = copy.withUTF8 { Self.resolve($0) }
    }
  }

  /// The runs of UTF-8 `bytes`. Each maximal ill-formed subsequence counts as one
  /// character of script `.unknown`, so the runs still cover every byte.
  public init(utf8 bytes: some Collection<UInt8>) {
    if let runs = bytes.withContiguousStorageIfAvailable({ Self.resolve($0) }) {
      self.runs = runs
    } else {
      self.runs = Array(bytes).withUnsafeBufferPointer { Self.resolve($0) }
    }
  }

  /// The position of the first run.
  public var startIndex: Int { runs.startIndex }
  /// The position after the last run.
  public var endIndex: Int { runs.endIndex }
  /// The run at `position`.
  public subscript(position: Int) -> ScriptRun { runs[position] }

  /// An opening bracket waiting for its closing one.
  private struct OpenBracket {
    let closing: UInt32
    var script: Script?
  }

  /// The most brackets remembered at once (UAX #24's sample uses a small fixed stack too);
  /// deeper nesting is treated as plain Common characters.
  private static let maxBrackets = 64

  static func resolve(_ bytes: UnsafeBufferPointer<UInt8>) -> [ScriptRun] {
    var runs: [ScriptRun] = []
    var runStart = 0
    var runScript: Script? = nil  // nil while the run holds only Common/Inherited
    var brackets: [OpenBracket] = []
    var i = 0
    let n = bytes.count
    while i < n {
      let start = i
      let script: Script
      var scalar: Unicode.Scalar? = nil
      if bytes[i] < 0x80 {
        let byte = bytes[i]
        i += 1
        let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
        script = isLetter ? .latin : .common
        if !isLetter { scalar = Unicode.Scalar(byte) }
      } else {
        let length = UTF8Validation.validSequenceLength(in: bytes, at: i)
        if length == 0 {
          i += UTF8Validation.invalidSequenceLength(in: bytes, at: i)
          script = .unknown
        } else {
          let value = UTF8Decoding.decode(bytes, at: i).0
          i += length
          let s = Unicode.Scalar(value)!
          script = Script(of: s)
          scalar = s
        }
      }

      if script == .common || script == .inherited {
        guard let scalar, script == .common else { continue }
        if isOpening(scalar) {
          if brackets.count < maxBrackets, let pair = UnicodeProperties.pairedBracket(of: scalar) {
            brackets.append(OpenBracket(closing: pair.value, script: runScript))
          }
        } else if isClosing(scalar), let match = brackets.lastIndex(where: { $0.closing == scalar.value }) {
          let opened = brackets[match].script
          brackets.removeSubrange(match...)
          if let opened, let current = runScript, opened != current {
            // The closing bracket goes with its opening bracket's script.
            runs.append(ScriptRun(range: runStart..<start, script: current))
            runStart = start
            runScript = opened
          }
        }
        continue
      }

      if let current = runScript {
        if script != current {
          runs.append(ScriptRun(range: runStart..<start, script: current))
          runStart = start
          runScript = script
        }
      } else {
        // The first specific script of the run: leading Common characters and brackets
        // opened so far take it.
        runScript = script
        for k in brackets.indices where brackets[k].script == nil { brackets[k].script = script }
      }
    }
    if n > runStart || runs.isEmpty && n > 0 {
      runs.append(ScriptRun(range: runStart..<n, script: runScript ?? .common))
    }
    return runs
  }

  @inline(__always)
  private static func isOpening(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x28, 0x5B, 0x7B: true
    case 0..<0x80: false
    default: UnicodeProperties.isOpeningBracket(scalar)
    }
  }

  @inline(__always)
  private static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x29, 0x5D, 0x7D: true
    case 0..<0x80: false
    default: UnicodeProperties.isClosingBracket(scalar)
    }
  }
}
