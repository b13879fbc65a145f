import KoEn

/// Documentation/Analysis.md, "Two readings": a `DocumentSurvey` reads the document, then a
/// `StreamingDocumentAnalyzer` reads it again in chunks and hands out its lines. The lines
/// must be those `DocumentAnalyzer.analyze` gives for the whole document.
///
/// All of the streaming API this program uses is in this file.
func checkStreamingReading(_ e: inout Expectations, document: String, chunkSize: Int) {
  let bytes = Array(document.utf8)
  // Chunks cut every `chunkSize` bytes, inside characters too.
  let chunks = stride(from: 0, to: bytes.count, by: chunkSize).map { bytes[$0..<min($0 + chunkSize, bytes.count)] }

  var survey = DocumentSurvey(format: .plainText)  // first reading
  for chunk in chunks { survey.add(chunk) }
  var analyzer = StreamingDocumentAnalyzer(survey: survey.finish())  // second reading
  var streamed: [AnalyzedLine] = []
  for chunk in chunks { streamed += analyzer.add(chunk) }
  let end = analyzer.finish()  // the lines still held, and the document's totals
  streamed += end.lines

  let whole = DocumentAnalyzer().analyze(bytes: bytes, format: .plainText)
  print("       \(chunks.count) chunks:", streamed.map(\.role.rawValue).joined(separator: " "))
  e.expect(streamed == whole.lines, "the streamed lines are the whole document's (chunks of \(chunkSize) bytes)",
           got: "\(streamed.count) lines, \(whole.lines.count) expected")
  e.expect(streamed.count == document.split(separator: "\n", omittingEmptySubsequences: false).count - 1,
           "one line out per line of the document", got: "\(streamed.count)")
  e.expect(end.dominant == whole.dominant, "the streamed dominant language is the whole document's")
  e.expect(end.counts == whole.counts, "the streamed role counts are the whole document's",
           got: "\(end.counts)")
}
