/// What the starts of a text's lines say about its format, read from its UTF-8 bytes.
///
/// Lines end at `\n`, with a `\r` before it dropped, so files written with CRLF line ends
/// read as those with LF. Every test looks at ASCII bytes; other characters only ever fail
/// them, except where a key's letters are asked for their case.
struct TextShape {
  var lines = 0
  var msgids = 0
  var markdownSignals = 0
  /// Lines starting with `<`, and those opening an element of a localization catalogue.
  var markupLines = 0
  var catalogueElements = 0
  /// Lines that are `"key": …` or a lone brace, and whether the first non-blank is `{`.
  var jsonLines = 0
  var opensWithBrace = false
  /// Lines shaped as one table entry (`key = value`, `key: value`, `key<TAB>value`,
  /// `L["key"] = …`, `[section]`), and the lines that count for neither side: comments,
  /// list items, and the code that wraps a table in a source file (`<?php`, `return [`,
  /// `export default {`, `];`).
  var tableLines = 0
  var neutralLines = 0

  var opensWithMarkup = false
  /// The first non-blank line opens an XML or HTML document (`<?xml`, `<!DOCTYPE html`,
  /// `<html`).
  var opensAsMarkupDocument = false
  /// Inside a `/* … */` comment that opened on an earlier line: its lines are comment lines,
  /// whatever they start with (` | Localization file … |`, ` * @license`).
  private var inBlockComment = false

  /// Catalogue elements in a text that opens with markup or is mostly markup lines (a
  /// catalogue's multi-line strings are not).
  var isXMLCatalogue: Bool { catalogueElements >= 2 && (opensWithMarkup || markupLines * 2 >= lines) }
  var isJSONCatalogue: Bool { jsonLines >= 2 && (opensWithBrace || jsonLines * 2 >= lines) }
  var isLocaleTable: Bool {
    let entries = lines - neutralLines
    return tableLines >= 2 && tableLines * 5 >= entries * 3
  }

  typealias Bytes = ArraySlice<UInt8>

  static let elementOpenings: [[UInt8]] = [
    "<resources", "<string ", "<string-array", "<plurals", "<ts ", "<ts>", "<message>", "<message ", "<source>",
    "<translation", "<xliff", "<trans-unit", "<target", "<unit ", "<segment", "<root>", "<data name=", "<value>",
  ].map { Array($0.utf8) }

  init(_ text: [UInt8]) {
    var previous: Bytes = []
    for var line in text.split(separator: 0x0A, omittingEmptySubsequences: false) {
      if line.last == 0x0D { line = line.dropLast() }
      defer { previous = line }
      let trimmed = Self.droppingIndent(line)
      if trimmed.isEmpty { continue }
      lines += 1
      if lines == 1 {
        opensWithBrace = trimmed.first == UInt8(ascii: "{")
        opensWithMarkup = trimmed.first == UInt8(ascii: "<")
        opensAsMarkupDocument = ["<?xml", "<!doctype html", "<html"].contains {
          Self.startsIgnoringCase(trimmed, Array($0.utf8))
        }
      }
      read(trimmed, after: previous)
    }
  }

  private mutating func read(_ trimmed: Bytes, after previous: Bytes) {
    if inBlockComment || Self.starts(trimmed, "/*") {
      let closes = Self.contains(trimmed.dropFirst(inBlockComment ? 0 : 2), "*/")
      inBlockComment = !closes
      neutralLines += 1
      return
    }
    // A setext heading: a line of text underlined with `===` (or `---`).
    let underline = Self.trimmingSpaces(trimmed)
    if underline.count >= 3, !previous.allSatisfy({ $0 == 0x20 }),
      underline.allSatisfy({ $0 == UInt8(ascii: "=") }) || underline.allSatisfy({ $0 == UInt8(ascii: "-") })
    {
      markdownSignals += underline.first == UInt8(ascii: "=") ? 2 : 1
    }
    if Self.starts(trimmed, "msgid \"") { msgids += 1 }
    if Self.starts(trimmed, "```") || Self.starts(trimmed, "~~~") { markdownSignals += 2 }
    if trimmed.first == UInt8(ascii: "#") {
      let hashes = trimmed.prefix(while: { $0 == UInt8(ascii: "#") }).count
      if hashes <= 6, trimmed.dropFirst(hashes).first == 0x20 { markdownSignals += 1 }
    }
    if trimmed.first == UInt8(ascii: "<") {
      markupLines += 1
      if Self.elementOpenings.contains(where: { Self.startsIgnoringCase(trimmed, $0) }) { catalogueElements += 1 }
    }
    if ["{", "}", "},", "[", "]"].contains(where: { underline.elementsEqual($0.utf8) }) {
      jsonLines += 1
    } else if trimmed.first == UInt8(ascii: "\""), let close = trimmed.dropFirst().firstIndex(of: UInt8(ascii: "\"")),
      trimmed[(close + 1)...].drop(while: { $0 == 0x20 }).first == UInt8(ascii: ":")
    {
      jsonLines += 1
    }
    if Self.isComment(trimmed) || Self.starts(trimmed, "- ") || Self.isWrappingCode(underline) {
      // Comments, list items (a YAML sequence or a Markdown list) and wrapping code decide
      // nothing.
      neutralLines += 1
    } else if Self.isTableEntry(trimmed) {
      tableLines += 1
    } else if Self.isBracketedLine(Self.droppingIndent(previous)) {
      // The value under a bracketed key: `[Add proposal]`, then `제안 추가`.
      tableLines += 1
    }
  }

  /// Whether a trimmed line is code that wraps a table in a source file: a PHP tag, a line
  /// that opens a block (`return [`, `export default {`, `var messages = {`, `'auth' => [`)
  /// or only closes one (`];`, `},`, `)`).
  static func isWrappingCode(_ s: Bytes) -> Bool {
    if starts(s, "<?php") || s.elementsEqual("?>".utf8) { return true }
    guard let last = s.last else { return false }
    if last == UInt8(ascii: "{") || last == UInt8(ascii: "[") || last == UInt8(ascii: "(") { return true }
    return s.allSatisfy { [UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: ";")].contains($0) }
  }

  /// `#`, `;`, `!`, `--`, `//`, `/*` comments of tables and INI files.
  static func isComment(_ s: Bytes) -> Bool {
    ["#", ";", "!", "--", "//", "/*", "*"].contains { starts(s, $0) }
  }

  /// Whether a trimmed line is shaped as one entry of a table: a key without spaces (or a
  /// quoted key, or Lua's `L["key"]`, or before `=` a source text that is not code) and a
  /// separator: `=`, a tab, or `:` after a key with a lower-case letter (`E820: message` is
  /// a message, `error_code: 메시지` an entry). A bracketed line (an INI `[section]`, or a
  /// key whose value follows on the next line) counts too, and so does `[key] value`.
  static func isTableEntry(_ s: Bytes) -> Bool {
    if starts(s, "L[\"") || starts(s, "L['") { return true }
    if isSpacedEntry(s) { return true }
    if isBracketedLine(s) { return true }
    if let close = s.firstIndex(of: UInt8(ascii: "]")), s.first == UInt8(ascii: "["), close > s.startIndex + 2,
      s[(s.startIndex + 1)..<close].allSatisfy(isIdentifierByte),
      s[(s.startIndex + 1)..<close].contains(where: { $0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A }),
      close + 2 < s.endIndex, s[close + 1] == 0x20
    {
      return true  // `[change_language] 언어 변경`: a bracketed key (two characters or more, a letter among them) and its text
    }
    if let q = s.first, q == UInt8(ascii: "\"") || q == UInt8(ascii: "'"), let close = s.dropFirst().firstIndex(of: q) {
      let next = s[(close + 1)...].drop(while: { $0 == 0x20 }).first
      return next == UInt8(ascii: "=") || next == UInt8(ascii: ":") || next == 0x09
    }
    if let bar = s.firstIndex(of: UInt8(ascii: "|")), bar > s.startIndex,
      s[..<bar].allSatisfy({ isIdentifierByte($0) }), s[..<bar].contains(where: { $0 >= 0x30 && $0 <= 0x39 || $0 == 0x2D || $0 == 0x5F || $0 == 0x2E })
    {
      return true  // `e01-010|열기`: an id and its text
    }
    guard var sep = s.firstIndex(where: { $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: ":") || $0 == 0x09 })
    else { return false }
    // A key with colons in it, `00:10=수류탄`, `menu:file=파일`: the colon glued to what
    // follows separates nothing, and the entry is the key's up to its `=`.
    if s[sep] == UInt8(ascii: ":"), sep + 1 < s.endIndex, s[sep + 1] != 0x20, s[sep + 1] != 0x09,
      let equals = s.firstIndex(of: UInt8(ascii: "=")), equals > sep,
      s[..<equals].allSatisfy({ isIdentifierByte($0) || $0 == UInt8(ascii: ":") })
    {
      sep = equals
    }
    var key = s[..<sep]
    while key.last == 0x20 { key = key.dropLast() }
    let rest = s[(sep + 1)...]
    guard !key.isEmpty else { return false }
    if key.contains(0x20) {
      // `Source text = 번역`, `Source text<TAB>번역`: a list keyed by the text it translates.
      return (s[sep] == UInt8(ascii: "=") && rest.first != UInt8(ascii: "=") || s[sep] == 0x09)
        && CatalogLayout.isSourceTextKey(String(decoding: key, as: UTF8.self).unicodeScalars)
    }
    if s[sep] == UInt8(ascii: ":") {
      // `STR_NAME<spaces>:text`: a key padded to a column, its text right after the colon
      // (OpenTTD's language files).
      let padded = key.count < s.distance(from: s.startIndex, to: sep) && key.contains(UInt8(ascii: "_"))
        && key.allSatisfy(isIdentifierByte)
      guard rest.isEmpty || rest.first == 0x20 || padded else { return false }
      return String(decoding: key, as: UTF8.self).unicodeScalars.contains {
        $0.properties.isLowercase || $0 == "_" || $0 == "."
      }
    }
    return true
  }

  /// Whether a trimmed line is wholly one bracketed text, `[…]`: an INI section, or a key
  /// (often the source text itself) whose value follows on the next line.
  static func isBracketedLine(_ s: Bytes) -> Bool {
    var end = s
    while end.last == 0x20 || end.last == 0x09 { end = end.dropLast() }
    return end.count > 2 && end.first == UInt8(ascii: "[") && end.last == UInt8(ascii: "]")
      && end.dropFirst().firstIndex(of: UInt8(ascii: "[")) == nil
      && end.dropFirst().dropLast().contains(where: { $0 != 0x20 && $0 != 0x09 })
  }

  /// An ASCII letter, digit, `-`, `_` or `.`: a byte of an identifier-like key.
  /// Whether a trimmed line is a key and a quoted value set apart by spaces alone: a game's
  /// language file (`CREDITS_HEADER    "Credits"`, `"Menu_Quit"  "Quit"`), an NSIS
  /// installer's `LangString name ${LANG_KOREAN} "value"`. A bare key must
  /// look like one (an `_` or a `.`, or capitals only), so that prose such as `Run "make"`
  /// is none.
  static func isSpacedEntry(_ s: Bytes) -> Bool {
    let quote = UInt8(ascii: "\"")
    var p = s.startIndex
    if starts(s, "LangString ") {
      // NSIS: `LangString name ${LANG_KOREAN} "value"`.
      return s.contains(quote)
    }
    if s.first == quote {
      guard let close = s.dropFirst().firstIndex(of: quote) else { return false }
      p = close + 1
    } else {
      while p < s.endIndex, isIdentifierByte(s[p]) { p += 1 }
      let key = s[s.startIndex..<p]
      let looksLikeKey =
        key.contains(UInt8(ascii: "_")) || key.contains(UInt8(ascii: "."))
        || (key.count >= 2 && key.allSatisfy { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x30 && $0 <= 0x39 })
      guard p > s.startIndex, looksLikeKey else { return false }
    }
    guard p < s.endIndex, s[p] == 0x20 else { return false }
    let value = s[p...].drop(while: { $0 == 0x20 || $0 == 0x09 })
    return value.first == quote && value.dropFirst().contains(quote)
  }

  static func isIdentifierByte(_ b: UInt8) -> Bool {
    (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F || b == 0x2E
  }

  /// The line without its indentation: spaces, tabs and byte-order marks.
  static func droppingIndent(_ line: Bytes) -> Bytes {
    var s = line
    while true {
      if s.first == 0x20 || s.first == 0x09 {
        s = s.dropFirst()
      } else if s.starts(with: [0xEF, 0xBB, 0xBF]) {
        s = s.dropFirst(3)
      } else {
        return s
      }
    }
  }

  static func trimmingSpaces(_ s: Bytes) -> Bytes {
    var s = s
    while s.last == 0x20 { s = s.dropLast() }
    return s
  }

  static func starts(_ s: Bytes, _ prefix: String) -> Bool { s.starts(with: prefix.utf8) }

  /// Whether `s` holds the two bytes of `pair` side by side (`*/`).
  static func contains(_ s: Bytes, _ pair: StaticString) -> Bool {
    let (a, b) = pair.withUTF8Buffer { ($0[0], $0[1]) }
    var previous: UInt8 = 0
    for byte in s {
      if previous == a && byte == b { return true }
      previous = byte
    }
    return false
  }

  /// Whether `s` starts with `prefix` (lower-case ASCII), ignoring the case of ASCII letters.
  static func startsIgnoringCase(_ s: Bytes, _ prefix: [UInt8]) -> Bool {
    guard s.count >= prefix.count else { return false }
    return zip(s, prefix).allSatisfy { a, b in (a >= 0x41 && a <= 0x5A ? a | 0x20 : a) == b }
  }
}
