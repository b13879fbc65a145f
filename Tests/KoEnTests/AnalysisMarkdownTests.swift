import KoEn
import Testing

/// Markdown: code, inline code, link targets and markup are not prose; English left in a
/// Korean translation is found with its exact extent.
@Suite("Analysis of Markdown translations")
struct AnalysisMarkdownTests {
  func analyze(_ text: String) -> DocumentAnalysis { DocumentAnalyzer().analyze(text, format: .markdown) }

  @Test func headingsLeftInEnglish() {
    let a = analyze("# 설치 방법\n\n### Getting Started\n\n패키지를 설치하려면 `npm install koen`을 실행합니다.\n")
    #expect(a.dominant == .ko)
    #expect(a.lines[2].role == .untranslated && a.lines[2].language == .en)
    #expect(a.lines[2].fragments.map(\.text) == ["Getting Started"])
    #expect(a.lines[4].role == .content && a.lines[4].fragments.isEmpty)  // inline code is not prose
  }

  /// A GitHub alert's marker (`> [!CAUTION]`) is syntax; English after it is still found.
  @Test func alertMarkersAreSyntax() {
    let a = analyze("# 설치\n\n> [!CAUTION]\n> 이 명령은 모든 데이터를 지웁니다.\n\n> [!Note] Back up your data first.\n")
    #expect(a.lines[2].role == .content && a.lines[2].fragments.isEmpty)
    #expect(a.lines[5].fragments.map(\.text) == ["Back up your data first"])
    // Not an alert: a link text in brackets.
    #expect(analyze("# 설치\n\n> [!Read the manual] 설명서를 읽으세요.\n").lines[2].fragments.map(\.text) == ["Read the manual"])
  }

  /// The fences of custom containers (`::: tip`, `:::warning`, `:::`) are syntax; a title
  /// after the kind, or a fence of an unknown word, is text.
  @Test func containerFencesAreSyntax() {
    let a = analyze("# 설치\n\n::: tip\n설치 전에 백업하세요.\n:::\n\n:::warning\n데이터가 지워집니다.\n:::\n\n::: details Show the full log\n로그입니다.\n:::\n")
    for k in [2, 4, 6, 8, 12] { #expect(a.lines[k].role == .content && a.lines[k].fragments.isEmpty, "line \(k + 1)") }
    #expect(a.lines[10].fragments.map(\.text) == ["Show the full log"])
  }

  /// A wiki link's target (`[[Target | text]]`) is masked and its text is prose: the pipe
  /// between spaces is no shell pipe, so English left in the sentence is found. A Markdown
  /// link in brackets (`[[source](url)]`) is no wiki link.
  @Test func wikiLinksShowTheirText() {
    let a = analyze("""
      # 새 페이지 만들기

      새 페이지를 만드는 방법을 설명합니다.

      * If you write reference pages, see the [[WPD:Content/Reference_articles | Reference articles page]].
      * 자세한 내용은 [[WPD:Architecture|구조 안내 페이지]]를 참고하세요.
      * [[용어집]]과 [[Glossary]] 페이지에서 용어를 찾습니다.
      * 원문은 [[source](https://example.com/docs)] 에서 볼 수 있습니다.

      """)
    #expect(a.lines[4].role == .untranslated)
    #expect(a.lines[4].fragments.map(\.text) == ["If you write reference pages, see the [[WPD:Content/Reference_articles | Reference articles page"])
    #expect(a.lines[5].role == .content && a.lines[5].fragments.isEmpty)
    #expect(a.lines[6].fragments.map(\.text) == ["Glossary"])
    #expect(a.lines[7].fragments.map(\.text) == ["source"])
  }

  /// A message quoted whole inside Korean (three words or more, on one line or over two)
  /// is cited as the program writes it; unquoted English beside it is still found.
  @Test func quotedMessagesAreCited() {
    let a = analyze("""
      # 변경 사항

      - 상태 요약에 **"Dropped: N rows"** 칩이 표시됩니다.
      - 부족분이 일치하면 *"Fully explained: N rows were
        permanently dropped during the migration"* 로 표시합니다.
      - 일치하지 않으면 please check the logs first 를 확인하세요.

      """)
    #expect(a.lines[2].fragments.isEmpty && a.lines[2].role == .content)
    #expect(a.lines[3].fragments.isEmpty && a.lines[4].fragments.isEmpty)
    #expect(a.lines[5].fragments.map(\.text) == ["please check the logs first"])
  }

  /// MDX module statements are the page's code, not text left in English.
  @Test func mdxImportsAndExportsAreCode() {
    let a = analyze("""
      import Tabs from '@theme/Tabs';
      import EventExamplesGood from '~/components/naming/EventExamplesGoodSnippet.astro';
      export const meta = { title: 'Naming' };

      # 이름 규칙

      이벤트 이름은 과거형으로 짓습니다. Read the snippets before using them.

      """)
    for k in 0...2 { #expect(a.lines[k].fragments.isEmpty && a.lines[k].role == .content, "line \(k + 1)") }
    #expect(a.lines[6].fragments.map(\.text) == ["Read the snippets before using them"])
  }

  @Test func keptTermsAreNotFragments() {
    let a = analyze("NATO와 EU는 API를 통해 JSON 데이터를 https://example.com/a 에서 받고, Node.js와 uncaughtException을 다룬다.\n")
    #expect(a.lines[0].language == .ko)
    #expect(a.lines[0].fragments.isEmpty)
  }

  @Test func dataTypeNamesAreKeptButTheEnglishWordIsNot() {
    let a = DocumentAnalyzer().analyze("함수는 string 매개변수와 number 타입의 값을 받아 object 하나를 돌려줍니다.\n\n- **Strings**\n\n문자열을 다루는 방법입니다.\n", fileName: "docs/ko/types.md")
    #expect(a.dominant == .ko)
    #expect(a.lines[0].fragments.isEmpty && a.lines[0].language == .ko)
    #expect(a.lines[2].role == .untranslated && a.lines[2].fragments.map(\.text) == ["Strings"])
  }

  @Test func englishWordsWithParticles() {
    let a = analyze("최근 노드 버전은 warning을 제공하지만, 이것은 적절한 handling방법이 아니다. 보스(Boss)와 가로(Landscape)는 괜찮다.\n")
    #expect(a.lines[0].language == .mixed)
    #expect(a.lines[0].role == .content)
    #expect(a.lines[0].fragments.map(\.text) == ["warning", "handling"])
  }

  /// A capitalized word inside Korean text is learned as a name the document keeps, unless
  /// the document also writes it in lower case inside Korean text: then it is the word.
  @Test func aWordTheDocumentAlsoWritesInLowerCaseIsNoName() {
    let a = analyze("Pipeline간 변환을 지원합니다.\n\n많은 pipeline들이 등장하고 있습니다.\n\nNimbus간 변환과 nimbus 설정을 지원합니다.\n")
    #expect(a.lines[2].fragments.map(\.text) == ["pipeline"])
    #expect(a.lines[2].language == .mixed)
    // A name that is no dictionary word stays kept, in either case.
    #expect(a.lines[4].fragments.isEmpty)
  }

  @Test func aGlossIsKeptWhenTheRunGoesOnAfterIt() {
    let a = analyze("`tf.keras`는 고수준(high-level) API입니다.\n\n이 옵션은 기본(default) settings를 바꿉니다.\n")
    #expect(a.lines[0].fragments.isEmpty && a.lines[0].language == .ko)
    #expect(a.lines[2].fragments.map(\.text) == ["settings"])
  }

  @Test func titlesWithFunctionWordsInsideKoreanAreNames() {
    let a = analyze(
      "해당 Time to Leave 버전은 새 형식을 사용합니다.\n\n이 값은 Leave it as is 상태로 둡니다.\n\n그는 *Deep Learning for Coders with fastai and PyTorch* 를 썼습니다.\n")
    #expect(a.lines[0].fragments.isEmpty && a.lines[0].language == .ko)
    #expect(a.lines[2].fragments.map(\.text) == ["Leave it as is"])
    #expect(a.lines[4].fragments.isEmpty)
    let paper = analyze("[Reformer: The Efficient Transformer](https://arxiv.org/abs/2001.04451) 논문의 저자들은 이 연산이 각 토큰마다 독립적이라는 점을 이용했습니다.\n")
    #expect(paper.dominant == .ko && paper.lines[0].fragments.isEmpty)
  }

  @Test func proseAbbreviationsAreEnglishButVsIsKept() {
    let a = analyze("**Textractor** (a.k.a. NextHooker)는 도구입니다.\n\n나누기, 음수로 만들기 etc.\n\n# 동작상의 에러 vs 프로그래머 에러\n")
    #expect(a.lines[0].fragments.map(\.text) == ["a.k.a"])
    #expect(a.lines[2].fragments.map(\.text) == ["etc"])
    #expect(a.lines[4].fragments.isEmpty)
  }

  @Test func glossesInParenthesesAfterASpace() {
    let a = analyze("## 인증 (Authentication)\n\n사용자를 확인하는 단계 (Check the user, 즉 로그인)입니다. 그리고 more steps follow here 다음 단계.\n")
    #expect(a.lines[0].fragments.isEmpty && a.lines[0].role == .content)
    #expect(a.lines[2].fragments.map(\.text) == ["more steps follow here"])
  }

  @Test func blockCommentsOfCodeBlocksSpanLines() {
    // A JSDoc block: its inner lines are comment, its tags (`@param`) and types are code.
    let text = """
      ## 추가 예제 (More examples)

      ```js
      /**
       * @param {string} name - 사용할 인사말
       * @param {number} count - 곱하는 수
       * @returns {string} the greeting repeated count times
       */
      function greet(name, count) {}
      ```
      """
    let a = analyze(text)
    // The localized comments are the document's Korean, so the document is Korean.
    #expect(a.dominant == .ko)
    #expect(a.lines[4].fragments.isEmpty && a.lines[5].fragments.isEmpty)
    #expect(a.lines[6].fragments.map(\.text) == ["the greeting repeated count times"])
    #expect(a.lines[6].role == .untranslated)
    #expect(a.lines[8].fragments.isEmpty && a.lines[8].role == .content)
  }

  @Test func codeCommentsCountOnlyWhenSomeWereLocalized() {
    let localized = analyze("설명입니다.\n\n```js\n// 한국어 주석\nfoo(); // check the input\n// assertions come first\n```\n")
    #expect(localized.lines[5].role == .untranslated)
    #expect(localized.lines[5].fragments.map(\.text) == ["assertions come first"])
    #expect(localized.lines[4].fragments.map(\.text) == ["check the input"])
    let untouched = analyze("설명입니다.\n\n```js\nfoo(); // check the input\n// assertions come first\n```\n")
    #expect(untouched.lines[3].fragments.isEmpty && untouched.lines[4].fragments.isEmpty)
    #expect(untouched.lines[4].role == .content)
  }

  @Test func linksAndImages() {
    let a = analyze(
      """
      다음 제품들이 유명하다. 이 제품들은 웹사이트와 응용 프로그램의 성능을 측정하고 모니터링하는 데에 널리 쓰인다.
      [Pingdom](https://www.pingdom.com/), [Uptime Robot](https://uptimerobot.com/), and [New Relic](https://newrelic.com/)
      ![alt text](../images/a.png "Website monitoring dashboard")
      - [Basics](#basics)

      기본 사용법은 아래에서 설명한다. 각 항목은 명령어와 예제로 이루어져 있으며 처음 읽는 사람도 따라 할 수 있도록 정리했다.
      """)
    #expect(a.lines[1].fragments.map(\.text) == ["and"])
    #expect(a.lines[1].role == .content)
    #expect(a.lines[2].fragments.map(\.text) == ["alt text", "Website monitoring dashboard"])
    #expect(a.lines[2].role == .untranslated)
    #expect(a.lines[3].fragments.map(\.text) == ["Basics"])  // a table-of-contents entry is a heading
  }

  @Test func aOneWordHeadingIsEnglishThoughTheCodeRunsTheWord() {
    let a = analyze(
      """
      # 시작하기

      ## Install

      다음 명령으로 패키지를 설치합니다. 설치가 끝나면 바로 사용할 수 있습니다.

      ```sh
      pip install sherlock
      ```

      `install` 명령은 의존성도 함께 설치합니다.

      ## Flask

      ```python
      import flask
      ```
      """)
    #expect(a.lines[2].role == .untranslated && a.lines[2].fragments.map(\.text) == ["Install"])
    // Inside a Korean sentence the command stays kept; a computing term's heading stays too.
    #expect(a.lines[10].fragments.isEmpty)
    #expect(a.lines[12].fragments.isEmpty && a.lines[12].role == .content)
  }

  @Test func tableOfContentsLinksAreHeadingsNotNamesAndLicenceNamesAreKept() {
    let a = analyze(
      """
      [빠른 시작](#빠른-시작) · [문서](#문서) · [License](#license)

      ## 빠른 시작

      패키지를 설치하고 설정 파일을 만든 뒤 바로 실행할 수 있습니다. 자세한 내용은 문서를 보세요.

      ## License

      MIT License
      """)
    // A link to a heading of the document carries the heading's words: no name is learned.
    #expect(a.lines[0].fragments.map(\.text) == ["License"])
    #expect(a.lines[6].role == .untranslated)
    #expect(a.lines[8].role == .content && a.lines[8].fragments.isEmpty)
  }

  @Test func enumeratorsAreNoWords() {
    let a = analyze("설치 전에 다음을 확인하세요.\n\n(a) 저장소를 복제합니다.\nb) 의존성을 설치합니다.\n(c) the cache is cleared 합니다.\n")
    #expect(a.lines[2].fragments.isEmpty && a.lines[3].fragments.isEmpty)
    #expect(a.lines[4].fragments.map(\.text) == ["the cache is cleared"])
  }

  /// A help screen's key bindings: one letter alone is a key, never an English word.
  @Test func singleLettersAreKeysNotWords() {
    let a = analyze("단축키 목록입니다.\n\n  a 추가        / 검색\n  i 초대        q 종료\n  a new item 추가\n")
    #expect(a.lines[2].fragments.isEmpty && a.lines[3].fragments.isEmpty)
    #expect(a.lines[2].language == .ko && a.lines[3].language == .ko)
    #expect(a.lines[4].fragments.map(\.text) == ["a new item"])
  }

  @Test func htmlDescriptionsAreTextButLabelsAreMarkup() {
    let a = analyze(
      """
      이 강의에서는 라이브러리를 이용해 자연어 처리에 대해 배워보겠습니다. 각 단원은 짧은 영상과 글로 이루어져 있습니다.
      <img src="summary.svg" ALT = "Brief overview of the chapters of the course.">
      <img src="badge.svg" alt="Docker Pulls"> <img src="chat.svg" TITLE = "Join us">
      <Card title="시작하기" href="/start" />

      강의를 마치면 여러분은 직접 모델을 학습시키고 공유할 수 있게 됩니다. 질문은 언제든지 포럼에 남겨 주세요.
      """)
    // A sentence in `alt` is what a reader sees in place of the image: text left in English.
    #expect(a.lines[1].fragments.map(\.text) == ["Brief overview of the chapters of the course"])
    #expect(a.lines[1].role == .untranslated)
    // A short label (a badge, a button) stays markup.
    #expect(a.lines[2].fragments.isEmpty && a.lines[2].role == .content)
    #expect(a.lines[3].fragments.isEmpty)
  }

  @Test func linkTextsThatSpellTheirTargetAreNames() {
    let a = analyze(
      """
      * [title-control](https://github.com/kbjr/terminus-title-control) - 터미널 탭의 제목을 바꾸는 플러그인
      | [sample](./reference/array/sample.md) | 88 bytes |
      [Learn Go with Tests](https://github.com/quii/learn-go-with-tests) 의 한국어 번역 프로젝트입니다.
      변경 사항은 [release notes](https://github.com/koen/koen/releases)에서 확인하세요.
      - [Summary](docs/overview.md#summary)
      """)
    #expect(a.lines[0].fragments.isEmpty && a.lines[0].role == .content)
    #expect(a.lines[1].fragments.isEmpty && a.lines[1].role == .content)
    #expect(a.lines[2].fragments.isEmpty)
    #expect(a.lines[3].fragments.map(\.text) == ["release notes"])  // the target names something else
    #expect(a.lines[4].fragments.map(\.text) == ["Summary"])  // only the anchor spells it
  }

  @Test func titleCaseNamesTheDocumentsURLsSpellAreKept() {
    let text = """
      # The Art of Command Line

      [![Join the chat](https://badges.gitter.im/Join%20Chat.svg)](https://gitter.im/jlevy/the-art-of-command-line)

      커맨드라인을 능숙하게 다루는 법을 설명합니다. 여기서는 the art of command line 을 소개합니다.

      ## Command Line Basics
      """
    let lines = analyze(text).lines
    #expect(lines[0].role == .content && lines[0].fragments.isEmpty)
    #expect(lines[4].fragments.map(\.text) == ["the art of command line"])  // words in a sentence
    #expect(lines[6].role == .untranslated)  // the slug's words in another phrase
  }

  @Test func documentationTagsDeclareNamesBeforeTheirDescription() {
    let text = """
      ```js
      /**
       * @callback Predicate
       * @param {string} data - 검사할 문자열
       * @param {number} [index]
       * @param {{a: string, b: number}} test - Some param
       * @returns {{ a: string }} - May use the short form as well
       */
      ```
      """
    let lines = analyze(text).lines
    for k in 2...4 { #expect(lines[k].fragments.isEmpty && lines[k].role == .content) }
    #expect(lines[5].role == .untranslated && lines[5].fragments.map(\.text) == ["Some param"])
    #expect(lines[6].role == .untranslated && lines[6].fragments.map(\.text) == ["May use the short form as well"])
  }

  @Test func frontMatterAndTemplates() {
    let a = analyze(
      """
      ---
      title: 쿠버네티스 컴포넌트
      content_type: concept
      weight: 20
      ---
      {{< glossary_tooltip text="컨트롤러" term_id="controller" >}}는 클러스터를 관리한다. {#controllers}
      """)
    #expect(a.lines.allSatisfy { $0.fragments.isEmpty })
    #expect(a.lines[2].role == .content)
  }

  @Test func placeholdersAtTheEdgesAreLeftOut() {
    let a = DocumentAnalyzer().analyze("%s is attempting to share the Private Profile (%s) with you.\n설정을 저장했습니다.\n저장하시겠습니까?\n모든 프레임을 기본 위치로 초기화하시겠습니까?\n수락하시면 이름표에 적용된 모든 필터 목록이 초기화됩니다.\n", format: .plainText)
    #expect(a.dominant == .ko)
    #expect(a.lines[0].fragments.map(\.text) == ["is attempting to share the Private Profile (%s) with you"])
    #expect(a.lines[0].fragments[0].column == 4)
  }

  @Test func sentencesKeepTheirFirstWordAndCodeLinesStayCode() {
    let a = analyze(
      """
      자세한 내용은 [문서](docs/README.ko.md)를 참고하세요. Contributions are welcome!
      Caps lock 켜짐

      ```js
      // 서버를 만듭니다
      app.listen(3000); // start listening
      // start the server
      ```
      """)
    #expect(a.lines[0].fragments.map(\.text) == ["Contributions are welcome"])
    #expect(a.lines[1].fragments.map(\.text) == ["lock"])
    #expect(a.lines[1].role == .content)
    #expect(a.lines[5].fragments.map(\.text) == ["start listening"])
    #expect(a.lines[5].role == .content)  // code with a comment is code
    #expect(a.lines[6].role == .untranslated)  // a comment on its own line is not
  }

  @Test func citedTitlesInAReferenceListAreKept() {
    let a = DocumentAnalyzer().analyze(
      """
      ### 자료

      이 문서는 취약점 검사 도구를 소개하고, 더 읽을 만한 글을 아래에 모아 둡니다.
      - [Packing a Punch with Vulnerability Scanning](https://example.com/blog/scanning) by **Example Labs**
      - [Community Powered Scanning with Nuclei](https://example.com/blog/community-scanning)
      - [Latest release](https://example.com/releases/latest)
      - [문서](https://example.com/docs)를 보면 you can find more examples there
      """, fileName: "README.ko.md")
    // A cited work's title, with its author or alone, is kept as the translator chose.
    #expect(a.dominant == .ko)
    #expect(a.lines[3].fragments.isEmpty && a.lines[3].role == .content)
    #expect(a.lines[4].fragments.isEmpty && a.lines[4].role == .content)
    // A short label is not a title; English prose after a link is still found.
    #expect(a.lines[5].fragments.map(\.text) == ["Latest release"])
    #expect(a.lines[6].fragments.map(\.text) == ["you can find more examples there"])
  }

  /// A README that keeps its English list beside the Korean one: a link the document also
  /// gives a Korean text is a title it translates, so its English text is no citation and
  /// holds no names.
  @Test func linkTitlesTheDocumentTranslatesElsewhereAreUntranslated() {
    let text = """
      ## Guides
      * [Setting up the Development Environment on Your Machine](https://example.org/docs/setup.md)
      * [Zephyr 2.0 Quick Start Guide](https://example.org/docs/quick_start.md)
      * [Writing Plugins for the Scheduler Service](https://example.org/docs/plugins.md)
      ## 안내서
      * [내 컴퓨터에 개발 환경 준비하기](https://example.org/docs/setup.md)
      * [Zephyr 2.0 빠른 시작 안내](https://example.org/docs/quick_start.md)
      """
    let a = DocumentAnalyzer().analyze(text, fileName: "README.ko.md")
    #expect(a.dominant == .ko)
    #expect(a.lines[1].role == .untranslated)
    #expect(a.lines[1].fragments.map(\.text) == ["Setting up the Development Environment on Your Machine"])
    #expect(a.lines[2].role == .untranslated)
    #expect(a.lines[2].fragments.count == 1 && a.lines[2].fragments[0].text.hasSuffix("Quick Start Guide"))
    // A link whose target has no Korean text anywhere is a cited title, kept.
    #expect(a.lines[3].fragments.isEmpty && a.lines[3].role == .content)
  }

  @Test func headingsInCapitalsAreEnglishButModesInASentenceAreKept() {
    let text = """
      QUICK GUIDE
      ===========

      빌드하려면 다음 명령을 실행한다.

      DEPENDENCY
      ----------

      DEBUG 모드를 끄는 것을 잊지 마라. DWARF 디버그 정보를 읽는다.

      """
    let lines = DocumentAnalyzer().analyze(text, format: .markdown).lines
    #expect(lines[0].role == .untranslated && lines[0].fragments.map(\.text) == ["QUICK GUIDE"])
    #expect(lines[5].role == .untranslated && lines[5].fragments.map(\.text) == ["DEPENDENCY"])
    #expect(lines[8].fragments.isEmpty)
  }

  @Test func indentedCodeBlocksAreCodeButListContinuationsAreNot() {
    let text = """
      설치
      ====

      다음 명령으로 설치한다.

          $ ./configure --prefix /usr
          $ make install

      1. 첫째 단계

          first step details stay in the list

      """
    #expect(DocumentFormat.infer(text: text) == .markdown)
    let lines = DocumentAnalyzer().analyze(text, format: .markdown).lines
    #expect(lines[5].role == .content && lines[5].fragments.isEmpty)
    #expect(lines[6].role == .content && lines[6].fragments.isEmpty)
    #expect(lines[10].role == .untranslated)
  }

  /// `License` in a licence's name (`MIT License를`) teaches no kept term: the heading
  /// `## License` is still English left untranslated.
  @Test func aLicenceNameTeachesNoKeptWord() {
    let a = analyze("# 프로젝트\n\n이 프로젝트는 도구입니다.\n\n## License\n\n이 프로젝트는 MIT License를 따릅니다.\n")
    #expect(a.lines[4].role == .untranslated && a.lines[4].fragments.map(\.text) == ["License"])
    #expect(a.lines[6].fragments.isEmpty)
  }

  /// A list of three names or more between commas (people, services) is no English left
  /// untranslated; a list of lower-case words is.
  @Test func listsOfNamesAreKept() {
    let a = DocumentAnalyzer().analyze(
      """
      # 도구

      이 도구는 PubMed, ACM, IEEE Xplore, DBLP에서 논문을 찾습니다.

      ## 기여자

      Luciano Bello, Jim Challenger, Andrew Cross,
      Paco Martin, Diego Moreda and Chris Wood.

      설치한 뒤 build, test and deploy 순서로 실행합니다.
      """, fileName: "docs/ko/README.md")
    #expect(a.lines[2].fragments.isEmpty)
    #expect(a.lines[6].role == .content && a.lines[6].fragments.isEmpty)
    #expect(a.lines[7].role == .content && a.lines[7].fragments.isEmpty)
    #expect(a.lines[9].fragments.map(\.text) == ["build, test and deploy"])
  }

  /// A status badge's alt text labels the service's image; an image's own description is
  /// text to translate.
  @Test func badgeAltTextsAreNoProse() {
    let a = analyze(
      """
      # 도구

      [![GitHub license](https://img.shields.io/github/license/x/y.svg)](https://github.com/x/y/blob/main/LICENSE)
      [![Build status](https://github.com/x/y/actions/workflows/ci.yml/badge.svg)](https://github.com/x/y/actions)

      ![How the window looks](docs/screenshot.png)

      이 도구는 창을 관리합니다.
      """)
    #expect(a.lines[2].role == .content && a.lines[2].fragments.isEmpty)
    #expect(a.lines[3].role == .content && a.lines[3].fragments.isEmpty)
    #expect(a.lines[5].role == .untranslated && a.lines[5].fragments.map(\.text) == ["How the window looks"])
  }

  /// A `<script>` or `<style>` block of a docs page (a Vue component's setup) is code, up to
  /// the line that closes it.
  @Test func scriptAndStyleBlocksAreCode() {
    let a = analyze(
      """
      # 왜 Vite인가

      <script setup>
      import bundlerSvg from '../images/bundler.svg?raw'
      </script>
      <style scoped>
      .note { color: red } /* keep the notes red */
      </style>

      Read the guide first.

      개발 서버는 필요한 모듈만 그때그때 변환해 브라우저에 제공합니다.
      """)
    #expect(a.dominant == .ko)
    for n in 2...7 {
      #expect(a.lines[n].role == .content && a.lines[n].fragments.isEmpty, "line \(n + 1)")
    }
    #expect(a.lines[9].role == .untranslated)
  }

  /// An admonition written as a fence (MyST's ```` ```{note} ````, ```` ```smart header="…" ````)
  /// holds the document's text, its title too; a fence of code stays code.
  @Test func admonitionFencesHoldText() {
    let a = analyze(
      """
      # 콘솔

      콘솔에 코드를 입력하면 바로 실행됩니다.

      ```smart header="Multi-line input"
      To insert multiple lines, press Shift+Enter.
      ```

      ```{note} 참고
      여러 줄을 입력하려면 Shift+Enter를 누르세요.
      ```

      ```js
      // run the check before the build
      ```
      """)
    #expect(a.dominant == .ko)
    #expect(a.lines[4].role == .untranslated && a.lines[4].fragments.map(\.text) == ["Multi-line input"])
    #expect(a.lines[5].role == .untranslated)
    #expect(a.lines[9].role == .content && a.lines[9].language == .ko)
    #expect(a.lines[13].role == .content && a.lines[13].fragments.isEmpty)
  }

  /// The text of a link to another site at a run's edge is a name, left out of the
  /// fragment; a link text with an ordinary word belongs to the sentence.
  @Test func linkedNamesAtARunsEdgeAreNoFragments() {
    let a = analyze(
      """
      # 도구

      이 도구는 여러 언어로 작성되었습니다. 구성은 다음과 같습니다.

      - [Dart 2.10](https://dart.dev) - web frontend
      - File an [issue](https://github.com/x/y/issues) if you find a bug
      """)
    #expect(a.lines[4].fragments.map(\.text) == ["web frontend"])
    #expect(a.lines[5].fragments.map(\.text) == ["File an [issue](https://github.com/x/y/issues) if you find a bug"])
  }

  /// A Title Case compound of English words (`Self-Promotion`) is English left untranslated,
  /// where a capital inside a word (`ElvUI`) makes a name.
  @Test func titleCaseCompoundsAreWords() {
    let a = analyze("# 안내\n\n이 문서는 커뮤니티 규칙을 설명합니다.\n\n## Self-Promotion\n\n## ElvUI\n")
    #expect(a.lines[4].role == .untranslated && a.lines[4].fragments.map(\.text) == ["Self-Promotion"])
    #expect(a.lines[6].role == .content)
  }
  /// A Python-Markdown admonition's marker (`!!! note`, `??? tip "제목"`) is syntax, and its
  /// indented body, blank lines and all, is text rather than an indented code block.
  @Test func admonitionMarkersAreSyntax() {
    let a = analyze("# 설치\n\n!!! note\n    설치 전에 백업하세요.\n\n    Back up your data first.\n\n??? tip \"Keep a copy\"\n    사본을 보관하세요.\n")
    #expect(a.lines[2].role == .content && a.lines[2].fragments.isEmpty)
    #expect(a.lines[5].role == .untranslated && a.lines[5].fragments.map(\.text) == ["Back up your data first"])
    #expect(a.lines[7].fragments.map(\.text) == ["Keep a copy"])
  }

  /// A Mermaid diagram's labels, messages and titles are text; its ids, arrows and keywords
  /// are syntax.
  @Test func mermaidLabelsAreText() {
    let a = analyze("""
      # 흐름

      ```mermaid
      flowchart TD
          A[설치하기] --> B[Create a cursor]
          B -->|성공| C{Commit the change}
          C --> D
      ```

      ```mermaid
      sequenceDiagram
          participant U as 사용자
          U->>서버: Send the request
          Note right of U: 응답을 기다립니다
      ```
      """)
    for k in [3, 6, 10, 11, 13] { #expect(a.lines[k].role == .content && a.lines[k].fragments.isEmpty, "line \(k + 1)") }
    #expect(a.lines[4].fragments.map(\.text) == ["Create a cursor"])
    #expect(a.lines[5].fragments.map(\.text) == ["Commit the change"])
    #expect(a.lines[12].fragments.map(\.text) == ["Send the request"])
  }
  /// The attributes of a tag broken over lines are markup on their own lines, as they are
  /// on the tag's first line.
  @Test func attributesOfATagBrokenOverLines() {
    let a = analyze("""
      # 다운로드

      [<img src="https://example.com/badge.png"
          alt="Get it on F-Droid"
          height="80">](https://example.com/app)

      <img src="https://example.com/shot.png"
          alt="The main window shows the list of remote computers.">

      <img src="https://example.com/shot.png" alt="The main window shows the list of remote computers.">
      """)
    for k in [2, 3, 4] { #expect(a.lines[k].role == .content && a.lines[k].fragments.isEmpty, "line \(k + 1)") }
    #expect(a.lines[7].role == a.lines[9].role)
    #expect(a.lines[7].fragments.map(\.text) == a.lines[9].fragments.map(\.text))
  }
  /// A notice that the page is a translation (a community's, a tool's, the original named)
  /// is chrome, as other notices are; a sentence about translating in the text is not.
  @Test func translationNoticesAreChrome() {
    for notice in ["> 이 문서는 커뮤니티에서 번역했습니다. 최신 내용은 영문 문서를 확인하세요.", "> [guide.md](../guide.md)의 번역입니다.",
      "> **번역본이다.** 정본은 영문 문서다.", "이 페이지는 자동으로 번역되었습니다.",
      "이 문서는 AI 번역 서비스 [Translator](https://example.com/translator)를 사용하여 번역되었습니다."]
    {
      let a = analyze("# 시작하기\n\n\(notice)\n\n이 도구는 파일을 변환합니다. 번역 과정에서 원문의 양식을 따릅니다.\n")
      #expect(a.lines[2].role == .chrome, "\(notice)")
      #expect(a.lines[4].role == .content)
    }
  }

  /// A notice takes the blockquote or container it stands in: the lines that go on with it
  /// and the container's fences are the same notice; a long blockquote is the text's own, and
  /// a blockquote after a blank line is another box.
  @Test func aNoticeTakesItsBox() {
    let quote = analyze("""
      # 용어 사전

      > **번역본이다.** 정본은 영문 문서이며,
      > 원문과 어긋나면 원문이 이긴다.
      > [이슈로 알려달라](https://example.com/issues).

      > 이 도구는 파일을 변환합니다. 설정은 아래에 있습니다.

      이 문서는 쉬운 말로 풀어 쓴 용어를 다룬다.

      """)
    for n in 3...5 { #expect(quote.lines[n - 1].role == .chrome, "line \(n)") }
    #expect(quote.lines[6].role == .content && quote.lines[8].role == .content)
    let container = analyze("""
      # 용어집

      ::: info 번역
      모든 비영어 문서는 도구를 사용하여 자동으로 번역됩니다.
      :::

      ::: tip 참고
      용어를 한 번 정의하면 매번 같은 방식으로 쓰입니다.
      :::

      """)
    for n in 3...5 { #expect(container.lines[n - 1].role == .chrome, "line \(n)") }
    for n in 7...9 { #expect(container.lines[n - 1].role == .content, "line \(n)") }
    let long = (["> 이 페이지는 자동으로 번역되었습니다."] + (1...12).map { "> 설명 문장 \($0)번은 도구의 동작을 알려 줍니다." }).joined(separator: "\n")
    let a = analyze("# 안내\n\n\(long)\n")
    #expect(a.lines[2].role == .chrome)
    #expect(a.lines[3].role == .content && a.lines[14].role == .content)
  }

  /// In a Korean document of any prose format a notice takes its paragraph, in either
  /// language, and a list does not follow its first item; an English page's paragraph whose
  /// last line is the agency's copyright keeps its caption.
  @Test func aNoticeTakesItsParagraphInAKoreanDocument() {
    let rst = DocumentAnalyzer().analyze("""
      NOTE:
      This is a version of Documentation/process/howto.rst translated into korean.
      If you find any difference between this document and the original file,
      please contact the maintainer of this file.

      이 문서는
      Documentation/process/howto.rst
      의 한글 번역입니다.

      리눅스 커널 개발자가 되는 방법
      ==============================

      이 문서는 커널 개발에 참여하려는 사람들을 위한 안내서이다. 처음 시작하는 사람에게
      필요한 것을 모두 다룬다.

      - 이 문서는 자동 번역되었습니다
      - 설치 방법은 아래 절에 있다

      """, fileName: "Documentation/translations/ko_KR/howto.rst")
    for n in [1, 2, 3, 4, 6, 7, 8, 16] { #expect(rst.lines[n - 1].role == .chrome, "line \(n)") }
    for n in [10, 13, 14, 17] { #expect(rst.lines[n - 1].role == .content, "line \(n)") }
    let page = DocumentAnalyzer().analyze("""
      News photo exhibition opens in Seoul

      Visitors look at the photographs at the opening of the exhibition in Seoul on Monday.
      (From L to R) the culture minister and the head of the photographers' association
      (C) Yonhap News Agency. All Rights Reserved

      """, fileName: "crawl/en.example.co.kr/view.txt")
    #expect(page.lines[3].role == .content && page.lines[4].role == .chrome)
  }
}
