/// Masks the syntax of ICU message format in catalogue values, which is not language: the
/// head of a choice (`{count, plural,`, `{sex, select,`, `{n, selectordinal,`) and the
/// selectors of its cases (`=1{`, `one {`, `other{`), so that `other` or `few` are never
/// read as English left untranslated. Plain placeholders (`{count}`) are `InlineMasks`'.
enum MessageFormatMasks {
  private static let choices: Set<String> = ["plural", "select", "selectordinal"]

  /// Applies the masks to the prose scalars of `s`.
  ///
  /// - Complexity: O(n) in the number of scalars.
  static func apply(_ s: SourceScalars, to layout: inout LineLayout) {
    var inChoice = false
    var k = 0
    while k < s.count {
      guard s[k].value == "{", layout.uses[k] != .breaker else {
        k += 1
        continue
      }
      if let end = choiceHead(s, at: k) {
        layout.set(k..<(end + 1), .masked)
        inChoice = true
        k = end + 1
        continue
      }
      if inChoice, let start = selectorStart(s, before: k) { layout.set(start..<(k + 1), .masked) }
      k += 1
    }
  }

  /// The index of the second comma of a choice head starting at `{`, if there is one.
  private static func choiceHead(_ s: SourceScalars, at open: Int) -> Int? {
    var i = open + 1
    func skipSpaces() { while i < s.count, s[i].value == " " { i += 1 } }
    func word() -> String {
      var w = ""
      while i < s.count, s[i].value.isASCII, s[i].letter == .latin || s[i].letter == .digit || s[i].value == "_" {
        w.unicodeScalars.append(s[i].value)
        i += 1
      }
      return w
    }
    skipSpaces()
    guard !word().isEmpty else { return nil }
    skipSpaces()
    guard i < s.count, s[i].value == "," else { return nil }
    i += 1
    skipSpaces()
    guard choices.contains(word()) else { return nil }
    skipSpaces()
    guard i < s.count, s[i].value == "," else { return nil }
    return i
  }

  /// The start of a case selector (`=1`, `other`) written just before the `{` at `open`.
  private static func selectorStart(_ s: SourceScalars, before open: Int) -> Int? {
    var i = open
    while i > 0, s[i - 1].value == " " { i -= 1 }
    let end = i
    while i > 0, s[i - 1].value.isASCII, s[i - 1].letter == .latin || s[i - 1].letter == .digit { i -= 1 }
    if i > 0, s[i - 1].value == "=" { i -= 1 }
    guard i < end else { return nil }
    // The selector stands alone: after a space, a brace or the choice head's comma.
    guard i == 0 || [" ", "}", ","].contains(s[i - 1].value) else { return nil }
    return i
  }
}
