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
    /// The record being read: where it began, the cell and whether it is inside quotes.
    private var record: Record? = nil

    private struct Record {
      var firstLine: Int
      var column = 0
      var inQuotes = false
      /// Whether the current cell's first scalar has been read (a quote opens a cell only there).
      var cellStarted = false
      var cells: [String] = []
      var cell = String.UnicodeScalarView()
      var shownLines: [Int] = []
      var lines = 0
    }

    /// The layout of line `index` and the entry its record ends, if it ends one.
    ///
    /// - Complexity: O(n) in the line's scalars.
    mutating func layout(_ line: SourceLine, index: Int) -> (LineLayout, [CatalogEntry]) {
      let s = line.scalars
      if record == nil {
        if line.isBlank { return (LineLayout(prose: s.count), []) }
        if columns == nil { separator = Self.separator(of: s) }
        record = Record(firstLine: index)
      }
      var layout = LineLayout(all: .breaker, count: s.count)
      layout.isStructural = true
      var shownStart: Int? = nil
      var k = 0
      func closeShown(at end: Int) {
        if let start = shownStart, end > start {
          layout.set(start..<end, .prose)
          layout.isStructural = false
          if record!.shownLines.last != index { record!.shownLines.append(index) }
        }
        shownStart = nil
      }
      let shownColumn = columns?.shown
      while k < s.count {
        let c = s[k].value
        let isShown = shownColumn.map { record!.column == $0 } ?? false
        if record!.inQuotes {
          if c == "\"" {
            if k + 1 < s.count && s[k + 1].value == "\"" {
              record!.cell.append("\"")
              if isShown && shownStart == nil { shownStart = k }
              k += 2
              continue
            }
            if isShown { closeShown(at: k) }
            record!.inQuotes = false
            k += 1
            continue
          }
          if isShown && shownStart == nil { shownStart = k }
          record!.cell.append(c)
          k += 1
          continue
        }
        if c == separator {
          if isShown { closeShown(at: Self.trimmedEnd(s, k, from: shownStart)) }
          record!.cells.append(String(record!.cell))
          record!.cell = String.UnicodeScalarView()
          record!.column += 1
          record!.cellStarted = false
          k += 1
          continue
        }
        if c == "\"" && !record!.cellStarted {
          record!.inQuotes = true
          record!.cellStarted = true
          k += 1
          continue
        }
        record!.cellStarted = true
        if isShown && shownStart == nil && s[k].letter != .space { shownStart = k }
        record!.cell.append(c)
        k += 1
      }
      record!.lines += 1
      if record!.inQuotes && record!.lines < CatalogLayout.maximumEntryLines {
        // A quoted cell goes on over the line break.
        if shownColumn.map({ record!.column == $0 }) == true {
          closeShown(at: s.count)
          record!.cell.append("\n")
        }
        if !layout.isStructural { InlineMasks.apply(s, to: &layout) }
        return (layout, [])
      }
      if shownColumn.map({ record!.column == $0 }) == true { closeShown(at: Self.trimmedEnd(s, s.count, from: shownStart)) }
      record!.cells.append(String(record!.cell))
      let ended = record!
      record = nil
      if !layout.isStructural { InlineMasks.apply(s, to: &layout) }
      guard let columns else {
        let header = CSVColumns(header: ended.cells)
        self.columns = header ?? CSVColumns(shown: max(0, ended.cells.count - 1), source: nil)
        if header != nil { return (layout, []) }
        // No header: the record is an entry, its last cell shown.
        return (Self.relaid(line, shown: ended.cells.count - 1, separator: separator), [Self.entry(ended, shown: ended.cells.count - 1, source: nil, at: index)])
      }
      return (layout, [Self.entry(ended, shown: columns.shown, source: columns.source, at: index)])
    }

    /// Ends the catalogue: a record left open (a quote never closed) is an entry.
    mutating func finish(_ finished: (CatalogEntry) -> Void) {
      guard var open = record, let columns else { return }
      open.cells.append(String(open.cell))
      finished(Self.entry(open, shown: columns.shown, source: columns.source, at: open.firstLine + open.lines - 1))
      record = nil
    }

    private static func entry(_ record: Record, shown: Int, source: Int?, at last: Int) -> CatalogEntry {
      let translation = shown < record.cells.count ? record.cells[shown] : ""
      let sourceText = source.flatMap { $0 < record.cells.count ? record.cells[$0] : nil } ?? record.cells.first ?? ""
      return CatalogEntry(
        entryLine: record.firstLine, source: sourceText, translation: translation,
        translationLines: record.shownLines.isEmpty ? [last] : record.shownLines)
    }

    /// A one-line record read before the columns were known, laid out again with cell
    /// `shown` as prose.
    private static func relaid(_ line: SourceLine, shown: Int, separator: Unicode.Scalar) -> LineLayout {
      var reader = CSVReader()
      reader.columns = CSVColumns(shown: shown, source: nil)
      reader.separator = separator
      return reader.layout(line, index: line.number - 1).0
    }

    /// The end of an unquoted cell's text before `end`, trailing spaces left out.
    private static func trimmedEnd(_ s: [SourceScalar], _ end: Int, from start: Int?) -> Int {
      guard let start else { return end }
      var e = end
      while e > start, s[e - 1].letter == .space { e -= 1 }
      return e
    }

    /// The commonest of `,`, `;` and tab outside quotes on the line (`,` when none).
    private static func separator(of s: [SourceScalar]) -> Unicode.Scalar {
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
