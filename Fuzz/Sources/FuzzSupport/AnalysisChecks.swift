import KoEn

/// Checks what every document analysis must satisfy, whatever the format.
///
/// Lines: numbered 1, 2, … in order; each range inside the input, after the previous one,
/// and ending at a line feed (or a CR before it), a final CR or the input's end; the lines' ranges and
/// line breaks cover the input. Fragments: inside their line's range, with that line's
/// number, a column of at least 1. On well-formed input, fragment offsets fall between
/// scalars, the fragment's text is exactly its bytes and its column counts the scalars
/// before it on the line. Catalogue findings point at existing lines.
///
/// - Parameters:
///   - analysis: The analysis of `bytes`.
///   - bytes: The analysed input.
public func checkAnalysis(_ analysis: DocumentAnalysis, of bytes: [UInt8]) {
  let valid = UTF8Reference.firstInvalidOffset(bytes) == nil
  var position = 0
  for (index, line) in analysis.lines.enumerated() {
    check(line.number == index + 1, "line \(index) has number \(line.number)")
    check(line.range.lowerBound == position, "line \(line.number) starts at \(line.range.lowerBound), expected \(position)")
    check(line.range.upperBound <= bytes.count, "line \(line.number) ends past the input")
    var end = line.range.upperBound
    // A CR before the line feed, or at the very end, is a line break, not part of the line.
    if end < bytes.count, bytes[end] == 0x0D, end + 1 == bytes.count || bytes[end + 1] == 0x0A { end += 1 }
    if end < bytes.count {
      check(bytes[end] == 0x0A, "line \(line.number) ends at \(end) without a line feed")
      end += 1
    }
    position = end
    for fragment in line.fragments {
      check(fragment.line == line.number, "fragment on line \(line.number) says line \(fragment.line)")
      check(
        line.range.contains(fragment.range.lowerBound) && fragment.range.upperBound <= line.range.upperBound,
        "fragment \(fragment.range) outside line \(line.number) \(line.range)")
      check(!fragment.range.isEmpty, "empty fragment on line \(line.number)")
      check(fragment.column >= 1, "fragment column \(fragment.column)")
      if valid {
        checkOffsets([fragment.range.lowerBound, fragment.range.upperBound], in: bytes, valid: true, "fragment")
        let text = String(decoding: bytes[fragment.range], as: UTF8.self)
        check(fragment.text == text, "fragment text \(fragment.text.debugDescription) != bytes \(text.debugDescription)")
        let before = String(decoding: bytes[line.range.lowerBound..<fragment.range.lowerBound], as: UTF8.self)
        check(
          fragment.column == before.unicodeScalars.count + 1,
          "fragment column \(fragment.column), \(before.unicodeScalars.count) scalars before it")
      }
    }
  }
  check(position == bytes.count, "lines cover \(position) of \(bytes.count) bytes")
  let counts = analysis.counts
  check(
    counts.content + counts.chrome + counts.untranslated + counts.blank == analysis.lines.count,
    "role counts do not add up to the number of lines")
  for finding in analysis.catalogFindings {
    check(
      (1...max(1, analysis.lines.count)).contains(finding.entryLine)
        && (1...max(1, analysis.lines.count)).contains(finding.translationLine),
      "finding at lines \(finding.entryLine)/\(finding.translationLine) of \(analysis.lines.count)")
  }
}

/// Analyses `bytes` in `format` and checks the result; also checks that analysis is
/// deterministic, that the two streamed readings fed input-derived chunks (cut inside
/// characters too) give the same lines, findings and counts, and on well-formed input that
/// the String API gives the same analysis.
public func fuzzAnalysis(_ bytes: [UInt8], format: DocumentFormat) {
  let analyzer = DocumentAnalyzer()
  let analysis = analyzer.analyze(bytes: bytes, format: format)
  checkAnalysis(analysis, of: bytes)
  check(analyzer.analyze(bytes: bytes, format: format) == analysis, "\(format) analysis is not deterministic")
  let pieces = chunks(of: bytes, maximum: 64)
  var survey = DocumentSurvey(format: format)
  for piece in pieces { survey.add(piece) }
  var streaming = StreamingDocumentAnalyzer(survey: survey.finish())
  var lines: [AnalyzedLine] = []
  for piece in pieces { lines += streaming.add(piece) }
  let end = streaming.finish()
  lines += end.lines
  let streamed = DocumentAnalysis(dominant: end.dominant, lines: lines, catalogFindings: end.catalogFindings, format: end.format)
  check(streamed == analysis, "\(format): the streamed analysis differs from the whole-document one")
  check(
    end.counts == analysis.counts && end.fragmentCount == analysis.fragments.count,
    "\(format): the streamed counts differ")
  if UTF8Reference.firstInvalidOffset(bytes) == nil {
    let text = String(decoding: bytes, as: UTF8.self)
    check(analyzer.analyze(text, format: format) == analysis, "\(format): String API differs from byte API")
  }
}
