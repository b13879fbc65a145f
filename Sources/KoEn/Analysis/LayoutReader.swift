/// One line of a document with its layout.
struct LaidLine: Sendable {
  /// The line.
  var line: SourceLine
  /// How its scalars are used.
  var layout: LineLayout
  /// Whether it is a line of a code block of a markup document (Markdown, AsciiDoc,
  /// reStructuredText), whose comment is prose when the document localized comments.
  var fenced: Bool

  /// The line's 0-based index in the document.
  var index: Int { line.number - 1 }
}

/// What reading a document yields, in order: its lines with their layouts, and each
/// catalogue entry after the last of its lines.
enum LayoutEvent: Sendable {
  case line(LaidLine)
  case entry(CatalogEntry)
}

/// Reads a document of any format from bytes cut anywhere: lines, their layouts and the
/// catalogue entries, in one forward pass that holds only the line being read (and a
/// front matter block until its end, `FrontMatterBlock`).
struct LayoutReader {
  private var splitter = LineSplitter()
  private var markdown: MarkdownLayout.Reader
  private var asciiDoc: AsciiDocLayout.Reader
  private var restructuredText: ReStructuredTextLayout.Reader
  private var org: OrgLayout.Reader
  private var gettext = CatalogLayout.GettextReader()
  private var table = CatalogLayout.TableReader()
  private var xml = CatalogLayout.XMLReader()
  private var json = CatalogLayout.JSONReader()
  private var csv = CatalogLayout.CSVReader()
  private var markup: MarkupLayout.Reader
  private let format: DocumentFormat

  /// A reader for `format`; `localizedComments` makes comments in Markdown code blocks prose.
  init(format: DocumentFormat, localizedComments: Bool) {
    self.format = format
    markdown = MarkdownLayout.Reader(localizedComments: localizedComments)
    asciiDoc = AsciiDocLayout.Reader(localizedComments: localizedComments)
    restructuredText = ReStructuredTextLayout.Reader(localizedComments: localizedComments)
    org = OrgLayout.Reader(localizedComments: localizedComments)
    markup = MarkupLayout.Reader(localizedComments: localizedComments)
  }

  /// Reads the next piece of the document. Each event is handed over to `sink` to keep
  /// (moved, not copied).
  mutating func push(_ bytes: some Collection<UInt8>, _ sink: (consuming LayoutEvent) -> Void) {
    // The splitter is swapped out while it hands each line straight to `read`.
    var splitter = LineSplitter()
    swap(&splitter, &self.splitter)
    splitter.push(bytes) { read($0, sink) }
    swap(&splitter, &self.splitter)
  }

  /// Ends the document.
  mutating func finish(_ sink: (consuming LayoutEvent) -> Void) {
    var last: SourceLine? = nil
    splitter.finish { last = $0 }
    if let last { read(last, sink) }
    switch format {
    case .markdown: markdown.finish { sink(.line(LaidLine(line: $0, layout: $1, fenced: $2))) }
    case .asciiDoc: asciiDoc.finish { sink(.line(LaidLine(line: $0, layout: $1, fenced: $2))) }
    case .gettext: gettext.finish { sink(.entry($0)) }
    case .localeTable: table.finish { sink(.entry($0)) }
    case .xmlCatalogue: xml.finish { sink(.entry($0)) }
    case .csvCatalogue: csv.finish { sink(.entry($0)) }
    case .plainText, .restructuredText, .org, .markup, .jsonCatalogue: break
    }
  }

  /// Masks the style tags of a catalogue line's values (`StyleTagMasks`). A line counted
  /// at decoding without `]` has none.
  private static func maskStyleTags(_ line: SourceLine, _ layout: inout LineLayout) {
    guard line.asciiCounts.mayHaveLinkMark, !layout.isStructural else { return }
    StyleTagMasks.apply(line.scalars, to: &layout)
  }

  private mutating func read(_ line: consuming SourceLine, _ sink: (consuming LayoutEvent) -> Void) {
    switch format {
    case .plainText:
      var layout = LineLayout(prose: line.scalars.count)
      // A line counted at decoding says whether a mask may match (most lines of prose: none).
      if line.asciiCounts.mayHaveMaskClue { InlineMasks.apply(line.scalars, to: &layout) }
      sink(.line(LaidLine(line: consume line, layout: consume layout, fenced: false)))
    case .markdown:
      markdown.push(line) { sink(.line(LaidLine(line: $0, layout: $1, fenced: $2))) }
    case .markup:
      let layout = markup.layout(line)
      let fenced = layout.isCode
      sink(.line(LaidLine(line: line, layout: layout, fenced: fenced)))
    case .asciiDoc:
      asciiDoc.push(line) { sink(.line(LaidLine(line: $0, layout: $1, fenced: $2))) }
    case .restructuredText:
      restructuredText.push(line) { sink(.line(LaidLine(line: $0, layout: $1, fenced: $2))) }
    case .org:
      org.push(line) { sink(.line(LaidLine(line: $0, layout: $1, fenced: $2))) }
    case .gettext:
      var layout = gettext.layout(line, index: line.number - 1) { sink(.entry($0)) }
      Self.maskStyleTags(line, &layout)
      sink(.line(LaidLine(line: line, layout: layout, fenced: false)))
    case .localeTable:
      var (layout, entries) = table.layout(line, index: line.number - 1)
      Self.maskStyleTags(line, &layout)
      sink(.line(LaidLine(line: line, layout: layout, fenced: false)))
      for entry in entries { sink(.entry(entry)) }
    case .jsonCatalogue:
      var (layout, entries) = json.layout(line, index: line.number - 1)
      Self.maskStyleTags(line, &layout)
      sink(.line(LaidLine(line: line, layout: layout, fenced: false)))
      for entry in entries { sink(.entry(entry)) }
    case .csvCatalogue:
      var (layout, entries) = csv.layout(line, index: line.number - 1)
      Self.maskStyleTags(line, &layout)
      sink(.line(LaidLine(line: line, layout: layout, fenced: false)))
      for entry in entries { sink(.entry(entry)) }
    case .xmlCatalogue:
      var closed: [CatalogEntry] = []
      var layout = xml.layout(line, index: line.number - 1) { closed.append($0) }
      Self.maskStyleTags(line, &layout)
      sink(.line(LaidLine(line: line, layout: layout, fenced: false)))
      for entry in closed { sink(.entry(entry)) }
    }
  }
}
