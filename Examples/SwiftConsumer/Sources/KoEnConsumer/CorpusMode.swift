import KoEn

/// Corpus mode: pages of one site analysed together, where a line that recurs across them
/// is the site's text (chrome), while on one page alone it is content.
func checkCorpusMode(_ e: inout Expectations) {
  let topics = ["ferry routes", "fishing quotas", "harbour cranes", "lighthouse repairs"]
  let pages = topics.map { topic in
    "Council reviews \(topic)\n\nThe council said the \(topic) plan would be ready by spring, officials added.\n\nHarbour Gazette, printed in Incheon since 1998\n"
  }
  let documents = pages.enumerated().map { CorpusDocument(name: "page-\($0.offset + 1).txt", text: $0.element) }
  let alone = DocumentAnalyzer().analyze(pages[0], fileName: "page-1.txt")
  let together = DocumentAnalyzer().analyze(corpus: documents)
  for (document, analysis) in zip(documents, together) {
    print("      ", document.name, analysis.lines.map(\.role.rawValue).joined(separator: " "))
  }
  e.expect(alone.lines[4].role == .content, "alone, the masthead line is content", got: "\(alone.lines[4].role)")
  e.expect(together.count == documents.count, "one analysis per page")
  e.expect(together.allSatisfy { $0.lines[4].role == .chrome }, "together, the masthead line is chrome on every page")
  // The page's text stays content. (Its first line, a short headline at the page's edge,
  // is the chrome model's call: in the labelled captures most first lines are the site's.)
  e.expect(together.allSatisfy { $0.lines[2].role == .content }, "together, each page's article stays content")
}
