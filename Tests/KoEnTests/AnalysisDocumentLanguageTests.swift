import Foundation
@testable import KoEn
import Testing

/// The document's language from what the file declares (its path, a catalogue header) and,
/// failing that, from its letters; and short documents, which have no page around them.
@Suite("Analysis: the document's language and short documents")
struct AnalysisDocumentLanguageTests {
  @Test(arguments: [
    ("app/src/main/res/values-ko/strings.xml", Language.ko),
    ("MochiDiffusion/ko.lproj/Localizable.strings", .ko),
    ("config/locales/ko-KR.yml", .ko),
    ("src/main/resources/Messages_ko_KR.properties", .ko),
    ("README.ko.md", .ko),
    ("docs/ko/docs/tutorial/first-steps.md", .ko),
    ("sections/errorhandling/failfast.korean.md", .ko),
    ("po/ko.po", .ko),
    ("resources/lang/kr/app.php", .ko),
    ("src/i18n/kr.json", .ko),
    ("README.en.md", .en),
    ("locales/en-US/messages.json", .en),
  ])
  func pathNamesALanguage(path: String, language: Language) {
    #expect(DocumentLocale.language(inPath: path) == language)
  }

  @Test(arguments: [
    "crawl/korean-vibe.com/newsview-1.txt", "crawl/example.co.kr/123.txt", "crawl/kr.example.com/news/1.txt", "README.md",
    "docs/token.md", "kokoro/readme.txt", "krita/readme.txt",
  ])
  func pathNamesNoLanguage(path: String) {
    #expect(DocumentLocale.language(inPath: path) == nil)
  }

  /// A Korean catalogue whose newest strings are still English is the Korean translation,
  /// and its English is what a checker reports.
  @Test func halfTranslatedCatalogueUnderAKoreanPathIsKorean() {
    let text = """
      "settings": "Settings",
      "open_file": "Open a file from your device",
      "save": "저장",
      "export_all": "Export all notes as Markdown",
      "delete_confirm": "Delete this note permanently?",

      """
    let analysis = DocumentAnalyzer().analyze(text, fileName: "locales/ko/translation.json")
    #expect(analysis.dominant == .ko)
    #expect(analysis.lines.filter { $0.role == .untranslated }.count >= 3)
    #expect(analysis.lines.allSatisfy { $0.role != .chrome })
    // Without its path, the catalogue's entries tell: a tenth of them or more in Korean.
    #expect(DocumentAnalyzer().analyze(text, fileName: "translation.json").dominant == .ko)
    // Letters alone would say English; a catalogue with no Korean entry is English.
    let english = text.replacingOccurrences(of: "저장", with: "Save")
    #expect(DocumentAnalyzer().analyze(english, fileName: "translation.json").dominant == .en)
  }

  @Test func gettextHeaderDeclaresTheLanguage() {
    let text = """
      msgid ""
      msgstr ""
      "Language: ko\\n"

      msgid "Open the settings window to change how the editor looks"
      msgstr "Open the settings window to change how the editor looks"

      msgid "Save"
      msgstr ""

      """
    #expect(DocumentAnalyzer().analyze(text, fileName: "messages.po").dominant == .ko)
  }

  @Test func aRecordOfOneKoreanLabelIsKoreanWithoutChrome() {
    let analysis = DocumentAnalyzer().analyze("로그인")
    #expect(analysis.dominant == .ko)
    #expect(analysis.lines.map(\.role) == [.content])
  }

  @Test func aSingleLineHasNoChrome() {
    #expect(DocumentAnalyzer().analyze("hello").lines.map(\.role) == [.content])
    #expect(DocumentAnalyzer().analyze("Skip to main content\n").lines.map(\.role) == [.content])
  }

  @Test func noLettersIsNoLanguage() {
    let analysis = DocumentAnalyzer().analyze("12345")
    #expect(analysis.dominant == .zxx)
    #expect(analysis.lines.map(\.role) == [.content])
  }
}

/// What is chrome in a Korean document: the repository's navigation and the file's header,
/// never the translation's text; and glossary lines, whose English is the term translated.
@Suite("Analysis: Korean documents' chrome and glossaries")
struct AnalysisKoreanDocumentTests {
  @Test func languageSwitcherAndHeaderCommentAreChrome() {
    let text = """
      <!--Copyright 2024 Example Authors. Licensed under the Apache License, Version 2.0.
      you may not use this file except in compliance with the License.
      -->

      # 예제 라이브러리

      <p align="center">
        <a href="README.md">English</a> |
        <a href="README_zh-hans.md">简体中文</a> |
        <b>한국어</b> |
        <a href="README_ja.md">日本語</a>
      </p>

      [English](README.md) · [한국어](README.ko.md) · [Español (Latinoamérica)](README.es.md)

      ## English

      이 라이브러리는 문서를 분석합니다.

      """
    let analysis = DocumentAnalyzer().analyze(text, fileName: "README.ko.md")
    #expect(analysis.dominant == .ko)
    let roles = analysis.lines.map(\.role)
    #expect(roles[0...2] == [.chrome, .chrome, .chrome])
    #expect(roles[7...10] == [.chrome, .chrome, .chrome, .chrome])
    #expect(roles[13] == .chrome)
    // A heading that names a language, and the text, are the document's.
    #expect(roles[15] != .chrome)
    #expect(roles[17] == .content)
    #expect(analysis.lines.filter { $0.role == .chrome }.allSatisfy { $0.fragments.isEmpty })
  }

  /// Badges and a logo beside a switcher are the README's (images that lead to no
  /// translation), and so are the closing tags of elements opened before the switcher's run;
  /// a switcher's own paragraph, opened and closed around it, is chrome with it.
  @Test func badgesAndOuterClosingTagsAroundASwitcherAreTheDocuments() {
    let text = """
      <div align="center">
        <img src="Resources/AppIcon.png" width="140" alt="앱 아이콘">
        <h1>Widget</h1>
        <p>
          <a href="../../actions/workflows/ci.yml"><img src="https://img.shields.io/badge/ci-passing-green" alt="CI"></a>
          <img src="https://img.shields.io/badge/license-MIT-green" alt="MIT license">
        </p>
        <p><a href="README.md">English</a> | 한국어</p>
      </div>

      <p align="center">
        <a href="README.md">English</a> |
        <b>한국어</b>
      </p>

      위젯은 문서를 분석하는 도구입니다.

      """
    let analysis = DocumentAnalyzer().analyze(text, fileName: "README.ko.md")
    #expect(analysis.dominant == .ko)
    let roles = analysis.lines.map(\.role)
    #expect(roles[0...6].allSatisfy { $0 == .content }, "\(roles[0...6])")
    #expect(roles[7] == .chrome && roles[8] == .content)
    #expect(roles[10...13].allSatisfy { $0 == .chrome }, "\(roles[10...13])")
    #expect(roles[15] == .content)
  }

  /// An image with no name (no `alt`: a globe icon before the names) is the switcher's, and
  /// with it the elements that hold the two; a logo that names itself is the README's, and
  /// so is an image whose attributes run on to a line after it (its name unknown).
  @Test func unnamedIconBeforeASwitcherIsItsOwn() {
    let text = """
      <div align="center">
        <h6>
          <a href="../docs">
            <img src="https://example.org/icons/globe-16.svg">
          </a>
          한국어 |
          <a href="../..#readme">English</a> |
          <a href="../ja#readme">日本語</a>
        </h6>
      </div>

      <p>
        <img src="logo.png" alt="위젯">
        <a href="README.md">English</a> | 한국어
      </p>

      <p><img src="logo.png" width="960"
          alt="위젯"></p>
      <p><a href="README.md">English</a> | 한국어</p>

      위젯은 문서를 분석하는 도구입니다.

      """
    let analysis = DocumentAnalyzer().analyze(text, fileName: "docs/ko/README.md")
    #expect(analysis.dominant == .ko)
    let roles = analysis.lines.map(\.role)
    #expect(roles[0...9].allSatisfy { $0 == .chrome }, "\(roles[0...9])")
    #expect(roles[11] == .content && roles[12] == .content && roles[13] == .chrome)
    #expect(roles[16] != .chrome && roles[18] == .chrome)
    #expect(roles[20] == .content)
  }

  @Test func switcherBlocksOverSeveralLinesAreChromeWithTheirMarkup() {
    let text = """
      # 예제 라이브러리

      <p align="center">
        <a href="./README.md"><img alt="README in English" src="https://img.shields.io/badge/English-d9d9d9"></a>
        <a href="./README_CN.md"><img alt="简体中文版自述文件" src="https://img.shields.io/badge/简体中文-d9d9d9"></a>
        <a href="./README_KL.md"><img alt="README tlhIngan Hol" src="https://img.shields.io/badge/Klingon-d9d9d9"></a>
        <a href="./README_KR.md"><img alt="README in Korean" src="https://img.shields.io/badge/한국어-d9d9d9"></a>
      </p>

      <h4 align="center">
          <a href="i18n/README_es.md">Español</a> |
          <a href="i18n/README_pt-br.md">Рortuguês</a> |
          <a href="i18n/README_ja.md">日本語</a>
      </h4>

      완료된 번역:

      - [중국어](translations/README-cn.md)
      - [일본어](translations/README-ja.md)

      자세한 내용은 [영어 문서](README_en.md)를 참고하세요.
      """
    let analysis = DocumentAnalyzer().analyze(text, fileName: "README_KR.md")
    #expect(analysis.dominant == .ko)
    let roles = analysis.lines.map(\.role)
    #expect(roles[2...7].allSatisfy { $0 == .chrome }, "\(roles[2...7])")
    // A name the switcher's names do not know (a Cyrillic Р) between two that it does.
    #expect(roles[9...13].allSatisfy { $0 == .chrome }, "\(roles[9...13])")
    // A README's list of its translations, and a sentence linking to one, are its text.
    #expect(roles[15] == .content && roles[17] == .content && roles[18] == .content && roles[20] == .content)
    #expect(roles[0] == .content)
  }

  /// The short line that names a switcher is chrome with it, as is a line that only links
  /// to the list of translations or to the original in a language's name; a line about
  /// translating, with no switcher after it, is the document's text.
  @Test func aSwitchersTitleAndPointersToTranslationsAreChrome() {
    let text = """
      # 예제 도구

      _Read this in other languages:_
      [_English_](README.md),
      [_日本語_](README.ja-JP.md),
      [_Español_](README.es-ES.md)

      이 도구는 문서 번역을 돕습니다.

      ## 번역 안내

      번역에 참여하려면 아래 절차를 따르세요.

      *[이 문서를 다른 언어로 보시려면](README.md#translations)*

      🇬🇧 English README: [`README.md`](./README.md)

      원문: [README.md](./README.md)
      """
    let analysis = DocumentAnalyzer().analyze(text, fileName: "README.ko-KR.md")
    #expect(analysis.dominant == .ko)
    let roles = analysis.lines.map(\.role)
    #expect(roles[2...5].allSatisfy { $0 == .chrome }, "\(roles[2...5])")
    #expect(analysis.lines[2].fragments.isEmpty)
    #expect(roles[7] == .content && roles[9] == .content && roles[11] == .content)
    #expect(roles[13] == .chrome)
    // A pointer to the original in a language's name is a switcher; without the name, text.
    #expect(roles[15] == .chrome && roles[17] == .content)
  }

  /// A section of translations: its heading and the line leading into the list go with the
  /// list, as does a subheading between them; the document's title above a switcher does not.
  @Test func aSectionOfTranslationsIsChromeWithItsHeadings() {
    let text = """
      # 예제 도구

      ## 사용 가능한 번역

      이 프로그램은 다음 언어로 번역되어 있습니다:

      - [简体中文 (zh-cn)](./README.zh-cn.md)
      - [日本語 (ja-jp)](./README.ja-jp.md)
      - [Français (fr-fr)](./README.fr-fr.md)

      ## 설치

      ### 🌐 다국어 지원

      #### 자동 번역으로 항상 최신 상태 유지

      [French](../fr/README.md) | [Spanish](../es/README.md) | [Nigerian Pidgin](../pcm/README.md) | [Korean](./README.md)

      설치는 간단합니다.
      """
    let roles = DocumentAnalyzer().analyze(text, fileName: "readmes/README.ko-kr.md").lines.map(\.role)
    #expect(roles[0] == .content)
    #expect(roles[2...8].allSatisfy { $0 == .chrome || $0 == .blank }, "\(roles[2...8])")
    #expect(roles[10] == .content)
    #expect(roles[12...16].allSatisfy { $0 == .chrome || $0 == .blank }, "\(roles[12...16])")
    #expect(roles[18] == .content)
  }

  /// A translation tool's marked blocks (its table of languages with a note on cloning, its
  /// machine-translation disclaimer) are the tool's, whatever they hold; a comment block of
  /// another name is not.
  @Test func aTranslationToolsMarkedBlocksAreChrome() {
    let text = """
      # 빠른 시작 가이드

      <!-- CO-OP TRANSLATOR LANGUAGES TABLE START -->
      [Arabic](../ar/README.md) | [Bengali](../bn/README.md) | [Korean](./README.md)

      > **로컬에 복제하길 원하시나요?**
      > 번역 없이 복제하려면 sparse checkout을 사용하세요.
      <!-- CO-OP TRANSLATOR LANGUAGES TABLE END -->

      이 가이드는 첫 번째 번역을 실행하는 방법을 보여줍니다.

      <!-- ALL-CONTRIBUTORS-LIST:START -->
      기여해 주신 모든 분께 감사드립니다.
      <!-- ALL-CONTRIBUTORS-LIST:END -->

      <!-- CO-OP TRANSLATOR DISCLAIMER START -->
      **면책 조항**:
      이 문서는 AI 번역 서비스를 사용하여 번역되었습니다.
      <!-- CO-OP TRANSLATOR DISCLAIMER END -->
      """
    let roles = DocumentAnalyzer().analyze(text, fileName: "translations/ko/README.md").lines.map(\.role)
    #expect(roles[2...7].allSatisfy { $0 == .chrome || $0 == .blank }, "\(roles[2...7])")
    #expect(roles[9] == .content && roles[12] == .content)
    #expect(roles[15...18].allSatisfy { $0 == .chrome }, "\(roles[15...18])")
  }

  @Test func catalogueLicenceHeaderIsChrome() {
    let text = """
      <?xml version="1.0" encoding="UTF-8"?>
      <!--  Copyright (C) 2013 The Example Project

           Licensed under the Apache License, Version 2.0 (the "License");
           you may not use this file except in compliance with the License.
      -->
      <resources xmlns:xliff="urn:oasis:names:tc:xliff:document:1.2">
          <!-- Title of the settings screen -->
          <string name="title">설정</string>
          <string name="license">License</string>
      </resources>
      """
    let analysis = DocumentAnalyzer().analyze(text, fileName: "res/values-ko/strings.xml")
    #expect(analysis.dominant == .ko)
    let roles = analysis.lines.map(\.role)
    #expect(roles[0...5] == [.content, .chrome, .blank, .chrome, .chrome, .chrome])
    // After the header, comments are the catalogue's, and an English value is reported.
    #expect(roles[6...8] == [.content, .content, .content])
    #expect(roles[9] == .untranslated)
    let po = "# Korean translation of Example.\n# Copyright (C) 2024 Example Authors\n# This file is distributed under the same license as Example.\n#\nmsgid \"Open\"\nmsgstr \"열기\"\n"
    let b = DocumentAnalyzer().analyze(po, fileName: "po/ko.po")
    #expect(b.lines.map(\.role) == [.content, .chrome, .chrome, .chrome, .content, .content])
  }

  @Test func glossaryRowsAndItemsKeepTheirTerms() {
    let text = """
      # 용어집

      | 영어 | 한국어 | 비고 |
      |---|---|---|
      | gradient | 기울기 | |
      | learning rate | 학습률 | |
      - cluster: 클러스터
      * best practices — 모범사례

      Read this first: 이 설정은 모든 사용자에게 적용됩니다.

      """
    let analysis = DocumentAnalyzer().analyze(text, fileName: "docs/ko/glossary.md")
    for k in 4...7 { #expect(analysis.lines[k].fragments.isEmpty, "line \(k + 1)") }
    // An English label before a Korean sentence is not a glossary entry.
    #expect(analysis.lines[9].fragments.map(\.text) == ["Read this first"])
  }

  /// The headwords of a reStructuredText definition list with Korean definitions are the
  /// glossary's terms, kept where the text uses them too; an English line followed by a blank
  /// line, or by an English definition, is no headword.
  @Test func definitionListHeadwordsAreTerms() {
    let text = """
      용어
      ====

      working set
          실제로 임포트 가능한 배포판의 집합.

      extra
          "extra"는 릴리즈의 선택적인 기능이다.

      이 모듈은 "working set"을 관리한다.

      Getting started

      Further reading
          See the upstream documentation for details.

      """
    let lines = DocumentAnalyzer().analyze(text, fileName: "docs/glossary_ko.rst").lines
    for k in [3, 6, 7, 9] { #expect(lines[k].fragments.isEmpty && lines[k].role == .content, "line \(k + 1)") }
    #expect(lines[11].role == .untranslated && lines[13].role == .untranslated)
  }

  /// A term written against its Korean in parentheses is given with its rendering; with a
  /// space before the parenthesis, the Korean is a note and the English is still left.
  @Test func aTermWithItsKoreanInParenthesesIsKept() {
    let text = """
      = 용어집

      consensus rules(합의 규칙)::
      네트워크의 모든 노드가 따르는 규칙입니다.

      hardware wallet(하드웨어 지갑)::
      개인 키를 보관하는 장치입니다.

      이 값은 Clear the cache (선택) 항목에서 바꿉니다.

      """
    let analysis = DocumentAnalyzer().analyze(text, fileName: "docs/ko/glossary.adoc")
    #expect(analysis.lines[2].fragments.isEmpty && analysis.lines[2].role == .content)
    #expect(analysis.lines[5].fragments.isEmpty && analysis.lines[5].role == .content)
    #expect(analysis.lines[8].fragments.map(\.text) == ["Clear the cache"])
  }

  /// Shell commands on lines of their own, in plain text or HTML without a code block, are
  /// code; the same program names opening English prose (`Go to …`, `Make sure …`) and an
  /// English sentence that only mentions a command are not.
  @Test func shellCommandLinesAreCode() {
    let text = """
      설치 방법

      # sudo apt-get install lm-sensors
      $ pip install numpy scipy
      python -m pip install onnxruntime
      2. make
      yarn dev
      go to the settings page first
      At this point you can run npm install again.
      make sure the service is running

      """
    let lines = DocumentAnalyzer().analyze(text, fileName: "docs/ko/INSTALL.txt").lines
    for k in 2...6 { #expect(lines[k].fragments.isEmpty && lines[k].role == .content, "line \(k + 1)") }
    for k in 7...9 { #expect(lines[k].role == .untranslated, "line \(k + 1)") }
    let page = "<p>다음 명령으로 설치합니다.</p>\n<div class=\"code\">pip install noisereduce</div>\n"
    let html = DocumentAnalyzer().analyze(page, fileName: "docs/ko/help.html").lines
    #expect(html[1].fragments.isEmpty && html[1].role == .content)
  }

  /// A word with a slash after it is a folder's name; the same word in the sentence is a word.
  @Test func wordsBeforeASlashAreFolders() {
    let text = """
      export_all_confirm=모든 모듈과 시트 맵을 src/와 sheet/로 내보내시겠습니까?
      import_sheets_confirm=sheet/에서 모든 시트 맵을 가져오시겠습니까?
      clear_confirm=모든 sheet 맵을 지우시겠습니까?

      """
    let lines = DocumentAnalyzer().analyze(text, fileName: "lang/ko.ini").lines
    #expect(lines[0].fragments.isEmpty && lines[1].fragments.isEmpty)
    #expect(lines[2].fragments.map(\.text) == ["sheet"])
  }

  /// A word that takes an option flag is a command of any program, not only the ones
  /// `ShellCommandLine` knows: in a table of a tool's options and inside Korean sentences
  /// (`translate -l "ko"`, `./configure --prefix=PATH`). An English word with a hyphenated
  /// word after a spaced dash is still English left in.
  @Test func wordsTakingOptionFlagsAreCommands() {
    let text = """
      # 사용법

      번역 도구는 다음과 같이 사용합니다. 자세한 내용은 아래 표를 보세요.

      translate -l "language_codes"        | 프로젝트를 지정된 언어로 번역합니다. 예: translate -l "es fr de"는 세 언어로 번역합니다.
      1. 기본 동작 (기존 번역을 지우지 않음):   translate -l "ko"    translate -l "es fr de" -r "./my_project"
          # ./configure --prefix=PATH
          # ./configure --help 하시면 관련 컴파일 옵션이 나옵니다.
      이 기능은 현재 work in progress - 곧 공개됩니다.

      """
    let lines = DocumentAnalyzer().analyze(text, fileName: "docs/ko/usage.md").lines
    for n in 5...8 { #expect(lines[n - 1].fragments.isEmpty && lines[n - 1].role == .content, "line \(n)") }
    #expect(lines[8].fragments.map(\.text) == ["work in progress"])
  }

  /// In an English page, a Korean line is mixed only when an English word stands in it:
  /// acronyms inside the Korean (`FA`, `GFN`, `KBS`) are part of its fragment.
  @Test func acronymsInKoreanLinesOfAnEnglishPageMakeNoMixedLine() {
    let text = """
      The president wrote an essay for the magazine this week, officials said on Monday.

      윤석열 FA 기고문

      광주영어방송(GFN): 열풍 10년

      KBS 뉴스 9 방송 화면

      [THINK ENGLISH] 흔들리는 저가 항공사들

      The essay argues for stronger ties with allies 동맹국 across the region.
      """
    let lines = DocumentAnalyzer().analyze(text, fileName: "crawl/example.com/essay.txt").lines
    #expect(lines[2].language == .ko && lines[4].language == .ko && lines[6].language == .ko)
    #expect(lines[2].fragments.map(\.text) == ["윤석열 FA 기고문"])
    #expect(lines[8].language == .mixed && lines[10].language == .mixed)
  }

  /// A lower-case abbreviation inside a Korean phrase (`트위터(sns)바로가기`) is part of the
  /// Korean run; an English word between Korean words breaks it.
  @Test func anAbbreviationInsideKoreanDoesNotBreakItsRun() {
    let text = """
      The city opened a new English portal for foreign residents this week, officials said.

        • 트위터(sns)바로가기
        • 페이스북(sns)바로가기
      공지(new)사항

      """
    let lines = DocumentAnalyzer().analyze(text, fileName: "crawl/example.go.kr/eng/news/1.txt").lines
    #expect(lines[2].fragments.map(\.text) == ["트위터(sns)바로가기"] && lines[2].language == .ko)
    #expect(lines[3].fragments.map(\.text) == ["페이스북(sns)바로가기"])
    #expect(lines[4].fragments.map(\.text) == ["공지", "사항"])
  }

  /// A list defining the values of a setting: the key in lower case is the value itself,
  /// whatever the length of its explanation, and stays so where the text uses it; a phrase
  /// before a sentence is English left untranslated.
  @Test func definitionsOfLowerCaseKeysKeepTheirKeys() {
    let text = """
      ## 영향도 분류 기준

      - safe: 자동으로 다시 만들어지는 캐시와 로그입니다.
      - dry-run: 실제로 지우지 않고 지울 항목만 보여 줍니다.
      - Keep this in mind: 이 값은 설정 파일에서 바꿀 수 있습니다.
      - the default value: 설정 파일에서 바꿀 수 있습니다.

      safe 항목은 확인 없이 지워지고, dry-run 으로 먼저 볼 수 있습니다. careful 항목은 남습니다.
      """
    let analysis = DocumentAnalyzer().analyze(text, fileName: "docs/ko/cleanup.md")
    #expect(analysis.lines[2].fragments.isEmpty && analysis.lines[3].fragments.isEmpty)
    #expect(analysis.lines[4].fragments.map(\.text) == ["Keep this in mind"])
    #expect(analysis.lines[5].fragments.map(\.text) == ["the default value"])
    // The keys it defines are named as they are elsewhere too; another word is not.
    #expect(analysis.lines[7].fragments.map(\.text) == ["careful"])
  }
}
