/// The first word of a line as `LanguageSwitcher`'s reading sees it, judged before the line
/// is read: a switcher's first piece is a language's name or its label (`Languages:`), so a
/// line whose first word starts neither is no switcher.
///
/// Most lines asked are running text (`Friday, April 20, 2018`, `(Yonhap) …`, `  • Lee
/// Kyung-sik`), which the full reading rules out only after copying and judging its first
/// piece, a few hundred instructions a line; the first word, compared with a small table,
/// rules out nearly all of them.
///
/// The walk mirrors the reading's states up to the first word: HTML tags and Markdown link
/// targets are skipped as it skips them, separators and the scalars it reads as spaces
/// (`[`, `*`, `#`, `–`, a flag) are passed over, and the word runs up to the next of those,
/// `(` or `:`. The word is then the first token of the piece the reading judges (up to a
/// space or parenthesis), lower-cased, or of the label before a colon; so:
/// - a word in ASCII is compared byte for byte with the first tokens of the names and
///   labels in ASCII (an ASCII text is canonically equivalent to no other, as
///   `LanguageSwitcher.asciiNameVerdict` relies on too);
/// - a word opening with a Hangul syllable that no conjoining jamo (nor a tag, behind
///   which one could stand) follows, none composing with it, is compared by that
///   syllable with the names' and labels' first;
/// - any other word (a tag inside it, other scalars outside ASCII) is left to the reading.
/// A line whose first piece starts with `(` or `:`, or that has no word outside tags, is
/// none either: no name or label starts so. An Org link (`[[`) before the word is left to
/// the reading, which reads such links by what the rest of the line holds.
///
/// `LanguageSwitcherTests` checks, line by line, that no line this rules out is one the
/// reading takes.
enum SwitcherLineStart {
  /// Whether the line may be a switcher by its first word: false only for a line that
  /// `LanguageSwitcher`'s reading finds no switcher.
  static func mayStartSwitcher(_ line: SourceLine) -> Bool {
    let tables = Self.tables
    return line.scalars.withUnsafeBufferPointer { s in
      tables.roles.withUnsafeBufferPointer { roles in
        // The role of the scalar `v`.
        @inline(__always) func role(_ v: UInt32) -> Role { v < 0x80 ? Role(rawValue: roles[Int(v)])! : nonASCIIRole(v) }
        // The index after the first `end` from `k` on, if any.
        @inline(__always) func after(_ end: UInt32, from k: Int) -> Int? {
          var j = k
          while j < s.count {
            if s[j].value.value == end { return j &+ 1 }
            j &+= 1
          }
          return nil
        }
        var k = 0
        var previous: UInt32 = 0x20
        // Up to the first word: tags, link targets, separators and spaces.
        scan: while k < s.count {
          let c = s[k].value.value
          switch role(c) {
          case .tag:
            // The rest of the line a tag that never closes: no piece has text.
            guard let next = after(0x3E, from: k &+ 1) else { return false }
            k = next
            previous = 0x3E
          case .parenthesis where previous == 0x5D:
            // A Markdown link's target (`](…)`), skipped to its `)`.
            guard let next = after(0x29, from: k &+ 1) else { return false }
            k = next
            previous = 0x29
          case .openBracket where previous == 0x5B:
            // `[[`: an Org link, whose reading depends on the rest of the line.
            return true
          case .blank, .openBracket, .closeBracket:
            previous = c
            k &+= 1
          case .text, .parenthesis, .colon:
            break scan
          }
        }
        // No word at all, or a first piece opening with `(` or `:`.
        guard k < s.count, role(s[k].value.value) == .text else { return false }
        // The word: its ASCII scalars first, in one tight loop.
        let first = s[k].value.value
        let start = k
        while k < s.count {
          let c = s[k].value.value
          guard c < 0x80, roles[Int(c)] == Role.text.rawValue else { break }
          k &+= 1
        }
        let end = k < s.count ? s[k].value.value : 0x20
        if end == 0x3C || (end >= 0x80 && nonASCIIRole(end) == .text) {
          // A tag inside the word (the word goes on behind it) or a scalar outside ASCII
          // after ASCII ones: left to the reading.
          guard k == start else { return true }
          // A word opening outside ASCII: judged only by a first Hangul syllable that
          // nothing after it may join.
          guard tables.judgesHangul, first &- 0xAC00 <= 0xD7A3 - 0xAC00, !Self.joinsHangul(s, at: start &+ 1) else {
            return true
          }
          return tables.firstSyllables.contains(first)
        }
        // An ASCII word: longer than any first token in ASCII, or none of them.
        let length = k &- start
        guard length <= tables.longestASCIIWord else { return false }
        // No first token of its length starts with its letter (most words of prose): ruled
        // out before its bytes are packed.
        let firstLower = UInt64(first &- 0x41 < 26 ? first | 0x20 : first)
        guard !tables.asciiWords[Tables.bucket(length: length, low: firstLower)].isEmpty else { return false }
        var low: UInt64 = 0
        var high: UInt64 = 0
        for i in 0..<length {
          let c = s[start &+ i].value.value
          let lower = UInt64(c &- 0x41 < 26 ? c | 0x20 : c)
          if i < 8 { low |= lower << (8 * UInt64(i)) } else { high |= lower << (8 * UInt64(i &- 8)) }
        }
        return tables.containsASCIIWord(length: length, low: low, high: high)
      }
    }
  }

  /// Whether the scalar at `k` may change the Hangul syllable before it: a conjoining jamo
  /// (which composes with it), or a tag (behind which one may stand).
  private static func joinsHangul(_ s: UnsafeBufferPointer<SourceScalar>, at k: Int) -> Bool {
    guard k < s.count else { return false }
    let v = s[k].value.value
    return v == 0x3C || v &- 0x1100 <= 0x11FF - 0x1100
  }

  /// What a scalar is to the reading up to and within the first word.
  private enum Role: UInt8 {
    /// Read as any letter (`default`): part of a word.
    case text
    /// A separator (`|`, `,`, `·`) or a scalar read as a space (`*`, `#`, `–`, a flag, a space).
    case blank
    /// `[` and `]`, read as spaces but for `[[` (an Org link) and `](` (a link's target).
    case openBracket, closeBracket
    /// `<`, opening a tag.
    case tag
    /// `(`, which the reading judges the piece at (and skips a target after `]`).
    case parenthesis
    /// `:`, after which a piece may be a label.
    case colon
  }

  /// The role of a scalar outside ASCII: the separators and the marks the reading takes
  /// for spaces, every other one part of a word.
  private static func nonASCIIRole(_ v: UInt32) -> Role {
    switch v {
    case 0xB7, 0x2022, 0x25CF, 0x2219, 0xFF5C, 0x3001, 0x2013, 0x2014, 0x1F1E6...0x1F1FF, 0x1F310, 0x1F30D...0x1F30F, 0xFE0F:
      return .blank
    default:
      return .text
    }
  }

  /// The tables the walk reads, built once from the names and labels.
  private struct Tables {
    /// The role of each ASCII scalar, by value.
    let roles: [UInt8]
    /// The first tokens (up to a space or parenthesis) of the names and labels in ASCII,
    /// packed as `mayStartSwitcher` packs a word, by `bucket(length:low:)`.
    let asciiWords: [[(low: UInt64, high: UInt64)]]
    /// The length of the longest of them.
    let longestASCIIWord: Int
    /// The first scalars of the names and labels that start with a Hangul syllable.
    let firstSyllables: Set<UInt32>
    /// Whether no name or label starts with a conjoining jamo (which a syllable in a line
    /// could be equivalent to): only then is a line judged by its first syllable.
    let judgesHangul: Bool

    static func bucket(length: Int, low: UInt64) -> Int { length &* 32 &+ Int(truncatingIfNeeded: low & 31) }

    func containsASCIIWord(length: Int, low: UInt64, high: UInt64) -> Bool {
      guard length > 0 else { return false }
      for word in asciiWords[Self.bucket(length: length, low: low)] where word.low == low && word.high == high { return true }
      return false
    }
  }

  private static let tables: Tables = {
    var roles = [UInt8](repeating: Role.text.rawValue, count: 128)
    for c in " \t|,/*_`#>-".unicodeScalars { roles[Int(c.value)] = Role.blank.rawValue }
    roles[0x5B] = Role.openBracket.rawValue
    roles[0x5D] = Role.closeBracket.rawValue
    roles[0x3C] = Role.tag.rawValue
    roles[0x28] = Role.parenthesis.rawValue
    roles[0x3A] = Role.colon.rawValue
    let phrases = Array(LanguageSwitcher.names) + Array(LanguageSwitcher.labels)
    let tokens = phrases.map { String($0.unicodeScalars.prefix { $0 != " " && $0 != "(" }) }
    let asciiTokens = tokens.filter { !$0.isEmpty && $0.unicodeScalars.allSatisfy(\.isASCII) }.map { Array($0.utf8) }
    let longest = asciiTokens.map(\.count).max() ?? 0
    precondition(longest <= 16, "a first token of a name packs into sixteen bytes")
    var words = [[(low: UInt64, high: UInt64)]](repeating: [], count: Tables.bucket(length: longest, low: 31) + 1)
    for token in asciiTokens {
      var low: UInt64 = 0
      var high: UInt64 = 0
      for (i, b) in token.enumerated() {
        let lower = UInt64(b &- 0x41 < 26 ? b | 0x20 : b)
        if i < 8 { low |= lower << (8 * UInt64(i)) } else { high |= lower << (8 * UInt64(i - 8)) }
      }
      words[Tables.bucket(length: token.count, low: low)].append((low, high))
    }
    let firsts = phrases.compactMap(\.unicodeScalars.first?.value)
    return Tables(
      roles: roles, asciiWords: words, longestASCIIWord: longest,
      firstSyllables: Set(firsts.filter { (0xAC00...0xD7A3).contains($0) }),
      judgesHangul: !firsts.contains { (0x1100...0x11FF).contains($0) })
  }()
}
