internal import CTokenBlock

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

  /// The length of the URL scheme or `www.` at `start` (`https://`, `http://`, `ftp://`,
  /// `file://`, `www.`, compared without case as `matches` does), or 0. Where eight bytes
  /// remain, one load and a compare per prefix: every scheme's byte has bit 0x20 set, so
  /// `matches` accepts exactly the bytes that equal it with that bit set.
  @inline(__always)
  func urlSchemeLength(at start: Int) -> Int {
    guard start &+ 8 <= count else {
      if matches("https://", at: start) { return 8 }
      if matches("http://", at: start) { return 7 }
      if matches("ftp://", at: start) { return 6 }
      if matches("file://", at: start) { return 7 }
      return matches("www.", at: start) ? 4 : 0
    }
    // The eight bytes at `start`, first byte lowest, with bit 0x20 set in each.
    let x = UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
      | 0x2020_2020_2020_2020
    let low7 = x & 0x00FF_FFFF_FFFF_FFFF
    if x == 0x2F2F_3A73_7074_7468 { return 8 }  // https://
    if low7 == 0x2F_2F3A_7074_7468 { return 7 }  // http://
    if x & 0xFFFF_FFFF_FFFF == 0x2F2F_3A70_7466 { return 6 }  // ftp://
    if low7 == 0x2F_2F3A_656C_6966 { return 7 }  // file://
    return x & 0xFFFF_FFFF == 0x2E77_7777 ? 4 : 0  // www.
  }

  /// The end of a URL starting at `start` (`http://`, `https://`, `ftp://`, `file://` or
  /// `www.` followed by a host), or nil.
  func urlEnd(from start: Int) -> Int? {
    let scheme = urlSchemeLength(at: start)
    guard scheme > 0 else { return nil }
    var i = start &+ scheme
    let bodyStart = i
    // Punctuation that ends a sentence or closes a bracket around the URL is not part of
    // it: count the brackets while finding the end. The body is measured 32 bytes at a
    // time with vector compares (`koen_url_run_scan`): a mark every few bytes (`/ . - _ =
    // & ? %`) kept an eight-byte loop over letters and digits from going far.
    let body = koen_url_run_scan(base + i, Int64(count &- i))
    i &+= Int(body.length)
    var parens = Int(body.parens)
    var brackets = Int(body.brackets)
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
