/// A YAML front matter block that opens a document (`---` … `---` or `...`): the page's
/// metadata, which static site generators read in Markdown and AsciiDoc alike (Jekyll, Hugo,
/// Docusaurus), laid out as keys and values (`MarkdownLayout.frontMatterLayout`).
///
/// Whether the first line's `---` opens one is known only at its end, so its lines are held
/// until then, and no longer than `maximumLines`: a block not closed by then is handed back
/// as ordinary lines. Every other line passes through without being held.
struct FrontMatterBlock {
  /// The most lines held; a longer block is read as ordinary lines.
  static let maximumLines = 200

  /// What the caller does with the line it pushed.
  enum Release {
    /// Nothing held: lay the line out as usual.
    case pass
    /// The line is held.
    case held
    /// The block is closed: these lines are its.
    case frontMatter([SourceLine])
    /// The block was no front matter: lay these lines out as usual.
    case ordinary([SourceLine])
  }

  private var held: [SourceLine]? = nil
  private var isFirstLine = true

  /// Reads the next line.
  mutating func push(_ line: SourceLine) -> Release {
    if isFirstLine {
      isFirstLine = false
      guard line.text.trimmingASCIIWhitespace() == "---" else { return .pass }
      held = [line]
      return .held
    }
    guard var lines = held else { return .pass }
    held = nil
    lines.append(line)
    let text = line.text.trimmingASCIIWhitespace()
    if text == "---" || text == "..." { return .frontMatter(lines) }
    if lines.count >= Self.maximumLines { return .ordinary(lines) }
    held = lines
    return .held
  }

  /// Ends the document: a block never closed was ordinary text.
  mutating func finish() -> [SourceLine] {
    defer { held = nil }
    return held ?? []
  }
}
