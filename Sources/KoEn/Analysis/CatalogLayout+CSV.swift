extension CatalogLayout {
  /// Reads a catalogue kept as comma-separated values (Unreal Engine's localization export,
  /// spreadsheet exports of string tables): one entry per record, the translation's cell
  /// shown text and every other cell structure.
  ///
  /// The first record names the columns when one of its cells is a column name
  /// (`Translated`, `target`, `ko-KR`, `Original`, `key`…: `CSVColumns`): the translation
  /// is the column named so (else `value`/`text`, else the last), the source the column
  /// named as source text (`Original`, `en`…), and the header itself is structure. A first
  /// record without such a name is an entry like the others: its last cell is shown and its
  /// first is the key. Cells follow RFC 4180 (quoted cells may hold the separator, doubled
  /// quotes and line breaks); the separator is the commonest of `,`, `;` and tab in the first
  /// line.
  struct CSVReader {
    /// The columns, once the first record has been read.
    private var columns: CSVColumns? = nil
    private var separator: Unicode.Scalar = ","
    /// The record being read, from its first line to the line break outside quotes that ends it.
    private var record: CSVRecord? = nil

    /// The layout of line `index` and the entry its record ends, if it ends one.
    ///
    /// - Complexity: O(n) in the line's scalars.
    mutating func layout(_ line: SourceLine, index: Int) -> (LineLayout, [CatalogEntry]) {
      let s = line.scalars
      guard var record = record ?? (line.isBlank ? nil : CSVRecord(firstLine: index)) else {
        return (LineLayout(prose: s.count), [])
      }
      if columns == nil && record.lines == 0 { separator = Self.separator(of: s) }
      let layout = Self.layout(line, shown: record.read(s, separator: separator, shownColumn: columns?.shown, line: index))
      guard record.isComplete || record.lines >= CatalogLayout.maximumEntryLines else {
        // A quoted cell goes on over the line break.
        self.record = record
        return (layout, [])
      }
      record.end()
      self.record = nil
      if let columns { return (layout, [record.entry(columns, lastLine: index)]) }
      if let header = CSVColumns(header: record.cells) {
        columns = header
        return (layout, [])
      }
      // No header: the record is an entry like the rest, its last cell shown.
      let last = CSVColumns(shown: max(0, record.cells.count - 1), source: nil)
      columns = last
      var again = CSVRecord(firstLine: index)
      let relaid = Self.layout(line, shown: again.read(s, separator: separator, shownColumn: last.shown, line: index))
      return (relaid, [record.entry(last, lastLine: index)])
    }

    /// A layout where the `shown` ranges are prose (with their inline masks) and the rest
    /// structure.
    private static func layout(_ line: SourceLine, shown: [Range<Int>]) -> LineLayout {
      var layout = LineLayout(all: .breaker, count: line.scalars.count)
      layout.isStructural = shown.isEmpty
      for range in shown { layout.set(range, .prose) }
      if !shown.isEmpty { InlineMasks.apply(line.scalars, to: &layout) }
      return layout
    }

    /// Ends the catalogue: a record left open (a quote never closed) is an entry.
    mutating func finish(_ finished: (CatalogEntry) -> Void) {
      guard var open = record, let columns else { return }
      open.end()
      finished(open.entry(columns, lastLine: open.firstLine + open.lines - 1))
      record = nil
    }

    /// The commonest of `,`, `;` and tab outside quotes on the line (`,` when none).
    private static func separator(of s: SourceScalars) -> Unicode.Scalar {
      var counts = (comma: 0, semicolon: 0, tab: 0)
      var inQuotes = false
      for scalar in s {
        switch scalar.value {
        case "\"": inQuotes.toggle()
        case "," where !inQuotes: counts.comma += 1
        case ";" where !inQuotes: counts.semicolon += 1
        case "\t" where !inQuotes: counts.tab += 1
        default: break
        }
      }
      if counts.tab > counts.comma && counts.tab >= counts.semicolon { return "\t" }
      if counts.semicolon > counts.comma { return ";" }
      return ","
    }
  }
}

/// One record of a comma-separated catalogue as it is read, line by line: its cells so far,
/// and where the cell being read stands.
struct CSVRecord {
  /// 0-based index of the record's first line.
  let firstLine: Int
  /// The cells read so far, decoded (quotes taken off, doubled quotes made one).
  private(set) var cells: [String] = []
  /// The lines read so far.
  private(set) var lines = 0
  /// 0-based lines on which the translation's cell has text.
  private var shownLines: [Int] = []
  private var cell = String.UnicodeScalarView()
  private var column = 0
  private var inQuotes = false
  /// Whether the current cell's first scalar has been read (a quote opens a cell only there).
  private var cellStarted = false

  init(firstLine: Int) { self.firstLine = firstLine }

  /// Whether the record ended with the last line read (no quoted cell left open).
  var isComplete: Bool { lines > 0 && !inQuotes }

  /// Reads one more line of the record; returns the ranges of it that hold the text of the
  /// cell in `shownColumn` (its quotes and the spaces around an unquoted cell left out).
  mutating func read(_ s: SourceScalars, separator: Unicode.Scalar, shownColumn: Int?, line: Int) -> [Range<Int>] {
    var shown: [Range<Int>] = []
    var start: Int? = nil
    var k = 0
    while k < s.count {
      let c = s[k].value
      let isShown = column == shownColumn
      if inQuotes && c == "\"" && k + 1 < s.count && s[k + 1].value == "\"" {
        // A doubled quote is one quote of the text.
        cell.append("\"")
        if isShown && start == nil { start = k }
        k += 2
        continue
      }
      if inQuotes {
        if c == "\"" {
          if isShown { close(&start, at: k, into: &shown, line: line) }
          inQuotes = false
        } else {
          if isShown && start == nil { start = k }
          cell.append(c)
        }
      } else if c == separator {
        if isShown { close(&start, at: Self.trimmedEnd(s, k, from: start), into: &shown, line: line) }
        cells.append(String(cell))
        cell = String.UnicodeScalarView()
        column += 1
        cellStarted = false
      } else if c == "\"" && !cellStarted {
        inQuotes = true
        cellStarted = true
      } else {
        cellStarted = true
        if isShown && start == nil && s[k].letter != .space { start = k }
        cell.append(c)
      }
      k += 1
    }
    lines += 1
    if column == shownColumn {
      close(&start, at: inQuotes ? s.count : Self.trimmedEnd(s, s.count, from: start), into: &shown, line: line)
    }
    if inQuotes { cell.append("\n") }
    return shown
  }

  /// Ends the shown text begun at `start` (if any) at `end`.
  private mutating func close(_ start: inout Int?, at end: Int, into shown: inout [Range<Int>], line: Int) {
    if let a = start, end > a {
      shown.append(a..<end)
      if shownLines.last != line { shownLines.append(line) }
    }
    start = nil
  }

  /// Takes the last cell in.
  mutating func end() {
    cells.append(String(cell))
    cell = String.UnicodeScalarView()
  }

  /// The record as a catalogue entry: the translation's cell, checked against the source's
  /// (or the first cell, a key, when no column is the source).
  func entry(_ columns: CSVColumns, lastLine: Int) -> CatalogEntry {
    let translation = columns.shown < cells.count ? cells[columns.shown] : ""
    let source = columns.source.flatMap { $0 < cells.count ? cells[$0] : nil } ?? cells.first ?? ""
    return CatalogEntry(
      entryLine: firstLine, source: source, translation: translation,
      translationLines: shownLines.isEmpty ? [lastLine] : shownLines)
  }

  /// The end of an unquoted cell's text before `end`, trailing spaces left out.
  private static func trimmedEnd(_ s: SourceScalars, _ end: Int, from start: Int?) -> Int {
    guard let start else { return end }
    var e = end
    while e > start, s[e - 1].letter == .space { e -= 1 }
    return e
  }
}

/// Which columns of a comma-separated catalogue hold the translation (shown text) and the
/// source text it translates.
struct CSVColumns: Equatable, Sendable {
  /// The 0-based column of the translation.
  var shown: Int
  /// The 0-based column of the source text, if the header names one.
  var source: Int?

  init(shown: Int, source: Int?) {
    self.shown = shown
    self.source = source
  }

  /// The columns a header record names, or `nil` when the record names no column (it is
  /// then an entry): the translation is the column named as one (else `value`, `string` or
  /// `text`, else the last column that is no key, note or source); the source the column
  /// named as source text.
  init?(header cells: [String]) {
    let names = cells.map(Self.normalized)
    guard cells.count >= 2, names.contains(where: { Self.knownNames.contains($0) }) else { return nil }
    let source = names.firstIndex { Self.sourceNames.contains($0) }
    if let shown = names.firstIndex(where: { Self.translationNames.contains($0) }) {
      self.init(shown: shown, source: source)
    } else if let shown = names.firstIndex(where: { Self.valueNames.contains($0) }), shown != source {
      self.init(shown: shown, source: source)
    } else {
      // The last column that is neither the source nor named as a key or a note.
      let shown = names.indices.last { $0 != source && !Self.structureNames.contains(names[$0]) }
      self.init(shown: shown ?? cells.count - 1, source: source)
    }
  }

  /// A header cell lower-cased, with spaces, `_` and `-` taken out (`Source Location` →
  /// `sourcelocation`, `ko_KR` → `kokr`).
  private static func normalized(_ cell: String) -> String {
    String(String.UnicodeScalarView(cell.lowercased().unicodeScalars.filter { !" _-\t\"".unicodeScalars.contains($0) }))
  }

  /// Names of the translation's column: the target language's code or name, or the word.
  static let translationNames: Set<String> = [
    "translated", "translation", "target", "targettext", "targetstring", "localized", "localizedtext",
    "ko", "kokr", "kor", "korean", "한국어", "번역", "번역문",
  ]
  /// Names of the source text's column.
  static let sourceNames: Set<String> = [
    "original", "originaltext", "source", "sourcetext", "sourcestring", "en", "enus", "engb", "english", "msgid", "영어", "원문",
  ]
  /// Names of a column that holds the value when none is named as the translation.
  static let valueNames: Set<String> = ["value", "string", "text"]
  /// Names of columns that are structure: keys, places and notes for the translator.
  static let structureNames: Set<String> = [
    "key", "id", "name", "namespace", "context", "sourcelocation", "comment", "comments", "note", "notes", "description",
  ]
  /// Names of the columns that show a record to be a header.
  static let knownNames = translationNames.union(sourceNames).union(valueNames).union(structureNames)
}
