/// Marks the style tags in catalogue values as markup: the colour tags of game toolkits
/// (`[accent]`, `[scarlet]`, `[#ff4040]`, and `[]`, which closes the last one opened) and
/// BBCode (`[b]`, `[/b]`, `[color=red]`, `[url=…]`).
///
/// A tag names a colour or a style, never words the reader sees, so it is no fragment and
/// does not count among a value's letters: `[accent]{0}[] 팀이 승리했습니다!` is Korean,
/// and `<target>[category] 편집</target>` (a name in brackets standing for what the UI
/// puts there) is not half English. Only catalogues are read this way: there a lower-case
/// word in brackets on a line of Korean was left untranslated in none of the labelled
/// catalogues, while in prose a bracket holds words (`[sic]`, a Markdown link's text).
enum StyleTagMasks {
  /// The longest tag read: a name, and a value after `=` such as a URL.
  private static let maximumLength = 96

  /// Masks every style tag among the prose scalars of `s`.
  ///
  /// - Complexity: O(n) in the number of scalars (a tag is read once).
  static func apply(_ s: SourceScalars, to layout: inout LineLayout) {
    var i = 0
    while i < s.count {
      // A letter or digit of prose just before the bracket makes it an index; one of an
      // escape (`\n[accent]`) does not.
      let afterWord = i > 0 && (s[i - 1].letter == .latin || s[i - 1].letter == .digit) && layout.uses[i - 1] == .prose
      guard s[i].value == "[", layout.uses[i] == .prose, let end = tagEnd(s, at: i, afterWord: afterWord) else {
        i += 1
        continue
      }
      if (i..<end).allSatisfy({ layout.uses[$0] == .prose }) { layout.set(i..<end, .masked) }
      i = end
    }
  }

  /// The index after the tag whose bracket opens at `open`, or `nil` when none does: `[]`;
  /// or `[`, an optional `/`, a name (a lower-case ASCII letter, then lower-case letters,
  /// digits, `_` and `-`) or a colour (`#` and three to eight hex digits), an optional `=`
  /// and a value without spaces, and `]`. A named tag does not follow a word (`afterWord`),
  /// which would make it an index (`items[i]`, `g[z]ip`).
  static func tagEnd(_ s: SourceScalars, at open: Int, afterWord: Bool) -> Int? {
    func value(_ k: Int) -> Unicode.Scalar { k < s.count ? s[k].value : "\0" }
    if value(open + 1) == "]" { return open + 2 }
    if afterWord { return nil }
    var k = open + 1
    if value(k) == "/" { k += 1 }
    let nameStart = k
    if value(k) == "#" {
      k += 1
      while k < s.count, value(k).properties.isASCIIHexDigit { k += 1 }
      guard (4...9).contains(k - nameStart) else { return nil }
    } else {
      guard isLowercase(value(k)) else { return nil }
      while k < s.count, isLowercase(value(k)) || ("0"..."9").contains(value(k)) || value(k) == "_" || value(k) == "-" {
        k += 1
      }
    }
    if value(k) == "=" {
      k += 1
      let valueStart = k
      while k < s.count, k - open < maximumLength, value(k) != "]", value(k) != "[", s[k].letter != .space { k += 1 }
      guard k > valueStart else { return nil }
    }
    guard value(k) == "]", k - open < maximumLength else { return nil }
    return k + 1
  }

  private static func isLowercase(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) }
}
