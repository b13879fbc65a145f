extension TokenScanner {
  /// The language of the first letter after `position` on the same line, if it settles
  /// the language of Han: `ko` for Hangul, `ja` for kana. Looks at most 64 scalars ahead.
  @usableFromInline
  func hanContext(after position: Int) -> Language? {
    var i = position
    var steps = 0
    while i < count && steps < 64 {
      let (cp, len) = decode(i)
      if len == 0 { return nil }
      let c = info(cp)
      if c.wordBreak.isLineBreak { return nil }
      switch c.group {
      case .hangul: return .ko
      case .kana: return .ja
      case .none, .han: break
      default: return nil
      }
      i += len
      steps += 1
    }
    return nil
  }

  /// The number of letters in `range`: scalars of a letter category, counting a
  /// decomposed Hangul syllable once (its vowel and final jamo are not counted).
  func letterCount(in range: Range<Int>) -> Int {
    var letters = 0
    var i = range.lowerBound
    while i < range.upperBound {
      let b = base[i]
      if b < 0x80 {
        if wordClass[Int(b)] == 1 { letters += 1 }
        i += 1
        continue
      }
      let (cp, len) = decode(i)
      if len == 0 {
        i += 1
        continue
      }
      let c = info(cp)
      if c.category == .letter && !c.isTrailingJamo { letters += 1 }
      i += len
    }
    return letters
  }
}
