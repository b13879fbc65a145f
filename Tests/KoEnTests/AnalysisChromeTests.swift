import KoEn
import Testing

/// Chrome on invented portal captures of typical shapes (not copies of any page): a Korean
/// CMS's English edition, an English news site, a portal carrying an English article, and
/// article text that merely uses widget words. Each page pins every line's role.
@Suite("Analysis: chrome on typical portal captures")
struct AnalysisChromeTests {
  /// Checks the role of every line of `page`, given as `(role, text)` pairs; a line whose
  /// role is `nil` is left to the model (the corpus labels such lines both ways).
  func check(_ page: [(LineRole?, String)], sourceLocation: SourceLocation = #_sourceLocation) {
    let text = page.map(\.1).joined(separator: "\n") + "\n"
    let analysis = DocumentAnalyzer().analyze(text)
    #expect(analysis.dominant == .en, sourceLocation: sourceLocation)
    for (k, (role, line)) in page.enumerated() {
      guard let role else { continue }
      #expect(analysis.lines[k].role == role, "line \(k + 1): \(line)", sourceLocation: sourceLocation)
    }
  }

  @Test func koreanCMSEnglishEdition() {
    check([
      (.chrome, "본문 바로가기"),
      (.chrome, "전체메뉴"),
      (.chrome, "Home | National | Politics | Economy | Culture"),
      (.blank, ""),
      (.content, "Seoul city to expand night buses for late-shift workers"),
      (.content, "By Park Ji-won"),
      (.content, "입력 2025.03.14 09:12  수정 2025.03.14 10:40"),
      (.chrome, "댓글 0"),
      (.chrome, "글씨크기"),
      (.chrome, "가 가"),
      (.chrome, "페이스북 트위터 카카오톡 URL복사"),
      (.chrome, "스크랩"),
      (.chrome, "인쇄"),
      (.blank, ""),
      (.content, "The Seoul Metropolitan Government will add 14 late-night bus routes next month, officials said Friday."),
      (.content, "The routes will serve industrial districts where shifts end after midnight."),
      (.blank, ""),
      (.content, "jwpark@example.co.kr"),
      (.chrome, "저작권자 © 서울위클리 무단전재 및 재배포 금지"),
      (.blank, ""),
      (.chrome, "관련기사"),
      (.chrome, "Seoul adds bike lanes on Jongno"),
      (.chrome, "Subway fares rise by 150 won"),
      (.blank, ""),
      (.chrome, "많이 본 뉴스"),
      (.chrome, "1 2 3 4 5 다음"),
      (.chrome, "회사소개 | 광고문의 | 기사제보 | 개인정보처리방침 | 청소년보호정책"),
      (.chrome, "등록번호 : 서울 아 00000 | 발행인 : 김철수 | 편집인 : 이영희"),
      (.chrome, "Copyright © 2025 Seoul Weekly. All rights reserved."),
    ])
  }

  @Test func englishNewsSite() {
    check([
      (.chrome, "Skip to main content"),
      (.chrome, "Politics  Business  Tech  Sports  Opinion"),
      (.blank, ""),
      (.content, "Chipmakers lift Kospi to a two-month high"),
      (.content, "Posted : 2025-02-03 16:20  Updated : 2025-02-03 17:05"),
      (.chrome, "Facebook Twitter LinkedIn Email Print"),
      (.blank, ""),
      (.content, "Shares of Samsung Electronics rose 3 percent on Monday as foreign investors returned."),
      (.content, "Analysts said the rally could fade if export data disappoint later this week."),
      (.blank, ""),
      (.chrome, "Tags: Kospi, semiconductors"),
      (.chrome, "#Kospi #Samsung #chips"),
      (.chrome, "Share this article"),
      (.chrome, "Sign up for our newsletter"),
      (.blank, ""),
      (.chrome, "Most Viewed"),
      (.chrome, "Won hits weakest level since 2009"),
      (.chrome, "Exporters brace for new tariffs"),
      (.blank, ""),
      (.chrome, "About Us | Contact Us | Privacy Policy | Terms of Use"),
      (.chrome, "© 2025 Example Media. All rights reserved."),
    ])
  }

  @Test func portalCarryingAnEnglishArticle() {
    check([
      (.chrome, "기사원문"),
      (.chrome, "본문 요약봇"),
      (.chrome, "글자 크기 변경하기"),
      (.chrome, "SNS 보내기"),
      (.content, "Ferry service to Ulleung Island resumes after storm"),
      (.content, "Published: 12 Sep. 2025, 08:30"),
      (.blank, ""),
      (.content, "Ferries between Pohang and Ulleung Island resumed on Friday after three days of suspension."),
      (.content, "About 1,200 passengers had been waiting at the terminal."),
      (.blank, ""),
      (.chrome, "Copyright ⓒ Korea Example Daily. All Rights Reserved. 무단 전재 및 재배포, AI 학습 이용 금지."),
      (.chrome, "좋아요 훈훈해요 슬퍼요 화나요 후속기사 원해요"),
      (.chrome, "이 기사를 추천합니다"),
      (.chrome, "기자 구독"),
      (.chrome, "로그인 후 댓글을 남기실 수 있습니다."),
    ])
  }

  @Test func articleSentencesWithWidgetWordsStayContent() {
    check([
      (.content, "Copyright lawsuits against AI firms pile up"),
      (.content, "By Lee Min-ji"),
      (.blank, ""),
      (.content, "Share prices of the two publishers fell after the ruling."),
      (.content, "Copyright holders say their articles were used without consent."),
      (.content, "Readers can comment on the proposal until Friday, the ministry said."),
      (.content, "Sign up for the pilot program begins next month, officials said in a statement."),
      (.content, "Print circulation has fallen for a decade."),
      (.blank, ""),
      (.content, "Trending data from the ministry show a rise in complaints."),
    ])
  }

  /// The word list of an English-learning article glosses its terms in Korean: content,
  /// the glosses fragments, never text left untranslated.
  @Test func vocabularyListGlossesAreContent() {
    let text = """
      Seoul expands free bus rides for seniors
      The city will extend free rides to residents over 70 from next month, officials said on Monday.
      The program is expected to cost about 30 billion won a year, the city said.

      - expand 확대하다
      - resident 주민, 거주자
      - be expected to (~할 것으로) 예상되다
      """
    let a = DocumentAnalyzer().analyze(text)
    #expect(a.dominant == .en)
    for n in 5...7 {
      #expect(a.lines[n - 1].role == .content, "line \(n)")
      #expect(a.lines[n - 1].language == .mixed, "line \(n)")
    }
    #expect(a.lines[5].fragments.map(\.text) == ["주민, 거주자"])
    // A Korean sentence after an English word is no gloss (here, at the page's foot, chrome).
    let sentence = DocumentAnalyzer().analyze(text + "\n- note 이 표현은 공식 문서에서 자주 쓰입니다.\n")
    #expect(sentence.lines[7].role != .content)
  }

  /// A learner's vocabulary item is the article's own text: no chrome rule takes it, even a
  /// gloss with brackets among blank lines, which the page's short labels resemble.
  @Test func vocabularyItemsAreNeverChrome() {
    let text = """
      Japan orders textbooks to claim Dokdo

          Japan has started implementing, three years earlier than planned, a measure that mandates all school textbooks to refer to the islands as Japanese territory.

          - measure 정책

          - mandate 명령[지시]하다

          - refer to 나타내다

      """
    let a = DocumentAnalyzer().analyze(text)
    #expect(a.dominant == .en)
    for n in [5, 7, 9] {
      #expect(a.lines[n - 1].role == .content, "line \(n)")
    }
    #expect(a.lines[6].fragments.map(\.text) == ["명령[지시]하다"])
  }

  @Test func noticesAndPromptsOfMachineTranslatedEditions() {
    check([
      (.chrome, "North Korea"),
      (.content, "Busan port volume hits record in October"),
      (.content, "Input 2025.11.02 14:05"),
      (.blank, ""),
      (.content, "Container volume at Busan port reached 2.2 million TEU in October, the port authority said."),
      (.blank, ""),
      (.chrome, "This article was translated by AI and reviewed by an editor."),
      (.chrome, "Click here to see the Korean original"),
      (.chrome, "ⓒ Example Economy"),
    ])
  }

  /// A translated document's notice that a tool translated it is the site's, in either
  /// tense; a sentence about translating automatically is the document's own.
  @Test func machineTranslationNoticeOfAKoreanDocument() {
    let text = """
      # 용어집

      모든 비영어 문서는 Example Model을 사용하여 자동으로 번역됩니다.

      이 문서는 기계 번역되었습니다. 원문과 다를 수 있습니다.

      이 도구는 문서가 바뀔 때마다 자동으로 번역하고 풀 리퀘스트를 엽니다.

      """
    let a = DocumentAnalyzer().analyze(text, fileName: "docs/ko/glossary.md")
    #expect(a.dominant == .ko)
    #expect(a.lines.map(\.role) == [.content, .blank, .chrome, .blank, .chrome, .blank, .content])
  }

  @Test func pathsURLsCodeAndEnumerationsAreNotNavigation() {
    check([
      (.content, "How to read the licence of a package"),
      (.blank, ""),
      (.content, "The text is at http://www.example.org/licenses/LICENSE-2.0 on the web."),
      (.content, "See docs/guide/install.md for the steps"),
      (.content, "(c) You must retain, in the Source form of any Derivative Works, all notices"),
      (.content, "records {string[] | Object[] | Object}"),
      (.content, "stmt: simple_stmt | compound_stmt | NEWLINE"),
      (.content, "Syntax folding (|fold-syntax|) is added when |g:ada_folding| is set"),
      (.content, "tags but has other refs resulted in a remote error"),
      (.content, "The report was filed on 2025/03/01 at 10:00 by the committee."),
    ])
  }

  /// A Korean headline quoted inside the article is its text (left untranslated), where a
  /// share button after it is chrome. (At the very top of a page, above any sentence, a
  /// short line is read as the site's more often than not.)
  @Test func koreanContentInAnEnglishPageIsNotChrome() {
    let text = """
      Seoul starts offshore wind project
      The city said on Monday that construction of the wind farm would begin next month.
      부산 앞바다 해상풍력 단지 착공
      The headline above reads: construction begins on an offshore wind farm off Busan.
      공유하기
      """
    let lines = DocumentAnalyzer().analyze(text).lines
    #expect(lines[0].role == .content)
    #expect(lines[2].role == .untranslated)
    #expect(lines[4].role == .chrome)
  }

  @Test func templateRepeatsAndMenus() {
    // The teasers' headlines are short title-case lines between template labels: a list
    // page's teasers are the site's in some captures of the corpus and the page's own in
    // others, so the model may call them either way.
    check([
      (.chrome, "The Daily Example"),
      (.chrome, "  • Politics"),
      (.chrome, "  • Labor & Environment"),
      (.chrome, "  • Law & Crime"),
      (.chrome, "  • Foreign Communities"),
      (.blank, ""),
      (.chrome, "• Opinion"),
      (nil, "Night buses for late-shift workers"),
      (.content, "The city will add 14 late-night bus routes next month, officials said on Friday."),
      (.chrome, "Read More »"),
      (.chrome, "• Opinion"),
      (nil, "Why school lunches matter"),
      (.content, "Free lunches have changed how pupils eat, and teachers have noticed the difference."),
      (.chrome, "Read More »"),
      (.chrome, "• Opinion"),
      (nil, "A marathon for everyone"),
      (.content, "Runners of every age joined the race along the river, which closed roads for hours."),
      (.chrome, "Read More »"),
    ])
  }

  @Test func articleBulletsAreContent() {
    check([
      (.content, "What the new budget means for households"),
      (.blank, ""),
      (.content, "The government announced its budget on Tuesday. The main measures are:"),
      (.content, "• Income tax falls by one percentage point for middle earners."),
      (.content, "• Child benefit rises by 10 percent from January next year."),
      (.content, "• Fuel duty stays frozen for another twelve months, the minister said."),
      (.content, "• Pension payments are linked to wages again from April."),
      (.blank, ""),
      (.content, "Opposition parties said the plan did too little for renters."),
    ])
  }

  /// A ranked list under a header: the rank numbers are chrome, and so are the headlines
  /// between them, each read after a line decided chrome.
  @Test func rankedListUnderAHeaderIsChromeLineAfterLine() {
    check([
      (.content, "Seoul Metro adds late-night trains"),
      (.blank, ""),
      (.content, "The city will run extra trains on three lines from next month, officials said on Friday, after complaints from workers."),
      (.blank, ""),
      (.content, "The service starts on March 2 and will be reviewed after six months, the transport office said."),
      (.blank, ""),
      (.chrome, "Most Popular"),
      (.chrome, "1"),
      (.chrome, "Korea removes old security cameras from army barracks"),
      (.chrome, "2"),
      (.chrome, "Biotech firm wins supply contract for a fifth year"),
      (.chrome, "3"),
      (.chrome, "Lawmakers get holiday bonuses as workers go without"),
    ])
  }

  /// A news page gives its headline twice (the title and the heading): content, though it
  /// opens the page before the first sentence.
  @Test func headlineGivenTwiceIsContent() {
    check([
      (.content, "Seoul opens new riverside park for families"),
      (.content, "Seoul opens new riverside park for families"),
      (.content, "Posted : 2025-02-03 16:20"),
      (.blank, ""),
      (.content, "The city opened a riverside park on Saturday with playgrounds, a library and a cycling path along the Han River."),
      (.blank, ""),
      (.content, "Officials said the park would be open around the clock from next month, with more benches to follow."),
    ])
  }

  /// A breadcrumb trail a capture lays out as a list, one step per item ending with `>`, is
  /// chrome; a list item of the article is not.
  @Test func breadcrumbStepsInAListAreChrome() {
    let page = """
      News

        1. Institute >
        2. PR Center >
        3. Press Releases

      Researchers unveil a battery that charges in ten minutes

        1. The cells were tested for a thousand cycles at room temperature.

      The team said the design could reach the market within three years.

      """
    let lines = DocumentAnalyzer().analyze(page, format: .plainText).lines
    #expect(lines[2].role == .chrome && lines[3].role == .chrome)
    #expect(lines[8].role == .content && lines[10].role == .content)
  }

  @Test func compoundDatelineLabelsOfKoreanNewsSystems() {
    let page = """
      Seoul hosts the regional security forum this week

      • 기사등록 2021-07-05 14:28:26
      • 기사수정 2021-07-06 09:01:00
      승인일 2021.07.06

      Officials from twelve countries gathered in Seoul on Monday for the forum.

      """
    let lines = DocumentAnalyzer().analyze(page, format: .plainText).lines
    for k in [2, 3, 4] { #expect(lines[k].role == .content, "line \(k + 1)") }
  }

  /// A dateline may carry the article's counters after its date (views, comments).
  @Test func datelinesWithCountersAreContent() {
    let page = """
      Gwangju radio marks ten years of English broadcasts

      입력 2019.10.16. 09:32 댓글 0개
      2009-12-01 오후 11:35:59 (조회수 : 6326)

      The station first went on air in 2009 and now reaches listeners across the region.

      """
    let lines = DocumentAnalyzer().analyze(page, format: .plainText).lines
    for k in [2, 3] {
      #expect(lines[k].role == .content, "line \(k + 1)")
      #expect(!lines[k].fragments.isEmpty, "line \(k + 1)")
    }
    #expect(lines[2].fragments.map(\.text) == ["입력", "댓글", "개"])
  }

  /// A byline may open a dateline: one word, the reporter's name or title, before two labels
  /// at least; one unknown word before a single label, or a sentence, is no dateline (the
  /// first still a short dated line, never untranslated: `DatedKoreanLine`).
  @Test func bylineBeforeDatelineLabelsIsContent() {
    let page = """
      Suwon opens a new library for foreign residents

      강영훈l승인2022.09.26l수정2022.09.26 17:10
      편집장 | 승인 2017.05.31 | 수정 2017.07.06 14:38

      The library holds books in twelve languages and opens every day of the week.

      """
    let lines = DocumentAnalyzer().analyze(page, format: .plainText).lines
    for k in [2, 3] { #expect(lines[k].role == .content, "line \(k + 1)") }
    let others = """
      Suwon opens a new library for foreign residents

      강영훈 승인 2022.09.26
      시장은 2022년 9월 26일 도서관 건립을 승인 수정했다

      The library holds books in twelve languages and opens every day of the week.

      """
    let otherLines = DocumentAnalyzer().analyze(others, format: .plainText).lines
    #expect(otherLines[2].role == .content && otherLines[2].fragments.map(\.text) == ["강영훈 승인"])
    #expect(otherLines[3].role == .untranslated)
  }

  /// A short Korean line with a date in an English page (a board's fields, a poster's name)
  /// is the article's dateline or byline, its Korean runs fragments; a Korean sentence with a
  /// date, or a short Korean line without one, is left untranslated.
  @Test func shortDatedKoreanLinesAreNeverUntranslated() {
    let page = """
      Park service opens a new trail for foreign visitors

      공원명 본사 등록일 2021.12.06 15:29:11
      • 11.06.15 / 박채형
      조인어스코리아 2015. 1. 6. 15:34
      국립공원공단은 2021.12.06 새 탐방로를 열었다고 밝혔습니다 모두 환영합니다
      새 탐방로 안내

      The trail runs along the coast and opens every day of the week for all visitors.
      Rangers at the entrance hand out maps in English, Chinese and Japanese, and the park
      asks visitors to keep to the marked paths and to take their rubbish home with them.
      Guided walks start at ten in the morning and at two in the afternoon from the centre.

      """
    let analysis = DocumentAnalyzer().analyze(page, format: .plainText)
    #expect(analysis.dominant == .en)
    let lines = analysis.lines
    for k in 2...4 { #expect(lines[k].role == .content, "line \(k + 1)") }
    #expect(lines[2].fragments.map(\.text) == ["공원명 본사 등록일"])
    #expect(lines[3].fragments.map(\.text) == ["박채형"])
    #expect(lines[5].role != .content)
    #expect(lines[6].role == .untranslated)
  }
}
