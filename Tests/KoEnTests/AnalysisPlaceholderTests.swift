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
    "a-z, 0-9, _, -만 사용할 수 있습니다",
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
}
