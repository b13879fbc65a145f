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

/// The use of each scalar of a line, one per scalar, read as an array of them is.
///
/// A line every scalar of which is prose (most lines of a page) holds no storage: its uses
/// are known from their count alone, so it costs no allocation when it is laid out and no
/// deallocation when the second reading is done with it. The first use set to anything else
/// gives it storage, filled with the prose uses it stood for.
///
/// Thread-safety: a value type; `Sendable`.
struct ScalarUses: Sendable {
  /// The uses, or empty while every one is prose (and always when there are none).
  private var storage: [ScalarUse]
  /// The number of uses: one per scalar of the line.
  let count: Int

  /// `count` times `use`.
  init(_ use: ScalarUse, count: Int) {
    self.count = count
    storage = use == .prose ? [] : Self.storage(use, count: count)
  }

  /// Whether every use is prose without reading them: true when no storage was needed.
  var isProseWithoutStorage: Bool { storage.isEmpty }

  /// The use of scalar `i` (which must be a valid index, as an array's).
  subscript(i: Int) -> ScalarUse {
    get {
      guard storage.isEmpty else { return storage[i] }
      precondition(i >= 0 && i < count, "Index out of range")
      return .prose
    }
    set {
      if storage.isEmpty {
        precondition(i >= 0 && i < count, "Index out of range")
        guard newValue != .prose else { return }
        storage = Self.storage(.prose, count: count)
      }
      storage[i] = newValue
    }
  }

  /// Whether some use is `use`.
  func contains(_ use: ScalarUse) -> Bool {
    guard storage.isEmpty else { return storage.contains(use) }
    return use == .prose && count > 0
  }

  /// Whether some use satisfies `predicate`.
  func contains(where predicate: (ScalarUse) throws -> Bool) rethrows -> Bool {
    guard storage.isEmpty else { return try storage.contains(where: predicate) }
    return count > 0 ? try predicate(.prose) : false
  }

  /// Calls `body` with the uses in contiguous memory: the storage, or for uses all prose
  /// without storage, a shared run of prose uses (or, for a line longer than it, one made
  /// for the call).
  func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<ScalarUse>) throws -> R) rethrows -> R {
    guard storage.isEmpty else { return try storage.withUnsafeBufferPointer(body) }
    if count <= Self.sharedProseCount {
      return try body(UnsafeBufferPointer(rebasing: Self.sharedProse[..<count]))
    }
    return try withUnsafeTemporaryAllocation(of: ScalarUse.self, capacity: count) { buffer in
      buffer.initialize(repeating: .prose)
      return try body(UnsafeBufferPointer(buffer))
    }
  }

  /// Prose uses for the lines that have no storage, read by any thread, never written.
  nonisolated(unsafe) private static let sharedProse: UnsafeBufferPointer<ScalarUse> = {
    let buffer = UnsafeMutableBufferPointer<ScalarUse>.allocate(capacity: sharedProseCount)
    buffer.initialize(repeating: .prose)
    return UnsafeBufferPointer(buffer)
  }()
  private static let sharedProseCount = 1 << 14

  /// `count` times `use`: room reserved, then filled in place by `append(contentsOf:)`,
  /// both specialized for `ScalarUse` (`Array(repeating:count:)` is not, and looks up the
  /// array type's metadata on every line; filling a buffer on the stack and appending it
  /// grew the empty array through its general path and copied the bytes).
  private static func storage(_ use: ScalarUse, count: Int) -> [ScalarUse] {
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
}

/// The per-scalar use of one line, decided by the document's format.
struct LineLayout: Sendable {
  /// One use per scalar of the line.
  var uses: ScalarUses
  /// The line belongs to a fenced code block (or is a fence).
  var isCode = false
  /// Where the comment of a line of code lies (`// …`, `# …`, a line inside `/* … */`),
  /// found by the reader that knows which block comments are open.
  var comment: Range<Int>? = nil
  /// The line is catalogue structure (msgid, comments, keys): never a fragment or chrome.
  var isStructural = false
  /// The line lies in an HTML `<nav>` element (or opens or closes one): the markup itself
  /// says it is the site's navigation.
  var isNavigation = false
  /// The link texts of the line (`[text](target)`).
  var linkTexts: [LinkText] = []
  /// The masked `](target)` parts of links: a sentence goes on across one only when the
  /// text after it follows with a space and a lower-case word.
  var linkTargets: [Range<Int>] = []

  /// A layout where every scalar is prose.
  init(prose count: Int) { uses = ScalarUses(.prose, count: count) }

  /// Whether every scalar is prose, as on most lines of a page: known without reading when
  /// the uses have no storage; otherwise they are read eight bytes at a time
  /// (`ScalarUse.prose` is a zero byte).
  var isAllProse: Bool {
    if uses.isProseWithoutStorage { return true }
    return uses.withUnsafeBufferPointer { typed in
      let bytes = UnsafeRawBufferPointer(typed)
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
  init(all use: ScalarUse, count: Int) { uses = ScalarUses(use, count: count) }

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
