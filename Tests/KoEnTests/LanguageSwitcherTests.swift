@testable import KoEn
import TestSupport
import Testing

/// A language switcher is a line of languages' names only; running text is none, whatever
/// names it mentions.
@Suite("Language switcher")
struct LanguageSwitcherTests {
  static func isSwitcher(_ text: String) -> Bool {
    guard let line = SourceLine.split(Array(text.utf8)).first else { return false }
    return LanguageSwitcher.isSwitcher(line)
  }

  @Test(arguments: [
    "English | 简体中文 | <b>한국어</b> | 日本語",
    "[English](README.md) · [한국어](README.ko.md)",
    "Português (Brasil) | English",
    "Italiano (Italian) · Deutsch",
    "**English** / 한국어",
    "English |",
    "[French](../fr/README.md) | [Chinese (Traditional, Hong Kong)](../hk/README.md) | [Burmese (Myanmar)](../my/README.md)",
    "[English](README.md) ● [ภาษาไทย](README_TH.md) ● [Bahasa](README_ID.md)",
    "> 🇺🇸 [English](../glossary.md)",
    "> 🇺🇸 [English Version](/en/glossary.md)",
    "[영어](README.md) | 한국어",
    "한국어 버전 | [English version](README.en.md)",
    "🇺🇸 English | 🇰🇷 한국어 | 🌐 日本語",
    "_언어: [English](CHANGELOG.md) | **한국어** | [日本語](CHANGELOG.ja.md)_",
    "Languages: English, 한국어",
    "Other  LANGUAGES:  English | Deutsch",
    "English (‘UK’), Deutsch",
    "English\t|\tDeutsch",
    "Simplified Chinese | Bahasa Indonesia",
    "/[[file:README.org][English]] | 한국어/",
  ])
  func namesOnly(_ text: String) {
    #expect(Self.isSwitcher(text), "\(text)")
  }

  @Test(arguments: [
    "The English version is below, and the Korean one follows.",
    "A North Korean version of the missile was tested.",
    "서울(연합뉴스) 김철수 기자 = 정부는 오늘 발표했다",
    "Seoul, Korea",
    "English",
    "English (see the notes) and more",
    "Korean Air | Asiana",
    "한국어 | 문서 보기",
    "🇰🇷 Korea wins the final",
    "언어: 이 문서는 한국어로 쓰였습니다",
    "Note: English",
    "Trump’s aide, English teacher",
    "The “English” version: English | Deutsch",
    "English’ | Deutsch",
    "Languages’: English, 한국어",
    "Read it in English | 한국어",
    "Read it in English: ‘한국어’ — 日本語",
    "See [[file:NOTES.org][the notes on English]] | 한국어",
  ])
  func notOnlyNames(_ text: String) {
    #expect(!Self.isSwitcher(text), "\(text)")
  }

  /// A line ruled out by its first word (`SwitcherLineStart`) is one the reading rules out
  /// too: the lines above, and the same behind what the reading skips or passes over before
  /// a first word (tags, link targets, separators, flags), or with a first word the reading
  /// only takes after lower-casing or composing it.
  @Test func firstWordRulesOutOnlyWhatTheReadingDoes() {
    let samples = [
      "English | 简体中文 | <b>한국어</b> | 日本語", "Languages: English, 한국어", "English (‘UK’), Deutsch",
      "Português (Brasil) | English", "Read it in English | 한국어", "Seoul, Korea", "English\t|\tDeutsch",
      "언어: [English](CHANGELOG.md) | **한국어**", "다른 언어: English | 한국어", "번역: English", "한국말, English",
      "\u{212A}orean | English", "Engl<i>ish</i> | Deutsch", "Eng<b>lish", "E<", "\u{1112}\u{1161}\u{11AB}국어 | English",
      "한<b></b>국어 | English", "espan\u{303}ol | English", "LUXEMBOURGISH | English", "luxembourgishes | English",
      "Chinese (Traditional, Hong Kong) | English", "(English) | 한국어", ": English | 한국어", "Friday, April 20, 2018",
      "[[file:README.org][English]] | 한국어", "Other  LANGUAGES:  English | Deutsch", "pt-br | English",
    ]
    let prefixes = ["", "  ", "| ", "<p align=\"center\">", "[x](README.md) ", "🇺🇸 ", "**", "- ", "— ", "、", "<unclosed", "](x", "[["]
    var lines = samples.flatMap { sample in prefixes.map { $0 + sample } }
    let constructed = lines.count
    for file in corpusTextFiles() where file.hasPrefix("Documents/") || file.hasPrefix("Seeds/") {
      guard let text = try? readFile(RepositoryPaths.corpora + "/" + file) else { continue }
      lines.append(contentsOf: text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init))
    }
    var taken = 0
    for text in lines {
      guard let line = SourceLine.split(Array(text.utf8)).first else { continue }
      let read = LanguageSwitcher.readsAsSwitcher(line)
      if read { taken += 1 }
      #expect(!read || SwitcherLineStart.mayStartSwitcher(line), "\(text)")
      #expect(LanguageSwitcher.isSwitcher(line) == read, "\(text)")
    }
    #expect(taken > 50)
    #expect(lines.count - constructed > 20_000, "the corpus's lines are read")
  }

  /// A README in a folder named by a language code is a translation; other short folder
  /// names are parts of the project.
  @Test func readmesInLocaleFolders() {
    #expect(LanguageSwitcher.leadToTranslations(["../fr/README.md", "translations/pt-BR/README.md", "README.ko.md"]))
    #expect(!LanguageSwitcher.leadToTranslations(["ui/README.md"]))
    #expect(!LanguageSwitcher.leadToTranslations(["src/README.md", "../fr/README.md"]))
    // The original README beside its translations; alone it is no switcher.
    #expect(LanguageSwitcher.leadToTranslations(["README.md", "README_ES.md", "README_KR.md"]))
    #expect(!LanguageSwitcher.leadToTranslations(["../README.md"]))
  }

  /// The repository's root or a folder above (`/`, `../..#readme`) is where a forge shows the
  /// original README; a same-page anchor or another folder is not.
  @Test func rootFolderIsTheOriginalReadme() {
    #expect(LanguageSwitcher.leadToTranslations(["/", "/README_RU.md", "/README_CN.md"]))
    #expect(LanguageSwitcher.leadToTranslations(["../..#readme", "../zh-cn/README.md"]))
    #expect(!LanguageSwitcher.leadToTranslations(["#readme", "/README_RU.md"]))
    #expect(!LanguageSwitcher.leadToTranslations(["/docs", "/README_RU.md"]))
    #expect(Self.isSwitcher("[English](../)"))
    #expect(!Self.isSwitcher("[Home](/)"))
    let text = "# 도구\n\n🌏: [English](/) [Русский](/README_RU.md) [中文版](/README_CN.md) [**한국어**](/README_KO.md)\n\n[Home](/) [Docs](/docs/README.md)\n\n이 도구는 문서를 읽습니다.\n"
    let lines = DocumentAnalyzer().analyze(text, format: .markdown).lines
    #expect(lines[2].role == .chrome)
    #expect(lines[4].role == .content)
  }


  /// A reStructuredText switcher of references (`` `English <../README.rst>`__ ``), its
  /// bars escaped: the targets are READMEs in that markup.
  @Test func restructuredTextReferencesToReadmes() {
    #expect(LanguageSwitcher.leadToTranslations(["./README-zh_CN.rst", "../README.rst"]))
    #expect(!LanguageSwitcher.leadToTranslations(["./INSTALL-zh_CN.rst"]))
    let text = "제목\n====\n\n`简体中文 <./README-zh_CN.rst>`__ \\| `English <../README.rst>`__ \\| 한국어\n\n`설치 안내 <./docs/install.rst>`__ 를 읽어 보세요.\n"
    let lines = DocumentAnalyzer().analyze(text, fileName: "README-ko_KR.rst").lines
    #expect(lines[3].role == .chrome)
    #expect(lines[5].role == .content)
  }

  /// A translated contributing guide or code of conduct points to its original as a README
  /// does; another document of the repository is no original.
  @Test func originalsBesidesTheReadme() {
    #expect(LanguageSwitcher.leadToOriginal(["CONTRIBUTING.md"]))
    #expect(LanguageSwitcher.leadToOriginal(["../CODE_OF_CONDUCT.md"]))
    #expect(!LanguageSwitcher.leadToOriginal(["docs/CONTRIBUTING.md"]))
    #expect(!LanguageSwitcher.leadToOriginal(["INSTALL.md"]))
    let text = "# 기여 안내\n\n🌐 **English:** [CONTRIBUTING.md](CONTRIBUTING.md)\n\n이 프로젝트에 기여해 주셔서 감사합니다.\n"
    let lines = DocumentAnalyzer().analyze(text, fileName: "CONTRIBUTING.ko.md").lines
    #expect(lines[2].role == .chrome)
    #expect(lines[4].role == .content)
  }

  /// A README in a locale written as language and region together (`README-PTBR.md`).
  @Test func readmesWithGluedLocales() {
    #expect(LanguageSwitcher.leadToTranslations(["../README.md", "README-PTBR.md", "README-UA.md", "README-zhcn.md"]))
    #expect(!LanguageSwitcher.leadToTranslations(["README-ABCD.md"]))
  }

  /// A long row of links to the README's translations is a switcher though the names are
  /// not all known, and so it stays under a row of the page's own links.
  @Test func longRowOfTranslationsUnderThePagesLinks() {
    let names = ["Українська", "česky", "Magyar", "Suomi", "മലയാളം", "Esperanto", "Tiếng Việt"]
    let row = names.enumerated().map { "[<a href=\"README-\(["UA", "CS", "HU", "FI", "ML", "EO", "VN"][$0.offset]).md\">\($0.element)</a>]" }
      .joined(separator: " | ")
    let text = "# 원격 데스크톱\n\n<p align=\"center\">\n  <a href=\"#빌드\">빌드</a> •\n  <a href=\"#구조\">구조</a> •\n  <a href=\"#도커\">도커</a><br>\n  [<a href=\"../README.md\">English</a>] | \(row)\n</p>\n\n이 프로그램은 원격 데스크톱 소프트웨어입니다. 설정 없이 바로 사용할 수 있습니다.\n"
    let lines = DocumentAnalyzer().analyze(text, format: .markdown).lines
    #expect(lines[6].role == .chrome)
    for k in [3, 4, 5, 9] { #expect(lines[k].role == .content, "line \(k + 1)") }
  }

  /// A reStructuredText switcher: the names on lines of their own (the page's own language
  /// emphasized, after the linked one) and the targets written apart, each named by a
  /// language and leading to a README; a target named otherwise is the text's.
  @Test func restructuredTextSwitcherWithTargetsApart() {
    let text = """
      도구
      ====

      `English`_,
      **한국어**.

      .. _English: README.rst
      .. _설치 안내: docs/install.rst

      소개
      ----

      이 도구는 파일을 변환합니다. 설정은 아래에 있습니다.

      """
    let lines = DocumentAnalyzer().analyze(text, fileName: "README.kr.rst").lines
    for n in [4, 5, 7] { #expect(lines[n - 1].role == .chrome, "line \(n)") }
    for n in [1, 8, 10, 13] { #expect(lines[n - 1].role == .content, "line \(n)") }
  }
}
