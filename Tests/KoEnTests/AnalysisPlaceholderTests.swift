import KoEn
import Testing

/// Format placeholders inside Korean translations are kept, never reported as English.
@Suite("Analysis: placeholders in Korean translations")
struct AnalysisPlaceholderTests {
  @Test(arguments: ["%a, %e %B %Y", "%a %d %b %l:%M %p", "%-d일 %H:%M", "%s 파일을 열 수 없습니다", "%(count)s개 항목"])
  func placeholdersAreNotFragments(_ value: String) {
    let catalogue = "파일을 열 수 없습니다\n설정을 저장했습니다\n\(value)\n다시 시도하세요\n"
    let analysis = DocumentAnalyzer().analyze(catalogue)
    #expect(analysis.dominant == .ko)
    #expect(analysis.lines[2].fragments.isEmpty, "\(analysis.lines[2].fragments.map(\.text))")
    #expect(analysis.lines[2].role == .content)
  }

  @Test func englishAroundAPlaceholderIsStillFound() {
    let catalogue = "파일을 열 수 없습니다\n설정을 저장했습니다\nCould not open %s\n다시 시도하세요\n"
    let analysis = DocumentAnalyzer().analyze(catalogue)
    #expect(analysis.lines[2].role == .untranslated)
    #expect(analysis.lines[2].fragments.map(\.text) == ["Could not open"])
  }
}
