/// How analysis treats one scalar of a line.
enum ScalarUse: UInt8, Sendable {
  /// Prose: analysed for language, fragments and chrome.
  case prose
  /// Code (fenced block, inline code): its letters count for the line's language, but it is
  /// never a fragment and breaks runs of prose.
  case code
  /// Not text at all (URL, e-mail, placeholder, markup, escape): skipped inside a run,
  /// left out at a fragment's edges, not counted in the line's letters.
  case masked
  /// Inline code or a template inside prose (`` `x` ``, `{{x}}`): like `masked` (a sentence
  /// goes on across it), but its identifiers are terms the document keeps.
  case inlineCode
  /// Markup that separates runs of prose (link brackets and targets, string quotes).
  case breaker
}

/// The text of a Markdown link: a scalar index range, and whether the link points into the
/// document (`#anchor`: a table of contents, whose texts are the document's own headings)
/// or elsewhere (a site or project, whose texts are mostly names).
struct LinkText: Sendable {
  /// Scalar indices of the text between the brackets.
  var range: Range<Int>
  /// The target is an anchor in the same document.
  var isAnchor: Bool
}

/// The per-scalar use of one line, decided by the document's format.
struct LineLayout: Sendable {
  /// One use per scalar of the line.
  var uses: [ScalarUse]
  /// The line belongs to a fenced code block (or is a fence).
  var isCode = false
  /// Where the comment of a line of code lies (`// …`, `# …`, a line inside `/* … */`),
  /// found by the reader that knows which block comments are open.
  var comment: Range<Int>? = nil
  /// The line is catalogue structure (msgid, comments, keys): never a fragment or chrome.
  var isStructural = false
  /// The link texts of the line (`[text](target)`).
  var linkTexts: [LinkText] = []
  /// The masked `](target)` parts of links: a sentence goes on across one only when the
  /// text after it follows with a space and a lower-case word.
  var linkTargets: [Range<Int>] = []

  /// A layout where every scalar is prose.
  init(prose count: Int) { uses = Self.uses(.prose, count: count) }

  /// Whether every scalar is prose, as on most lines of a page: the uses are read eight
  /// bytes at a time (`ScalarUse.prose` is a zero byte).
  var isAllProse: Bool {
    uses.withUnsafeBytes { bytes in
      precondition(ScalarUse.prose.rawValue == 0 && MemoryLayout<ScalarUse>.size == 1)
      var i = 0
      while i &+ 8 <= bytes.count {
        guard bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self) == 0 else { return false }
        i &+= 8
      }
      while i < bytes.count {
        guard bytes[i] == 0 else { return false }
        i &+= 1
      }
      return true
    }
  }

  /// A layout where every scalar has one use.
  init(all use: ScalarUse, count: Int) { uses = Self.uses(use, count: count) }

  /// `count` times `use`: room reserved, then filled in place by `append(contentsOf:)`,
  /// both specialized for `ScalarUse` (`Array(repeating:count:)` is not, and looks up the
  /// array type's metadata on every line; filling a buffer on the stack and appending it
  /// grew the empty array through its general path and copied the bytes).
  private static func uses(_ use: ScalarUse, count: Int) -> [ScalarUse] {
    var uses: [ScalarUse] = []
    guard count > 0 else { return uses }
    uses.reserveCapacity(count)
    uses.append(contentsOf: Repetition(use: use, count: count))
    return uses
  }

  /// `count` times `use`, written straight into the room an array reserved for them.
  private struct Repetition: Sequence {
    let use: ScalarUse
    let count: Int

    var underestimatedCount: Int { count }

    func makeIterator() -> Repeated<ScalarUse>.Iterator { repeatElement(use, count: count).makeIterator() }

    func _copyContents(
      initializing buffer: UnsafeMutableBufferPointer<ScalarUse>
    ) -> (Repeated<ScalarUse>.Iterator, UnsafeMutableBufferPointer<ScalarUse>.Index) {
      let n = Swift.min(count, buffer.count)
      if n > 0 { UnsafeMutableBufferPointer(rebasing: buffer[..<n]).initialize(repeating: use) }
      return (repeatElement(use, count: count - n).makeIterator(), n)
    }
  }

  /// A layout of a line of code: every scalar code.
  static func code(count: Int) -> LineLayout {
    var layout = LineLayout(all: .code, count: count)
    layout.isCode = true
    return layout
  }

  /// The layout of a line of a comment the reader never sees (often the English original
  /// of a translated paragraph): code, and all comment, so no identifier is learned from it.
  static func hiddenComment(count: Int) -> LineLayout {
    var layout = code(count: count)
    layout.comment = 0..<count
    return layout
  }

  /// Sets the use of `range` to `use`.
  mutating func set(_ range: Range<Int>, _ use: ScalarUse) {
    for i in range where i < uses.count { uses[i] = use }
  }
}
