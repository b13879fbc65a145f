/// Lays out a line of a Mermaid diagram (a Markdown fence whose info string is `mermaid`).
///
/// A diagram is drawn from text the reader sees — node labels, edge labels, messages,
/// notes, titles — wrapped in a syntax that is code: the diagram's type, node ids, arrows,
/// keywords, styles. A translator translates the labels and keeps the rest, so the labels
/// are prose (a label left in English is untranslated text like any other) and the rest
/// is code, whose letters count for the line's language but are never fragments.
enum MermaidLayout {
  /// Words that open a line of syntax only: diagram types, styling, direction, activation.
  static let syntaxKeywords: Set<String> = [
    "graph", "flowchart", "sequencediagram", "classdiagram", "statediagram", "statediagram-v2", "erdiagram",
    "gantt", "pie", "journey", "gitgraph", "mindmap", "timeline", "quadrantchart", "requirementdiagram",
    "style", "classdef", "class", "linkstyle", "click", "end", "direction", "autonumber", "activate",
    "deactivate", "dateformat", "axisformat", "tickinterval", "excludes", "commit", "branch", "checkout", "merge",
  ]

  /// Words whose rest of the line is a label: a title, a section, a sequence diagram's
  /// blocks (`loop Every minute`, `alt is sick`, `else`, `opt`, `par`, `and`, `critical`,
  /// `break`, `rect`), and a subgraph's title.
  static let labelKeywords: Set<String> = [
    "title", "section", "loop", "alt", "else", "opt", "par", "and", "critical", "break", "subgraph", "acctitle",
  ]

  /// The layout of `line`, a line inside a Mermaid fence.
  ///
  /// - Complexity: O(n) in the line's scalars.
  static func layout(_ line: SourceLine) -> LineLayout {
    let s = line.scalars
    var layout = LineLayout.code(count: s.count)
    var k = 0
    while k < s.count, s[k].letter == .space { k += 1 }
    guard k < s.count else { return LineLayout(prose: s.count) }
    // A comment.
    if s[k].value == "%", k + 1 < s.count, s[k + 1].value == "%" { return layout }
    var w = k
    while w < s.count, s[w].letter == .latin || s[w].letter == .digit || s[w].value == "-" { w += 1 }
    let word = line.text(from: k, through: max(k, w - 1)).lowercased()
    let wordEnds = w > k && (w == s.count || s[w].letter == .space || s[w].value == ":")
    if wordEnds && labelKeywords.contains(word) {
      markLabels(s, from: w, in: &layout, restIsLabel: true)
    } else if wordEnds && (word == "participant" || word == "actor") {
      // `participant A as Alice`: the alias is shown; a bare id is a name.
      if let alias = aliasStart(line, from: w) { layout.set(alias..<trimmedEnd(s), .prose) }
    } else if wordEnds && word == "note" {
      // `Note right of A: text`.
      if let colon = s[w...].firstIndex(where: { $0.value == ":" }) { markLabels(s, from: colon + 1, in: &layout, restIsLabel: true) }
    } else if !(wordEnds && syntaxKeywords.contains(word)) {
      markLabels(s, from: k, in: &layout, restIsLabel: isPlainText(s, from: k))
    }
    layout.isCode = !layout.uses.contains(.prose)
    InlineMasks.apply(s, to: &layout)
    return layout
  }

  /// Makes prose the labels of the line from `start`: text in brackets (`A[label]`,
  /// `B(label)`, `C{label}`, `D((label))`, `E>label]`), between pipes (`-->|label|`), in
  /// quotes, and after the first colon outside them (`A->>B: message`); or, when
  /// `restIsLabel`, the whole rest of the line.
  private static func markLabels(_ s: SourceScalars, from start: Int, in layout: inout LineLayout, restIsLabel: Bool) {
    var i = start
    while i < s.count, s[i].letter == .space || s[i].value == ":" { i += 1 }
    if restIsLabel {
      if i < trimmedEnd(s) { layout.set(i..<trimmedEnd(s), .prose) }
      return
    }
    while i < s.count {
      let c = s[i].value
      let close: Unicode.Scalar?
      switch c {
      case "[": close = "]"
      case "(": close = ")"
      case "{": close = "}"
      case "|": close = "|"
      case "\"": close = "\""
      case ">" where i > 0 && s[i - 1].letter == .latin: close = "]"
      case ":":
        var j = i + 1
        while j < s.count, s[j].letter == .space { j += 1 }
        if j < trimmedEnd(s) { layout.set(j..<trimmedEnd(s), .prose) }
        return
      default: close = nil
      }
      guard let close else {
        i += 1
        continue
      }
      // Doubled and mixed brackets (`((…))`, `[(…)]`, `{{…}}`, `[/…/]`) open together.
      var a = i + 1
      while a < s.count, ["[", "(", "{", "/", "\\", "\""].contains(s[a].value), c != "\"", c != "|" { a += 1 }
      guard let b = s[a...].firstIndex(where: { $0.value == close || (close != "\"" && $0.value == "\"" && a > i + 1) })
      else { return }
      var e = b
      while e > a, ["]", ")", "}", "/", "\\", "\""].contains(s[e - 1].value) { e -= 1 }
      if e > a { layout.set(a..<e, .prose) }
      i = b + 1
      while i < s.count, ["]", ")", "}", "\""].contains(s[i].value) { i += 1 }
    }
  }

  /// Whether the line from `k` is text without any diagram syntax (a mindmap's or a
  /// timeline's entry): no brackets, pipes, colons, arrows or semicolons.
  private static func isPlainText(_ s: SourceScalars, from k: Int) -> Bool {
    !s[k...].contains { ["[", "(", "{", "|", ":", ";", ">", "<", "=", "-"].contains($0.value) }
  }

  /// Where the alias of `participant A as Alias` starts, or `nil`.
  private static func aliasStart(_ line: SourceLine, from k: Int) -> Int? {
    let s = line.scalars
    var i = k
    while i + 3 < s.count {
      if s[i].letter == .space, s[i + 1].value == "a", s[i + 2].value == "s", s[i + 3].letter == .space {
        var j = i + 4
        while j < s.count, s[j].letter == .space { j += 1 }
        return j < s.count ? j : nil
      }
      i += 1
    }
    return nil
  }

  /// The end of the line's text, trailing spaces left out.
  private static func trimmedEnd(_ s: SourceScalars) -> Int {
    var e = s.count
    while e > 0, s[e - 1].letter == .space { e -= 1 }
    return e
  }
}
