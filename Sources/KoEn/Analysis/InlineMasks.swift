/// Marks the parts of prose that are not language: URLs, e-mail addresses, format
/// placeholders (`%s`, `%d`, `%1`, `%(count)s`, `%2$s`, strftime's `%a %e %B`, `{name}`, `{{name}}`, `${x}`, `$1`),
/// backslash escapes, HTML tags, and game-UI colour and texture codes (`|cff00ff00…|r`,
/// `|T…|t`).
enum InlineMasks {
  /// The scalar written by a `\uXXXX` escape starting at `k`, or `nil`.
  static func unicodeEscape(_ s: [SourceScalar], at k: Int) -> Unicode.Scalar? {
    guard k + 5 < s.count, s[k].value == "\\", s[k + 1].value == "u" else { return nil }
    var value: UInt32 = 0
    for d in 2...5 {
      let c = s[k + d].value
      guard c.properties.isASCIIHexDigit, let digit = UInt32(String(c), radix: 16) else { return nil }
      value = value << 4 | digit
    }
    return Unicode.Scalar(value)
  }

  /// Applies every mask to the prose scalars of `scalars`.
  ///
  /// - Complexity: O(n) in the number of scalars (a URL or tag is scanned once).
  static func apply(_ scalars: [SourceScalar], to layout: inout LineLayout) {
    let n = scalars.count
    func ch(_ i: Int) -> Unicode.Scalar { i >= 0 && i < n ? scalars[i].value : "\0" }
    func isAlnum(_ i: Int) -> Bool {
      guard i >= 0 && i < n else { return false }
      let c = scalars[i].letter
      return c == .latin || c == .digit || c == .otherLetter
    }
    func isWordChar(_ i: Int) -> Bool { isAlnum(i) || ch(i) == "_" }
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
    /// The end of a placeholder starting with '%' at `p`, if there is one.
    func placeholderEnd(after p: Int) -> Int? {
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
      if ch(j) != "@" && scalars.indices.contains(j + 1) && scalars[j + 1].letter == .latin { return nil }
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
    var i = 0
    while i < n {
      guard layout.uses[i] == .prose else {
        i += 1
        continue
      }
      let c = scalars[i].value
      // URLs.
      if (c == "h" || c == "H" || c == "f" || c == "w" || c == "W") && !isWordChar(i - 1)
        && (hasPrefix("http://", at: i) || hasPrefix("https://", at: i) || hasPrefix("ftp://", at: i)
          || hasPrefix("www.", at: i))
      {
        var j = i
        while j < n, scalars[j].letter != .space, scalars[j].letter != .korean, ch(j) != "\"", ch(j) != "<",
          ch(j) != ">"
        {
          j += 1
        }
        while j > i, ".,;:!?)]}'’”".unicodeScalars.contains(ch(j - 1)) { j -= 1 }
        layout.set(i..<j, .masked)
        i = j
        continue
      }
      // E-mail addresses: word characters, '@', a domain with a dot.
      if c == "@" && isWordChar(i - 1) && isWordChar(i + 1) {
        var s = i
        while s > 0, isWordChar(s - 1) || ".-+".unicodeScalars.contains(ch(s - 1)) { s -= 1 }
        var e = i + 1
        var dots = 0
        while e < n, isWordChar(e) || ((ch(e) == "." || ch(e) == "-") && isWordChar(e + 1)) {
          if ch(e) == "." { dots += 1 }
          e += 1
        }
        if dots > 0 {
          layout.set(s..<e, .masked)
          i = e
          continue
        }
      }
      // Apple stringsdict %#@name@.
      if c == "%" && ch(i + 1) == "#" && ch(i + 2) == "@" {
        var k = i + 3
        while k < n, isWordChar(k) { k += 1 }
        if ch(k) == "@" && k > i + 3 {
          layout.set(i..<(k + 1), .masked)
          i = k + 1
          continue
        }
      }
      // printf-style, positional and strftime placeholders.
      if c == "%", let end = placeholderEnd(after: i) ?? strftimeEnd(after: i) {
        layout.set(i..<end, .masked)
        i = end
        continue
      }
      // {name}, {{name}}, {0}, ${name}.
      if c == "{" || (c == "$" && ch(i + 1) == "{") {
        let open = c == "$" ? i + 1 : i
        var k = open + 1
        if ch(k) == "{" { k += 1 }
        let start = k
        while k < n, isWordChar(k) || ".:,-#".unicodeScalars.contains(ch(k)) { k += 1 }
        if k > start && ch(k) == "}" {
          var e = k + 1
          if ch(e) == "}" { e += 1 }
          layout.set(i..<e, .masked)
          i = e
          continue
        }
      }
      // $NAME, $NAME$ (upper-case placeholders).
      if c == "$" && i + 2 < n && CharacterClass.isUppercase(ch(i + 1)) && !isWordChar(i - 1) {
        var k = i + 1
        while k < n, CharacterClass.isUppercase(ch(k)) || ch(k) == "_" || scalars[k].letter == .digit { k += 1 }
        if k - i >= 3 && !(k < n && CharacterClass.isLowercase(ch(k))) {
          if ch(k) == "$" { k += 1 }
          layout.set(i..<k, .masked)
          i = k
          continue
        }
      }
      // Caret notation of control keys: ^X, ^], ^[.
      if c == "^" && i + 1 < n && (CharacterClass.isUppercase(ch(i + 1)) || "[]\\^_@?".unicodeScalars.contains(ch(i + 1)))
        && !(i + 2 < n && scalars[i + 2].letter == .latin)
      {
        layout.set(i..<(i + 2), .masked)
        i += 2
        continue
      }
      // $1, $2.
      if c == "$" && scalars.indices.contains(i + 1) && scalars[i + 1].letter == .digit {
        var j = i + 1
        while j < n, scalars[j].letter == .digit { j += 1 }
        layout.set(i..<j, .masked)
        i = j
        continue
      }
      // Unicode escapes (\uAC00) of Java .properties and JSON.
      if c == "\\" && unicodeEscape(scalars, at: i) != nil {
        layout.set(i..<(i + 6), .masked)
        i += 6
        continue
      }
      // Backslash escapes (\n, \t, \", \\).
      if c == "\\" && i + 1 < n && "ntr\"'\\0".unicodeScalars.contains(ch(i + 1)) {
        layout.set(i..<(i + 2), .masked)
        i += 2
        continue
      }
      // Game-UI codes: |cAARRGGBB, |r, |T…|t, |H…|h.
      if c == "|" {
        let d = ch(i + 1)
        if d == "c" || d == "C" {
          var k = i + 2
          while k < n, k < i + 10, ch(k).properties.isASCIIHexDigit { k += 1 }
          if k == i + 10 {
            layout.set(i..<k, .masked)
            i = k
            continue
          }
        } else if d == "r" || d == "R" {
          layout.set(i..<(i + 2), .masked)
          i += 2
          continue
        } else if d == "T" || d == "H" || d == "A" || d == "K" {
          let close: Unicode.Scalar = d == "T" ? "t" : (d == "H" ? "h" : (d == "A" ? "a" : "k"))
          var k = i + 2
          while k + 1 < n, k < i + 512, !(ch(k) == "|" && ch(k + 1) == close) { k += 1 }
          if k + 1 < n {
            layout.set(i..<(k + 2), .masked)
            i = k + 2
            continue
          }
        }
      }
      // HTML tags (<tag …>, </tag>, <br/>, <!-- … -->) and entities (&amp;, &#39;) end runs.
      if c == "<" && (ch(i + 1) == "/" || ch(i + 1) == "!" || (i + 1 < n && scalars[i + 1].letter == .latin)) {
        var k = i + 1
        while k < n, ch(k) != ">", ch(k) != "<" { k += 1 }
        if k < n && ch(k) == ">" {
          layout.set(i..<(k + 1), .breaker)
          i = k + 1
          continue
        }
      }
      if c == "&" && i + 2 < n && (scalars[i + 1].letter == .latin || ch(i + 1) == "#") {
        var k = i + 1
        while k < n, k < i + 10, isWordChar(k) || ch(k) == "#" { k += 1 }
        if ch(k) == ";" {
          layout.set(i..<(k + 1), .breaker)
          i = k + 1
          continue
        }
      }
      i += 1
    }
  }
}
