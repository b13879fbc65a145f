extension TokenScanner {
  /// The end of a URL starting at `start`, whose first byte is `b0`, or nil. Only the few
  /// letters that can begin a scheme or "www." are looked at further.
  @inline(__always)
  func urlEnd(startingWith b0: UInt8, at start: Int) -> Int? {
    guard b0 < 0x80, wordClass[Int(b0)] == 1 else { return nil }
    let second = start + 1 < count ? base[start + 1] | 0x20 : 0
    switch (b0 | 0x20, second) {
    case (UInt8(ascii: "h"), UInt8(ascii: "t")), (UInt8(ascii: "f"), UInt8(ascii: "t")),
      (UInt8(ascii: "f"), UInt8(ascii: "i")), (UInt8(ascii: "w"), UInt8(ascii: "w")):
      return urlEnd(from: start)
    default:
      return nil
    }
  }

  @inline(__always)
  func lowercasedByte(_ i: Int) -> UInt8 { base[i] | 0x20 }

  /// Whether the bytes at `i` spell `word` (ASCII, compared without case).
  func matches(_ word: StaticString, at i: Int) -> Bool {
    let n = word.utf8CodeUnitCount
    guard i + n <= count else { return false }
    let p = word.utf8Start
    for k in 0..<n {
      let expected = p[k]
      let actual = base[i + k]
      if actual != expected && (actual | 0x20) != expected { return false }
    }
    return true
  }

  /// Whether `b` may appear inside a URL (RFC 3986's characters, ASCII only).
  @inline(__always)
  static func isURLByte(_ b: UInt8) -> Bool {
    switch b {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      return true
    case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"),
      UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"),
      UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "@"), UInt8(ascii: "!"),
      UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("),
      UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","),
      UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: "%"):
      return true
    default:
      return false
    }
  }

  /// The end of a URL starting at `start` (`http://`, `https://`, `ftp://`, `file://` or
  /// `www.` followed by a host), or nil.
  func urlEnd(from start: Int) -> Int? {
    var i: Int
    if matches("https://", at: start) {
      i = start + 8
    } else if matches("http://", at: start) {
      i = start + 7
    } else if matches("ftp://", at: start) {
      i = start + 6
    } else if matches("file://", at: start) {
      i = start + 7
    } else if matches("www.", at: start) {
      i = start + 4
    } else {
      return nil
    }
    let bodyStart = i
    // Punctuation that ends a sentence or closes a bracket around the URL is not part of
    // it: count the brackets while finding the end.
    var parens = 0
    var brackets = 0
    while i < count {
      // Letters and digits, most of a URL, eight at a time; the other bytes one by one.
      if i &+ 8 <= count {
        let x = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
        let outside = TokenScanner.nonLetterBytes(x) & TokenScanner.nonDigitBytes(x)
        if outside == 0 {
          i &+= 8
          continue
        }
        i &+= outside.trailingZeroBitCount &>> 3
      }
      let b = base[i]
      guard TokenScanner.isURLByte(b) else { break }
      switch b {
      case UInt8(ascii: "("): parens += 1
      case UInt8(ascii: ")"): parens -= 1
      case UInt8(ascii: "["): brackets += 1
      case UInt8(ascii: "]"): brackets -= 1
      default: break
      }
      i += 1
    }
    while i > bodyStart {
      let last = base[i - 1]
      switch last {
      case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"),
        UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "'"), UInt8(ascii: "*"):
        i -= 1
        continue
      case UInt8(ascii: ")") where parens < 0:
        parens += 1
        i -= 1
        continue
      case UInt8(ascii: "]") where brackets < 0:
        brackets += 1
        i -= 1
        continue
      default: break
      }
      break
    }
    // A URL needs a host: at least one letter or digit after the scheme.
    guard i > bodyStart, wordClass[Int(base[bodyStart])] & 3 != 0 else { return nil }
    return i
  }

  /// The end of an e-mail address starting at `start`, whose first word ends at
  /// `wordEnd` (and holds an "@" if `sawAt`), or nil. The address is `local@label.label…` with ASCII letters and digits,
  /// the local part also taking `. _ % + -`, and a last label of two or more letters.
  func emailEnd(from start: Int, wordEnd: Int, sawAt: Bool) -> Int? {
    if !sawAt {
      switch base[wordEnd] {
      case UInt8(ascii: "@"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "+"),
        UInt8(ascii: "%"):
        break
      default:
        return nil
      }
    }
    var i = start
    while i < count {
      let b = base[i]
      if wordClass[Int(b)] != 0 || b == UInt8(ascii: ".") || b == UInt8(ascii: "%")
        || b == UInt8(ascii: "+") || b == UInt8(ascii: "-")
      {
        i += 1
      } else {
        break
      }
    }
    guard i < count, base[i] == UInt8(ascii: "@"), i > start else { return nil }
    i += 1
    var labels = 0
    var end = -1
    while true {
      let labelStart = i
      var letters = 0
      while i < count {
        let w = wordClass[Int(base[i])]
        if w == 1 || w == 2 || base[i] == UInt8(ascii: "-") {
          if w == 1 { letters += 1 }
          i += 1
        } else {
          break
        }
      }
      guard i > labelStart else { break }
      labels += 1
      if labels >= 2 && letters >= 2 && letters == i - labelStart { end = i }
      if labels >= 2 && letters != i - labelStart { end = -1 }
      guard i + 1 < count, base[i] == UInt8(ascii: "."),
        wordClass[Int(base[i + 1])] & 3 != 0
      else { break }
      i += 1
    }
    return end > 0 ? end : nil
  }
}
