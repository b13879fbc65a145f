/// Whether the text of a link spells a name in its own target: `[title-control](https://github.com/kbjr/terminus-title-control)`,
/// `[sample](./reference/array/sample.md)`, `[Learn Go with Tests](https://github.com/quii/learn-go-with-tests)`.
///
/// A link whose words are the slug, file name or host name it points to names that
/// project, function, file or site; a translator keeps such a name in English. The
/// fragment after `#` is left out: a table of contents links to the document's own
/// headings (`[Meta](#meta)`), which are translated.
enum LinkTargetName {
  /// Whether `words` (the link text's Latin tokens, in order) spell, joined by hyphens, a
  /// whole segment of `target` or a hyphen-delimited part of one. Segments are split at
  /// every character other than a letter, a digit or a hyphen; `_` counts as a hyphen,
  /// letter case is ignored, and the target ends at its `#` fragment or its quoted title.
  static func matches(words: [String], target: String) -> Bool {
    guard !words.isEmpty else { return false }
    var phrase = ""
    for (k, w) in words.enumerated() {
      if k > 0 { phrase += "-" }
      phrase += normalized(w)
    }
    guard phrase.unicodeScalars.contains(where: \.properties.isAlphabetic) else { return false }
    let head = target.unicodeScalars.prefix { $0 != "#" && $0 != " " }
    var segment = ""
    func matchesSegment() -> Bool {
      guard segment.count >= phrase.count else { return false }
      return segment == phrase || segment.hasPrefix(phrase + "-") || segment.hasSuffix("-" + phrase)
        || segment.contains("-" + phrase + "-")
    }
    for c in head {
      if c.isASCII ? (c.value &- 0x30 < 10 || (c.value | 0x20) &- 0x61 < 26 || c == "-")
        : (c.properties.isAlphabetic || c.properties.numericType == .decimal)
      {
        SlugPhrases.appendLowercased(c, to: &segment.unicodeScalars)
      } else if c == "_" {
        segment += "-"
      } else {
        if matchesSegment() { return true }
        segment = ""
      }
    }
    return matchesSegment()
  }

  /// A word lower-cased, its `_` and `.` made hyphens (`Node.js` → `node-js`).
  private static func normalized(_ word: String) -> String {
    var out = ""
    for c in word.lowercased().unicodeScalars {
      out.unicodeScalars.append(c == "_" || c == "." ? "-" : c)
    }
    return out
  }
}
