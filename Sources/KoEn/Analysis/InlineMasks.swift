/// Marks the parts of prose that are not language: URLs, e-mail addresses, format
/// placeholders (`%s`, `%d`, `%1`, `%(count)s`, `%2$s`, strftime's `%a %e %B`, `{name}`, `{{name}}`, `${x}`, Fluent's `{ $x }`, `$1`),
/// backslash escapes, HTML tags, game-UI colour and texture codes (`|cff00ff00…|r`,
/// `|T…|t`), code between backticks, command-line options (`--verbose`), documentation
/// tags (`@param`) and keyboard shortcuts (`Ctrl+Shift+C`).
enum InlineMasks {
  /// The scalar written by a `\uXXXX` escape starting at `k`, or `nil`.
  static func unicodeEscape(_ s: SourceScalars, at k: Int) -> Unicode.Scalar? {
    guard k + 5 < s.count, s[k].value == "\\", s[k + 1].value == "u" else { return nil }
    var value: UInt32 = 0
    for d in 2...5 {
      let c = s[k + d].value
      guard c.properties.isASCIIHexDigit, let digit = UInt32(String(c), radix: 16) else { return nil }
      value = value << 4 | digit
    }
    return Unicode.Scalar(value)
  }

  /// The ASCII scalars that may give a mask away on their line (`MaskScanner.Clue`): no
  /// mask matches on a line without one.
  static let clues: ScalarSet = "@%{$^\\|<&`+:.-"

  /// Applies every mask to the prose scalars of `scalars`.
  ///
  /// Each mask is tried in a fixed order at every prose scalar; the first that matches
  /// claims its span, and scanning resumes after it.
  ///
  /// - Complexity: O(n) in the number of scalars (a URL or tag is scanned once).
  static func apply(_ scalars: SourceScalars, to layout: inout LineLayout) {
    // Most lines of prose have no mask: a first pass finds the first scalar that gives one
    // away, and the masks are tried only from a shortcut's reach before it.
    guard let clue = MaskScanner.firstClue(in: scalars) else { return }
    let scanner = MaskScanner(scalars: scalars)
    let starts = MaskScanner.maskStarts
    // A shortcut's first key ends at a `+` within `maximumFirstKey` scalars, so the words of
    // a line without one are passed without reading them. The `+` is looked for only that
    // far: `plus` is the last one found (-1 for none), and no scalar from the start of the
    // search up to `searched` is one.
    var plus = -1
    var searched = 0
    var i = max(0, clue &- MaskScanner.clueReach)
    let n = scanner.n
    scalars.withUnsafeBufferPointer { s in
      MaskScanner.asciiMaskStarts.withUnsafeBufferPointer { asciiStarts in
        while i < n {
          // The masks that start with a letter (links, shortcuts) start a word, or follow an
          // escape (`\tCtrl+N`): a letter inside a word is passed at once.
          let value = s[i].value
          if value.value < 0x80 ? !asciiStarts[Int(value.value)] : !starts.contains(value) {
            i &+= 1
            continue
          }
          if s[i].letter == .latin && i > 0 {
            let before = s[i &- 1]
            let afterWordChar =
              before.letter == .latin || before.letter == .digit || before.letter == .otherLetter || before.value == "_"
            if afterWordChar && (i < 2 || s[i &- 2].value != "\\") {
              i &+= 1
              continue
            }
          }
          guard layout.uses[i] == .prose else {
            i &+= 1
            continue
          }
          if MaskScanner.shortcutStarts.contains(value) {
            if plus < i {
              var k = max(i, searched)
              let limit = min(n, i &+ MaskScanner.maximumFirstKey &+ 1)
              while k < limit && s[k].value != "+" { k &+= 1 }
              searched = k
              if k < limit { plus = k }
            }
            if plus < i || plus > i + MaskScanner.maximumFirstKey {
              i &+= 1
              continue
            }
          }
          guard let (span, use) = scanner.match(at: i) else {
            i &+= 1
            continue
          }
          layout.set(span, use)
          if value == "<" {
            scanner.showAttributeValues(in: span, &layout)
            // The text of an inline code element (`<code>pip install x</code>`) is code.
            if let close = scanner.codeElementClose(openedBy: span) {
              layout.set(span.upperBound..<close, .code)
              i = close
              continue
            }
          }
          i = span.upperBound
        }
      }
    }
  }
}

/// Reads the scalars of one line for `InlineMasks`: the character tests the masks share,
/// and one matcher per family of mask, so that each family's rules can be read alone.
/// The matchers only look at the scalars, never at the layout, so their order in
/// `match(at:)` is the whole of their interaction.
private struct MaskScanner {
  let scalars: SourceScalars
  let n: Int

  init(scalars: SourceScalars) {
    self.scalars = scalars
    self.n = scalars.count
  }

  // MARK: Character tests

  /// The scalar at `i`, or NUL outside the line, so lookahead needs no bounds checks.
  func ch(_ i: Int) -> Unicode.Scalar { i >= 0 && i < n ? scalars[i].value : "\0" }

  func isAlnum(_ i: Int) -> Bool {
    guard i >= 0 && i < n else { return false }
    let c = scalars[i].letter
    return c == .latin || c == .digit || c == .otherLetter
  }

  func isWordChar(_ i: Int) -> Bool { isAlnum(i) || ch(i) == "_" }

  func isLatin(_ i: Int) -> Bool { i >= 0 && i < n && scalars[i].letter == .latin }

  func isDigit(_ i: Int) -> Bool { i >= 0 && i < n && scalars[i].letter == .digit }

  /// Whether `s` (lower-case ASCII) starts at `i`, ignoring the case of ASCII letters.
  func hasPrefix(_ s: String, at i: Int) -> Bool {
    var k = i
    for u in s.unicodeScalars {
      guard k < n else { return false }
      let v = scalars[k].value.value
      let lower = (v >= 0x41 && v <= 0x5A) ? v + 0x20 : v
      guard lower == u.value else { return false }
      k += 1
    }
    return true
  }

  func isConversion(_ i: Int) -> Bool { "sdifuxXoeEgGc@".unicodeScalars.contains(ch(i)) }

  // MARK: Dispatch

  /// Every scalar `match(at:)` switches on: `InlineMasks.apply` tries no mask at any other
  /// scalar (a bit test instead of a call), so a new case there needs its scalar here too.
  static let maskStarts: ScalarSet = "hHfwW@%{$^\\|<&`-CcSsAaOoMm⌘⌥⇧⌃"

  /// `maskStarts` for each ASCII scalar, read by its value.
  static let asciiMaskStarts: [Bool] = (0..<128).map { maskStarts.contains(Unicode.Scalar(UInt8($0))) }

  // MARK: Clues

  /// What an ASCII scalar says about masks on its line: none can match without one of them.
  enum Clue: UInt8 {
    /// Nothing.
    case none
    /// A mask may start here: `@ % { $ ^ \ | < & \``, and `+`, which a keyboard shortcut
    /// needs within `maximumFirstKey` scalars of its start.
    case always
    /// `:`, a link's (`http://`, `https://`, `ftp://`) when `/` follows it.
    case colon
    /// `.`, a link's (`www.`) when three `w` stand before it, in either case.
    case dot
    /// `-`, an option's (`--verbose`) at the line's start or after a space, `(` or `[`.
    case hyphen
  }

  /// `Clue` of each ASCII scalar, read by its value. Scalars outside ASCII give nothing
  /// away: the only masks that start with one (`⌘+S`) need a `+`.
  static let asciiClues: [Clue] = (0..<128).map { v in
    let scalar = Unicode.Scalar(UInt8(v))
    guard InlineMasks.clues.contains(scalar) else { return .none }
    switch scalar {
    case ":": return .colon
    case ".": return .dot
    case "-": return .hyphen
    default: return .always
    }
  }

  /// The farthest a mask starts before its clue: a shortcut's first key before its `+`
  /// (links start at most five scalars before their `:` or `.`; other masks at their clue).
  static let clueReach = maximumFirstKey

  /// The index of the first scalar that may give a mask away (`Clue`), or nil when no
  /// mask can match on the line: `match(at:)` finds a span only at most `clueReach`
  /// scalars before such a scalar. One test of the scalar's traits each, where trying the
  /// masks reads each letter that may start one and the scalars around it.
  static func firstClue(in scalars: SourceScalars) -> Int? {
    scalars.withUnsafeBufferPointer { s in
      asciiClues.withUnsafeBufferPointer { clues in
        guard let base = s.baseAddress, let table = clues.baseAddress else { return nil }
        let n = s.count
        func value(_ k: Int) -> UInt32 { k >= 0 && k < n ? s[k].value.value : 0 }
        func isW(_ k: Int) -> Bool { value(k) | 0x20 == 0x77 }
        let end = base + n
        var p = base
        while p < end {
          // No clue (`ScalarTraits.maskClue`, only ever on ASCII): the next scalar.
          guard p.pointee.traits.rawValue & ScalarTraits.maskClue != 0 else {
            p += 1
            continue
          }
          let k = p - base
          switch table[Int(p.pointee.value.value)] {
          case .none: break
          case .always: return k
          case .colon: if value(k &+ 1) == 0x2F { return k }
          case .dot: if isW(k &- 1) && isW(k &- 2) && isW(k &- 3) { return k }
          case .hyphen:
            if k == 0 || s[k &- 1].letter == .space || value(k &- 1) == 0x28 || value(k &- 1) == 0x5B { return k }
          }
          p += 1
        }
        return nil
      }
    }
  }

  /// The span of the first mask that starts at prose scalar `i` (an e-mail address may
  /// start before it) and how it is to be used, or `nil` when none does.
  ///
  /// Each matcher starts with its own characters, so the scalar at `i` picks the one to try.
  func match(at i: Int) -> (Range<Int>, ScalarUse)? {
    switch scalars[i].value {
    case "h", "H", "f", "w", "W": return linkSpan(at: i).map { ($0, .masked) }
    case "@": return (linkSpan(at: i) ?? tagSpan(at: i)).map { ($0, .masked) }
    case "%", "{", "$", "^": return placeholderSpan(at: i).map { ($0, .masked) }
    case "\\": return escapeSpan(at: i).map { ($0, .masked) }
    case "|": return gameCodeSpan(at: i).map { ($0, .masked) }
    case "<": return markupSpan(at: i).map { ($0, .breaker) }
    case "&":
      if let span = markupSpan(at: i) { return (span, .breaker) }
      // A menu's mnemonic marker (`&Open`, `z&oom`): the letter after it is the word's.
      return isLatin(i + 1) ? (i..<(i + 1), .masked) : nil
    case "`": return codeSpan(at: i).map { ($0, .inlineCode) }
    case "-": return optionSpan(at: i).map { ($0, .masked) }
    case "C", "c", "S", "s", "A", "a", "O", "o", "M", "m", "⌘", "⌥", "⇧", "⌃": return shortcutSpan(at: i).map { ($0, .masked) }
    default: return nil
    }
  }

  // MARK: Links

  /// URLs, and e-mail addresses: word characters, '@', a domain with a dot.
  func linkSpan(at i: Int) -> Range<Int>? {
    let c = ch(i)
    let next = ch(i + 1)
    if (c == "h" || c == "H" || c == "f" || c == "w" || c == "W") && (next == "t" || next == "T" || next == "w" || next == "W")
      && !isWordChar(i - 1) && (hasPrefix("http://", at: i) || hasPrefix("https://", at: i) || hasPrefix("ftp://", at: i)
        || hasPrefix("www.", at: i))
    {
      var j = i
      while j < n, scalars[j].letter != .space, scalars[j].letter != .korean, ch(j) != "\"", ch(j) != "<",
        ch(j) != ">"
      {
        j += 1
      }
      while j > i, ".,;:!?)]}'’”".unicodeScalars.contains(ch(j - 1)) { j -= 1 }
      return i..<j
    }
    if c == "@" && isWordChar(i - 1) && isWordChar(i + 1) {
      var s = i
      while s > 0, isWordChar(s - 1) || ".-+".unicodeScalars.contains(ch(s - 1)) { s -= 1 }
      var e = i + 1
      var dots = 0
      while e < n, isWordChar(e) || ((ch(e) == "." || ch(e) == "-") && isWordChar(e + 1)) {
        if ch(e) == "." { dots += 1 }
        e += 1
      }
      if dots > 0 { return s..<e }
    }
    return nil
  }

  /// A documentation tag (`@param`, `@returns`, `@typedef`): `@` and lower-case letters,
  /// then a space, a brace or the line's end. The tag names a field of the code's
  /// documentation, never the sentence's language. (A handle, `@LeoQuote`, stays a name.)
  /// The type in braces after it (`@returns {{ a: string }}`) and, after a tag that
  /// declares a name, the name (`@param {string} data`, `@param [index]`, `@callback
  /// Predicate`) are code too: only the description after them is prose.
  func tagSpan(at i: Int) -> Range<Int>? {
    guard !isWordChar(i - 1) else { return nil }
    var k = i + 1
    while k < n, CharacterClass.isLowercase(ch(k)), ch(k).isASCII { k += 1 }
    guard k > i + 1, k == n || scalars[k].letter == .space || ch(k) == "{" else { return nil }
    let tag = String(String.UnicodeScalarView(scalars[(i + 1)..<k].map(\.value)))
    var end = k
    var p = k
    while p < n, scalars[p].letter == .space { p += 1 }
    if ch(p) == "{", let close = balancedEnd(from: p, open: "{", close: "}") {
      end = close
      p = close
      while p < n, scalars[p].letter == .space { p += 1 }
    }
    guard Self.namingTags.contains(tag), p > end else { return i..<end }
    if ch(p) == "[", let close = balancedEnd(from: p, open: "[", close: "]") { return i..<close }
    var q = p
    while q < n, isWordChar(q) || ch(q) == "." || ch(q) == "$" { q += 1 }
    return q > p ? i..<q : i..<end
  }

  /// Documentation tags followed by the name they declare (JSDoc, TSDoc, Javadoc, PHPDoc).
  static let namingTags: Set<String> = [
    "param", "arg", "argument", "prop", "property", "callback", "typedef", "template", "member", "event",
    "exception", "throws",
  ]

  /// The index after the bracket that closes the one at `i` (nesting counted), or `nil`
  /// when it is not closed on the line.
  func balancedEnd(from i: Int, open: Unicode.Scalar, close: Unicode.Scalar) -> Int? {
    var depth = 0
    var k = i
    while k < n {
      if ch(k) == open { depth += 1 }
      if ch(k) == close {
        depth -= 1
        if depth == 0 { return k + 1 }
      }
      k += 1
    }
    return nil
  }

  // MARK: Placeholders

  /// Format placeholders, tried in this order: Apple stringsdict `%#@name@`; printf-style,
  /// positional and strftime; `{name}`, `{{name}}`, `{0}`, `${name}`; upper-case `$NAME`
  /// and `$NAME$`; a variable `$count` (PHP, Perl and shell templates: a lower-case ASCII
  /// name of two characters or more, ending where the ASCII word does, so `$count개` keeps
  /// its particle); caret notation of control keys; `$1`, `$2`.
  func placeholderSpan(at i: Int) -> Range<Int>? {
    let c = ch(i)
    if c == "%" && ch(i + 1) == "#" && ch(i + 2) == "@" {
      var k = i + 3
      while k < n, isWordChar(k) { k += 1 }
      if ch(k) == "@" && k > i + 3 { return i..<(k + 1) }
    }
    if c == "%", let end = percentNameEnd(after: i) ?? printfEnd(after: i) ?? strftimeEnd(after: i) { return i..<end }
    if c == "{" || (c == "$" && ch(i + 1) == "{"), let end = braceEnd(at: i) { return i..<end }
    // After an escape (`\n$NAME`) as after a space.
    let startsWord = !isWordChar(i - 1) || ch(i - 2) == "\\"
    if c == "$" && i + 2 < n && CharacterClass.isUppercase(ch(i + 1)) && startsWord {
      var k = i + 1
      while k < n, CharacterClass.isUppercase(ch(k)) || ch(k) == "_" || scalars[k].letter == .digit { k += 1 }
      if k - i >= 3 && !(k < n && CharacterClass.isLowercase(ch(k))) {
        if ch(k) == "$" { k += 1 }
        return i..<k
      }
    }
    if c == "$" && i + 2 < n && CharacterClass.isLowercase(ch(i + 1)) && ch(i + 1).isASCII && !isWordChar(i - 1) {
      var k = i + 1
      while k < n, ch(k).isASCII, isWordChar(k) { k += 1 }
      if k - i >= 3 { return i..<k }
    }
    if c == "^" && i + 1 < n && (CharacterClass.isUppercase(ch(i + 1)) || "[]\\^_@?".unicodeScalars.contains(ch(i + 1)))
      && !(i + 2 < n && scalars[i + 2].letter == .latin)
    {
      return i..<(i + 2)
    }
    if c == "$" && isDigit(i + 1) {
      var j = i + 1
      while j < n, scalars[j].letter == .digit { j += 1 }
      return i..<j
    }
    return nil
  }

  /// The end of a name between percent signs starting at `p` (`%url%`, `%file_name%`,
  /// `%APPDATA%`): two letters or more, digits, `_` and `-`, closed by `%`, as template
  /// and environment-variable placeholders are written.
  func percentNameEnd(after p: Int) -> Int? {
    var k = p + 1
    var letters = 0
    while k < n, isWordChar(k) || ch(k) == "-" {
      if isLatin(k) { letters += 1 }
      k += 1
    }
    return letters >= 2 && ch(k) == "%" && ch(p + 1) != "-" ? k + 1 : nil
  }

  /// The end of a placeholder starting with '%' at `p`, if there is one.
  func printfEnd(after p: Int) -> Int? {
    var j = p + 1
    if ch(j) == "%" { return j + 1 }
    if ch(j) == "(" {
      var k = j + 1
      while k < n, isWordChar(k) { k += 1 }
      guard ch(k) == ")", k > j + 1 else { return nil }
      return isConversion(k + 1) ? k + 2 : nil
    }
    let digitsStart = j
    while j < n, scalars[j].letter == .digit { j += 1 }
    if j > digitsStart {
      if ch(j) == "$" {
        j += 1
      } else if !isConversion(j) || isAlnum(j + 1) {
        return isAlnum(j) ? nil : j  // %1, %2
      }
    }
    while j < n, "-+#0".unicodeScalars.contains(ch(j)), j < p + 4 { j += 1 }
    while j < n, scalars[j].letter == .digit || ch(j) == "." { j += 1 }
    while j < n, "hlLqjzt".unicodeScalars.contains(ch(j)), j < p + 8 { j += 1 }
    guard isConversion(j) else { return nil }
    if ch(j) != "@" && isLatin(j + 1) { return nil }
    return j + 1
  }

  /// The end of a strftime conversion starting with '%' at `p` (`%a`, `%e`, `%H`, `%-d`):
  /// one conversion letter, optionally after a flag, that no Latin letter follows.
  func strftimeEnd(after p: Int) -> Int? {
    var j = p + 1
    if "-_0^#".unicodeScalars.contains(ch(j)) { j += 1 }
    guard "aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ".unicodeScalars.contains(ch(j)) else { return nil }
    if j + 1 < n, scalars[j + 1].letter == .latin { return nil }
    return j + 1
  }

  /// The end of `{name}`, `{{name}}`, `{0}`, `${name}` or a Fluent placeable (`{ $name }`,
  /// `{-term}`, `{" "}`) starting at `i`, if there is one.
  func braceEnd(at i: Int) -> Int? {
    let open = ch(i) == "$" ? i + 1 : i
    var k = open + 1
    if ch(k) == "{" { k += 1 }
    // Fluent's placeables: `{ $name }`, `{-term}`, and a quoted literal (`{" "}`).
    let fluent = ch(open) == "{" && ch(open + 1) != "{"
    var sigil = false
    if fluent {
      var q = k
      while ch(q) == " " { q += 1 }
      // Spaces only before a variable, a term or a literal: `{ Render }` stays code.
      if q == k || ch(q) == "$" || ch(q) == "-" || ch(q) == "\"" { k = q }
      if ch(k) == "\"" {
        var q = k + 1
        while q < n, q < k + 8, ch(q) != "\"" { q += 1 }
        var e = q + 1
        while ch(e) == " " { e += 1 }
        if ch(q) == "\"" && ch(e) == "}" { return e + 1 }
        return nil
      }
      if ch(k) == "$" || ch(k) == "-" {
        sigil = true
        k += 1
      }
    }
    let start = k
    // Double braces may space their name and its format apart (`{{ total }}`, i18next's
    // `{{date, absolute}}`), within the length of a name and a format or two.
    let double = ch(open + 1) == "{"
    var spaced = false
    while k < n {
      if isWordChar(k) || ".:,-#".unicodeScalars.contains(ch(k)) {
        k += 1
      } else if double && ch(k) == " " && k < start + 40 {
        spaced = true
        k += 1
      } else {
        break
      }
    }
    if sigil && k > start { while ch(k) == " " { k += 1 } }
    guard k > start && ch(k) == "}" else { return nil }
    var e = k + 1
    if ch(e) == "}" { e += 1 }
    // Spaced, the name is closed by both braces and holds a letter or digit.
    if spaced && (e != k + 2 || !(start..<k).contains(where: isWordChar)) { return nil }
    return e
  }

  // MARK: Escapes and game-UI codes

  /// Unicode escapes (`\uAC00`) of Java .properties and JSON, and backslash escapes
  /// (`\n`, `\t`, `\"`, `\\`).
  func escapeSpan(at i: Int) -> Range<Int>? {
    guard ch(i) == "\\" else { return nil }
    if InlineMasks.unicodeEscape(scalars, at: i) != nil { return i..<(i + 6) }
    // A menu label's `\t` leads to its shortcut (`Zoom in\tCtrl++`, `Move\tC`): a short
    // token to the end of the text, which is the key's name.
    if ch(i + 1) == "t" {
      var k = i + 2
      while k < n, scalars[k].letter != .space, ch(k) != "\"", ch(k) != "<", k < i + 20 { k += 1 }
      if k > i + 2 && (k == n || ch(k) == "\"" || ch(k) == "<") { return i..<k }
    }
    if i + 1 < n && "ntr\"'\\0".unicodeScalars.contains(ch(i + 1)) { return i..<(i + 2) }
    return nil
  }

  /// Game-UI codes: `|cAARRGGBB`, `|r`, and the paired `|T…|t`, `|H…|h`, `|A…|a`, `|K…|k`.
  func gameCodeSpan(at i: Int) -> Range<Int>? {
    guard ch(i) == "|" else { return nil }
    let d = ch(i + 1)
    if d == "c" || d == "C" {
      var k = i + 2
      while k < n, k < i + 10, ch(k).properties.isASCIIHexDigit { k += 1 }
      return k == i + 10 ? i..<k : nil
    }
    // `|r` ends a colour; `|R` before a lower-case letter starts a word (`id|Remove …`).
    if d == "r" || (d == "R" && !CharacterClass.isLowercase(ch(i + 2))) { return i..<(i + 2) }
    if d == "T" || d == "H" || d == "A" || d == "K" {
      let close: Unicode.Scalar = d == "T" ? "t" : (d == "H" ? "h" : (d == "A" ? "a" : "k"))
      var k = i + 2
      while k + 1 < n, k < i + 512, !(ch(k) == "|" && ch(k + 1) == close) { k += 1 }
      if k + 1 < n { return i..<(k + 2) }
    }
    return nil
  }

  // MARK: Code and keys

  /// A code span between backticks on one line (`` `tar -czvf a.tgz dir` ``), in any
  /// format: technical text marks commands and identifiers this way in plain text and
  /// catalogue values as in Markdown.
  func codeSpan(at i: Int) -> Range<Int>? {
    var k = i + 1
    while k < n, ch(k) != "`" { k += 1 }
    return k < n && k > i + 1 ? i..<(k + 1) : nil
  }

  /// A command-line option (`-timeout`, `--leave-default-ports`, `-no-mhe`): one or two
  /// hyphens after a space or the line's start, a Latin letter, then letters, digits,
  /// hyphens, dots and underscores. An option is the program's name for a setting; masked,
  /// not code, so that its words (`leave`, `default`) do not become terms the document keeps.
  func optionSpan(at i: Int) -> Range<Int>? {
    guard i == 0 || scalars[i - 1].letter == .space || ch(i - 1) == "(" || ch(i - 1) == "[" else { return nil }
    var k = ch(i + 1) == "-" ? i + 2 : i + 1
    guard isLatin(k) else { return nil }
    while k < n, isWordChar(k) || ((ch(k) == "-" || ch(k) == ".") && isWordChar(k + 1)) { k += 1 }
    return i..<k
  }

  /// The scalars only `shortcutSpan` starts at.
  static let shortcutStarts: ScalarSet = "SsAaOoMm⌘⌥⇧⌃Cc"

  /// How far after a shortcut's first scalar its first `+` can be: the longest modifier
  /// key `shortcutSpan` reads is seven letters, and it reads one letter more before giving up.
  static let maximumFirstKey = 8

  /// The modifier keys a keyboard shortcut names, lower-case.
  static let modifierKeys: Set<String> = ["ctrl", "control", "shift", "alt", "option", "opt", "cmd", "command", "meta", "super"]

  /// A keyboard shortcut (`Ctrl+Shift+C`, `Alt+F4`, `Cmd+,`, `⌘+S`): modifiers joined by `+`
  /// and one key, a word or a single character. The keys' names are the keyboard's, not
  /// the sentence's language.
  func shortcutSpan(at i: Int) -> Range<Int>? {
    // After a word, only after an escape such as the `\t` before a menu's shortcut.
    guard !isWordChar(i - 1) || ch(i - 2) == "\\" else { return nil }
    var k = i
    var modifiers = 0
    while true {
      let start = k
      if "⌘⌥⇧⌃".unicodeScalars.contains(ch(k)) {
        k += 1
      } else {
        while k < n, k - start <= 7, isLatin(k) { k += 1 }
        // A first word without `+` after it starts no shortcut, whatever it is: ruled out
        // before its text is made (most words of a sentence come here).
        if modifiers == 0 && ch(k) != "+" { return nil }
        guard k > start, k - start <= 7, Self.modifierKeys.contains(String(String.UnicodeScalarView((start..<k).map { ch($0) })).lowercased())
        else { break }
      }
      guard ch(k) == "+", k + 1 < n, scalars[k + 1].letter != .space else {
        k = start
        break
      }
      modifiers += 1
      k += 1
    }
    guard modifiers > 0 else { return nil }
    // The key: a word (`Delete`, `F4`, `PageUp`) or one character (`,`, `/`).
    let key = k
    while k < n, isWordChar(k) { k += 1 }
    if k == key { k += 1 }
    return i..<k
  }

  // MARK: Markup

  /// HTML tags (`<tag …>`, `</tag>`, `<br/>`, `<!-- … -->`) and entities (`&amp;`, `&#39;`):
  /// unlike the other masks these end runs.
  /// The attributes whose values a reader sees (an image's text alternative, a tooltip, an
  /// accessible name, a field's hint, a component's title): they are translated with the
  /// text around the tag, so they are prose, not markup.
  static let shownAttributes: [[Unicode.Scalar]] = ["alt", "title", "aria-label", "placeholder", "label"].map {
    Array($0.unicodeScalars)
  }

  /// Makes prose the quoted values of the shown attributes (`alt="…"`, `title='…'`) of the
  /// tag `span` that describe rather than label: a sentence, or text of six words or more.
  /// A label (a badge's text, a logo's name, a button) is mostly a name that stays as it is
  /// in a translation, and stays markup.
  func showAttributeValues(in span: Range<Int>, _ layout: inout LineLayout) {
    var k = span.lowerBound + 1
    while k < span.upperBound {
      guard ch(k) == "=" else {
        k += 1
        continue
      }
      // `name = "value"`: spaces may stand around the `=`.
      var open = k + 1
      while open < span.upperBound, ch(open) == " " { open += 1 }
      guard open < span.upperBound, ch(open) == "\"" || ch(open) == "'" else {
        k += 1
        continue
      }
      let quote = ch(open)
      var close = open + 1
      while close < span.upperBound, ch(close) != quote { close += 1 }
      guard close < span.upperBound else { return }
      var nameEnd = k
      while nameEnd > span.lowerBound, ch(nameEnd - 1) == " " { nameEnd -= 1 }
      var nameStart = nameEnd
      while nameStart > span.lowerBound, isWordChar(nameStart - 1) || ch(nameStart - 1) == "-" { nameStart -= 1 }
      if isShownAttribute(nameStart..<nameEnd), isDescription((open + 1)..<close) {
        layout.set((open + 1)..<close, .prose)
      }
      k = close + 1
    }
  }

  /// Whether the scalars of `range` name one of the shown attributes, in any case (`ALT`).
  func isShownAttribute(_ range: Range<Int>) -> Bool {
    Self.shownAttributes.contains { name in
      name.count == range.count && zip(name, range).allSatisfy { c, k in
        let v = ch(k).value
        return (v >= 0x41 && v <= 0x5A ? v + 0x20 : v) == c.value
      }
    }
  }

  /// Whether the text of `range` is a description: it ends a sentence (`.`, `!`, `?`, `。`),
  /// or has six words or more.
  func isDescription(_ range: Range<Int>) -> Bool {
    var last = range.upperBound - 1
    while last >= range.lowerBound, scalars[last].letter == .space { last -= 1 }
    guard last > range.lowerBound else { return false }
    if [".", "!", "?", "。"].contains(ch(last)) { return true }
    var words = 0
    var inWord = false
    for k in range {
      let space = scalars[k].letter == .space
      if !space && !inWord { words += 1 }
      inWord = !space
    }
    return words >= 6
  }

  /// The HTML elements whose text is code, typed input or program output.
  static let codeElements = ["code", "kbd", "samp", "tt", "var"]

  /// Where the closing tag of an inline code element opened by the tag `span` starts
  /// (`<code class="x">` … `</code>`), on this line; nil for any other tag.
  func codeElementClose(openedBy span: Range<Int>) -> Int? {
    guard span.count >= 4, ch(span.lowerBound + 1) != "/", ch(span.upperBound - 2) != "/" else { return nil }
    var nameEnd = span.lowerBound + 1
    while nameEnd < span.upperBound - 1, isLatin(nameEnd) { nameEnd += 1 }
    guard ch(nameEnd) == ">" || ch(nameEnd) == " " else { return nil }
    let length = nameEnd - span.lowerBound - 1
    guard let name = Self.codeElements.first(where: { $0.utf8.count == length && hasPrefix($0, at: span.lowerBound + 1) })
    else { return nil }
    var k = span.upperBound
    while k + length + 2 < n {
      if ch(k) == "<" && ch(k + 1) == "/" && hasPrefix(name, at: k + 2) && ch(k + 2 + length) == ">" { return k }
      k += 1
    }
    return nil
  }

  func markupSpan(at i: Int) -> Range<Int>? {
    let c = ch(i)
    if c == "<" && (ch(i + 1) == "/" || ch(i + 1) == "!" || (i + 1 < n && scalars[i + 1].letter == .latin)) {
      var k = i + 1
      while k < n, ch(k) != ">", ch(k) != "<" { k += 1 }
      if k < n && ch(k) == ">" { return i..<(k + 1) }
    }
    if c == "&" && i + 2 < n && (scalars[i + 1].letter == .latin || ch(i + 1) == "#") {
      var k = i + 1
      while k < n, k < i + 10, isWordChar(k) || ch(k) == "#" { k += 1 }
      if ch(k) == ";" { return i..<(k + 1) }
    }
    return nil
  }
}
