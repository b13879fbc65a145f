/// The multi-word names a document's URLs spell as slugs: `the-art-of-command-line` in
/// `https://github.com/jlevy/the-art-of-command-line`.
///
/// A project, book or page is named in its address: a Title Case phrase whose words the
/// document's own URLs spell (`# The Art of Command Line`, `# Learn Go with Tests Ko`) is
/// that name, kept in English, where the same words in lower case inside a sentence are
/// still words. Only hyphenated slugs of letters count (`Binary_search`, an encyclopedia's
/// title, does not).
enum SlugPhrases {
  /// The most words a slug phrase has (longer slugs are titles of posts, not names).
  static let maximumWords = 8

  /// Adds to `phrases` the slug phrases of the URLs (`scheme://…`) in `line`.
  ///
  /// - Complexity: O(n) in the line's scalars.
  static func collect(_ line: SourceLine, into phrases: inout Set<String>) {
    let s = line.scalars
    var i = 2
    while i < s.count {
      guard s[i].value == "/", s[i - 1].value == "/", s[i - 2].value == ":" else {
        i += 1
        continue
      }
      var segment = String.UnicodeScalarView()
      var words = 1
      var letters = true
      func close() {
        if words >= 2 && words <= maximumWords && letters, segment.last != "-", segment.first != "-" {
          phrases.insert(String(String.UnicodeScalarView(segment.map { $0 == "-" ? " " : $0 })))
        }
        segment = String.UnicodeScalarView()
        words = 1
        letters = true
      }
      var k = i + 1
      while k < s.count, s[k].letter != .space, s[k].value != ")", s[k].value != "\"", s[k].value != "'",
        s[k].value != ">", s[k].value != "]", s[k].value != "?", s[k].value != "#"
      {
        let c = s[k].value
        if c == "/" || c == "." {
          close()
        } else if c == "-" {
          if segment.last == "-" { letters = false }
          words += 1
          segment.append(c)
        } else {
          if s[k].letter != .latin && s[k].letter != .digit { letters = false }
          appendLowercased(c, to: &segment)
        }
        k += 1
      }
      close()
      i = k
    }
  }

  /// Appends `String(c).lowercased()`'s scalars to `view`; an ASCII scalar without
  /// building a string.
  static func appendLowercased(_ c: Unicode.Scalar, to view: inout String.UnicodeScalarView) {
    guard c.isASCII else { return view.append(contentsOf: String(c).lowercased().unicodeScalars) }
    let v = c.value
    view.append(Unicode.Scalar(UInt8(v >= 0x41 && v <= 0x5A ? v + 0x20 : v)))
  }
}
