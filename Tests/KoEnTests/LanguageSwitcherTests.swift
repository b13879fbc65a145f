@testable import KoEn
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
    "🇺🇸 English | 🇰🇷 한국어 | 🌐 日本語",
    "_언어: [English](CHANGELOG.md) | **한국어** | [日本語](CHANGELOG.ja.md)_",
    "Languages: English, 한국어",
    "Other  LANGUAGES:  English | Deutsch",
    "English (‘UK’), Deutsch",
    "English\t|\tDeutsch",
    "Simplified Chinese | Bahasa Indonesia",
  ])
  func namesOnly(_ text: String) {
    #expect(Self.isSwitcher(text), "\(text)")
  }

  @Test(arguments: [
    "The English version is below, and the Korean one follows.",
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
  ])
  func notOnlyNames(_ text: String) {
    #expect(!Self.isSwitcher(text), "\(text)")
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
}
