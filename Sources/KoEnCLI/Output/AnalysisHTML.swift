import KoEn

/// The HTML view of a document analysis: every line with its number, role and language, the
/// text coloured by language, chrome struck through, untranslated lines flagged, fragments
/// marked, and the counts per role under the document.
enum AnalysisHTML {
  static func section(_ document: DocumentAnalysis, file: String, bytes: [UInt8]) -> String {
    let segments = bytes.withUnsafeBufferPointer { Array(Segmenter(unsafeUTF8: $0)) }
    let counts = document.counts
    let summary = LineRole.allCases.map { "\(counts[$0]) \($0.rawValue)" }.joined(separator: " · ")
    let fragments = document.fragments.count
    var html = "<section class=\"doc dominant-\(document.dominant.rawValue)\"><h2>\(HTMLPage.escape(file))<span class=\"summary\">\(languageName(document.dominant)) document · \(document.lines.count) lines · \(summary) · \(fragments) fragment\(fragments == 1 ? "" : "s")</span></h2>\n<div class=\"text lines\">"
    var segmentIndex = 0
    for line in document.lines {
      html += "<div class=\"ln \(line.role.rawValue)\"><span class=\"no\">\(line.number)</span><span class=\"role\">\(line.role == .blank ? "" : line.role.rawValue)</span><span class=\"lang\">\(line.language == .none ? "" : line.language.rawValue)</span><span class=\"body\" title=\"bytes \(line.range.lowerBound)–\(line.range.upperBound)\">"
      // Cut points: segment boundaries and fragment boundaries inside the line.
      var cuts = Set([line.range.lowerBound, line.range.upperBound])
      while segmentIndex < segments.count, segments[segmentIndex].range.upperBound <= line.range.lowerBound { segmentIndex += 1 }
      var k = segmentIndex
      while k < segments.count, segments[k].range.lowerBound < line.range.upperBound {
        cuts.insert(max(segments[k].range.lowerBound, line.range.lowerBound))
        cuts.insert(min(segments[k].range.upperBound, line.range.upperBound))
        k += 1
      }
      for f in line.fragments {
        cuts.insert(min(max(f.range.lowerBound, line.range.lowerBound), line.range.upperBound))
        cuts.insert(min(max(f.range.upperBound, line.range.lowerBound), line.range.upperBound))
      }
      let points = cuts.sorted()
      var s = segmentIndex
      for (a, b) in zip(points, points.dropFirst()) where a < b {
        while s < segments.count, segments[s].range.upperBound <= a { s += 1 }
        let language = s < segments.count && segments[s].range.contains(a) ? segments[s].language.rawValue : (segments.isEmpty ? lineClass(line.language) : "zxx")
        let isFragment = line.role != .chrome && line.fragments.contains { $0.range.contains(a) }
        var piece = "<span class=\"\(language)\">\(HTMLPage.escape(String(decoding: bytes[a..<b], as: UTF8.self)))</span>"
        if isFragment { piece = "<mark class=\"fragment\">\(piece)</mark>" }
        html += piece
      }
      html += "</span></div>\n"
    }
    html += "</div>\n"
    html += HTMLPage.countsTable("lines per role", LineRole.allCases.map { (cls: $0.rawValue, label: $0.rawValue, count: counts[$0]) })
    html += "<table class=\"counts\"><tr><td><span class=\"key fragment\">fragments</span></td><td class=\"n\">\(document.fragments.count)</td><td>in the non-dominant language</td></tr></table>\n"
    return html + "</section>\n"
  }

  private static func lineClass(_ language: LineLanguage) -> String {
    switch language {
    case .ko, .en: language.rawValue
    case .mixed: "und"
    case .none: "zxx"
    }
  }
}
