import KoEn
import Testing

/// Format placeholders inside Korean translations are kept, never reported as English.
@Suite("Analysis: placeholders in Korean translations")
struct AnalysisPlaceholderTests {
  @Test(arguments: ["%a, %e %B %Y", "%a %d %b %l:%M %p", "%-d일 %H:%M", "%s 파일을 열 수 없습니다", "%(count)s개 항목",
    "이용 가능한 옵션:\\n%url%\\n%filename%\\n%user_agent%", "%APPDATA% 폴더에 저장됩니다",
    "{$player} 깡", "{ $rank }위 확률 (%)", "{-brand-name} 설정", "남은 패 {$tiles-left}장{\" \"}",
    "총 $count개 중 $from 번째부터 $to 번째까지의 메시지", "$product에 오신 것을 환영합니다",
    "$GAME_NAME 버전 $GAME_VERSION\\n$ENGINE_NAME\\n$ENGINE_WEBSITE",
    "{{ name }}님, 환영합니다", "{{count, number}}개 항목", "{{date, absolute}}", "{{ from }}–{{ to }} / {{ total }}",
  ])
  func placeholdersAreNotFragments(_ value: String) {
    let catalogue = "파일을 열 수 없습니다\n설정을 저장했습니다\n\(value)\n다시 시도하세요\n"
    let analysis = DocumentAnalyzer().analyze(catalogue)
    #expect(analysis.dominant == .ko)
    #expect(analysis.lines[2].fragments.isEmpty, "\(analysis.lines[2].fragments.map(\.text))")
    #expect(analysis.lines[2].role == .content)
  }

  @Test(arguments: [
    "압축하려면 `tar -czvf archive.tar.gz directory`를 실행하세요", "새 파일(&N)\\tCtrl+N", "다른 이름으로 저장\\tCtrl+Shift+S",
    "창 닫기 (Alt+F4)", "설정 열기: ⌘+,", "   -retries int                실패한 요청을 재시도하는 횟수 (기본 1)",
    "   -spm, --stop-at-first-match  첫 번째 일치 후 요청 처리 중지", "AND", "OR",
    "a-z, 0-9, _, -만 사용할 수 있습니다", "내용을 messages[] 안에 삽입합니다", "system[] 블록 (캐시됨)", "각 items[] 항목을 읽습니다",
  ])
  func codeAndShortcutsAreNotFragments(_ value: String) {
    let catalogue = "파일을 열 수 없습니다\n설정을 저장했습니다\n\(value)\n다시 시도하세요\n"
    let analysis = DocumentAnalyzer().analyze(catalogue)
    #expect(analysis.lines[2].fragments.isEmpty, "\(analysis.lines[2].fragments.map(\.text))")
    #expect(analysis.lines[2].role == .content)
  }

  @Test func englishBesideAnOptionIsStillFound() {
    let catalogue = "파일을 열 수 없습니다\n설정을 저장했습니다\n   -nmhe, -no-mhe   disable skipping hosts based on errors\n다시 시도하세요\n"
    let analysis = DocumentAnalyzer().analyze(catalogue)
    #expect(analysis.lines[2].role == .untranslated)
    #expect(analysis.lines[2].fragments.map(\.text) == ["disable skipping hosts based on errors"])
  }

  /// An upper-case `$NAME` right after an escape (`\n$ENGINE_WEBSITE`) is a placeholder as
  /// after a space: the English fragment ends before it.
  @Test func placeholderAfterAnEscapeEndsTheFragment() {
    let catalogue = "파일을 열 수 없습니다\n설정을 저장했습니다\n게임 $GAME_NAME\\npowered by $ENGINE_NAME\\n$ENGINE_WEBSITE\n다시 시도하세요\n"
    let lines = DocumentAnalyzer().analyze(catalogue).lines
    #expect(lines[2].fragments.map(\.text) == ["powered by"])
  }

  /// A keyboard key's name in capitals (`SHIFT`, `ENTER`) is the key's label; a dictionary
  /// word in capitals on its own is still English.
  @Test func keyNamesInCapitalsAreLabels() {
    let catalogue = "파일을 열 수 없습니다\n설정을 저장했습니다\nSHIFT\nENTER\nCONTINUE\n다시 시도하세요\n"
    let lines = DocumentAnalyzer().analyze(catalogue).lines
    #expect(lines[2].role == .content && lines[3].role == .content)
    #expect(lines[4].role == .untranslated)
  }

  @Test func aDollarBeforeAWordInASentenceIsNotAVariable() {
    let catalogue = "파일을 열 수 없습니다\n설정을 저장했습니다\nPay $ now or pay later\n다시 시도하세요\n"
    let analysis = DocumentAnalyzer().analyze(catalogue)
    #expect(analysis.lines[2].role == .untranslated)
    #expect(analysis.lines[2].fragments.map(\.text) == ["Pay $ now or pay later"])
  }

  @Test func percentSignsAroundAWordInASentenceAreNotAPlaceholder() {
    let catalogue = "파일을 열 수 없습니다\n설정을 저장했습니다\nSaved 50% of the files, 30% left\n다시 시도하세요\n"
    let analysis = DocumentAnalyzer().analyze(catalogue)
    #expect(analysis.lines[2].role == .untranslated)
    #expect(analysis.lines[2].fragments.map(\.text) == ["Saved 50% of the files, 30% left"])
  }

  @Test func keywordsAreKeptInLowerCaseButLabelsAreEnglish() {
    let catalogue = "파일을 열 수 없습니다\nimport 문으로 모듈을 불러옵니다\nImport backup\nDelete\n다시 시도하세요\n"
    let lines = DocumentAnalyzer().analyze(catalogue).lines
    #expect(lines[1].fragments.isEmpty && lines[1].role == .content)
    #expect(lines[2].role == .untranslated && lines[2].fragments.map(\.text) == ["Import backup"])
    #expect(lines[3].role == .untranslated)
  }

  @Test func aHeadingInCapitalsWithFunctionWordsIsStillFound() {
    let lines = DocumentAnalyzer().analyze("# 설치\n\n## GETTING THE SOURCE\n\n소스를 받는 방법입니다.\n", format: .markdown).lines
    #expect(lines[2].role == .untranslated && lines[2].fragments.map(\.text) == ["GETTING THE SOURCE"])
  }

  @Test func englishBesideAShortcutIsStillFound() {
    let catalogue = "파일을 열 수 없습니다\n설정을 저장했습니다\nRemove lane zooms\\tShift+Delete\n다시 시도하세요\n"
    let analysis = DocumentAnalyzer().analyze(catalogue)
    #expect(analysis.lines[2].role == .untranslated)
    #expect(analysis.lines[2].fragments.map(\.text) == ["Remove lane zooms"])
  }

  @Test func englishAroundAPlaceholderIsStillFound() {
    let catalogue = "파일을 열 수 없습니다\n설정을 저장했습니다\nCould not open %s\n다시 시도하세요\n"
    let analysis = DocumentAnalyzer().analyze(catalogue)
    #expect(analysis.lines[2].role == .untranslated)
    #expect(analysis.lines[2].fragments.map(\.text) == ["Could not open"])
  }

  /// Spaced double braces are one placeholder each (`{{ total }}`); the English between
  /// them is still found.
  @Test func englishBetweenSpacedDoubleBracesIsStillFound() {
    let catalogue = "파일을 열 수 없습니다\n설정을 저장했습니다\n({{ from }} - {{ to }} of {{ total }})\n다시 시도하세요\n"
    let analysis = DocumentAnalyzer().analyze(catalogue)
    #expect(analysis.lines[2].role == .untranslated)
    #expect(analysis.lines[2].fragments.map(\.text) == ["of"])
  }
}

/// Colour and style tags in catalogue values (`[accent]`, `[]`, `[b]`, `[color=red]`) are
/// markup: no fragment, and not letters that could make a short Korean value half English.
@Suite("Analysis: style tags in catalogue values")
struct AnalysisStyleTagTests {
  private static func lines(_ values: [String], format: DocumentFormat = .localeTable) -> [AnalyzedLine] {
    let text = values.enumerated().map { "key.\($0.offset) = \($0.element)" }.joined(separator: "\n") + "\n"
    return DocumentAnalyzer().analyze(text, format: format).lines
  }

  @Test(arguments: [
    "[accent]{0}[] 팀이 승리했습니다!", "[scarlet]설계도 비활성화됨[]\\n이 [accent]맵[]에서는 사용할 수 없습니다.",
    "참고: 번들을 불러왔습니다.\\n[accent]{0}", "[category] 편집", "새 [project]", "[b]굵게[/b] 표시합니다",
    "[color=#ff0000]경고[/color]: 저장되지 않았습니다", "[#ff4040]위험[] 지역입니다", "[url=https://example.com]여기[/url]를 누르세요",
  ])
  func tagsAreNotFragments(_ value: String) {
    let lines = Self.lines(["파일을 열 수 없습니다", "설정을 저장했습니다", value, "다시 시도하세요"])
    #expect(lines[2].role == .content)
    #expect(lines[2].fragments.isEmpty, "\(lines[2].fragments.map(\.text))")
  }

  /// The English a tag colours is still English.
  @Test func englishAroundTagsIsStillFound() {
    let lines = Self.lines(["파일을 열 수 없습니다", "설정을 저장했습니다", "[accent]Loading the map[] 중입니다", "다시 시도하세요"])
    #expect(lines[2].fragments.map(\.text) == ["Loading the map"])
  }
}
