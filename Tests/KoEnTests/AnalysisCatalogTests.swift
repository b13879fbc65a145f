import KoEn
import Testing

/// Gettext catalogues and locale tables: only translations are prose, and each entry is
/// checked against its source.
@Suite("Analysis of .po catalogues and locale tables")
struct AnalysisCatalogTests {
  static let po = """
    # Korean translation.
    msgid ""
    msgstr ""
    "Content-Type: text/plain; charset=UTF-8\\n"
    "Language: ko\\n"

    #: src/a.c:10
    msgid "Open the file"
    msgstr "파일 열기"

    msgid "Free:"
    msgstr "Free:"

    msgid "Save all settings"
    msgstr ""

    #, c-format
    msgid "Could not read %s"
    msgstr "%s 파일을 read할 수 없습니다"

    msgctxt "menu"
    msgid "CPU usage"
    msgstr "CPU 사용량"

    msgid "One file"
    msgid_plural "%d files"
    msgstr[0] "파일 %d개"

    msgid "A long message"
    msgstr ""
    "긴 메시지는 여러 줄로 "
    "나뉩니다. Please wait a moment."

    """

  @Test func findingsPerEntry() {
    let analysis = DocumentAnalyzer().analyze(Self.po, format: .gettext)
    #expect(analysis.dominant == .ko)
    let kinds = analysis.catalogFindings.map { "\($0.kind.rawValue)@\($0.entryLine)/\($0.translationLine)" }
    #expect(
      kinds == [
        "identical_to_source@11/12", "empty_translation@14/15", "english_in_translation@18/19",
        "english_in_translation@29/30",
      ])
    #expect(analysis.catalogFindings[0].source == "Free:")
    #expect(analysis.catalogFindings[2].fragments.map(\.text) == ["read"])
    #expect(analysis.catalogFindings[3].fragments.map(\.text) == ["Please wait a moment"])
    #expect(analysis.catalogFindings[3].translation == "긴 메시지는 여러 줄로 나뉩니다. Please wait a moment.")
  }

  @Test func sourcesAndHeaderAreNeverFragments() {
    let analysis = DocumentAnalyzer().analyze(Self.po, format: .gettext)
    for number in [1, 2, 3, 4, 5, 7, 8, 11, 14, 17, 18, 21, 22, 25, 26, 29] {
      let line = analysis.lines[number - 1]
      #expect(line.fragments.isEmpty, "line \(number)")
      #expect(line.role == .content, "line \(number)")
    }
    #expect(analysis.lines[11].role == .untranslated)  // msgstr "Free:"
    #expect(analysis.lines[11].fragments.map(\.text) == ["Free"])
    #expect(analysis.lines[22].role == .content)  // msgstr "CPU 사용량": acronym kept
    #expect(analysis.lines[22].fragments.isEmpty)
  }

  @Test func aLicenceGivenInEnglishIsKeptButOtherEnglishIsNot() {
    let po = """
      msgid ""
      msgstr "Language: ko\\n"

      msgid "Open the file"
      msgstr "파일 열기"

      msgid "License text"
      msgstr ""
      "This program is free software: you can redistribute it and/or modify it\\n"
      "under the terms of the GNU General Public License as published by the\\n"
      "Free Software Foundation, either version 3 of the License, or any later version.\\n"

      msgid "About text"
      msgstr ""
      "This program lets you record the screen and share what you recorded\\n"
      "with the people you work with, in any of the formats they can read.\\n"

      """
    let lines = DocumentAnalyzer().analyze(po, format: .gettext).lines
    for k in 8...10 { #expect(lines[k].role == .content && lines[k].fragments.isEmpty, "line \(k + 1)") }
    #expect(lines[14].role == .untranslated && lines[15].role == .untranslated)
  }

  @Test func formatIsInferredFromName() {
    let analysis = DocumentAnalyzer().analyze(Self.po, fileName: "ko.po")
    #expect(analysis.catalogFindings.count == 4)
  }

  @Test func luaLocaleTable() {
    let lua = """
      local L = E.Libs.ACL:NewLocale('ElvUI', 'koKR')
      -- comment
      L["Auto Deposit"] = true
      L["Backpack"] = "가방"
      L["Line Width:"] = "Line Width:"
      L["Hold %s to open"] = "%s 키를 누른 채로 open"
      L["ElvUI"] = true
      """
    let analysis = DocumentAnalyzer().analyze(lua, fileName: "koKR.lua")
    #expect(analysis.dominant == .ko)
    #expect(analysis.lines[0].fragments.isEmpty && analysis.lines[1].fragments.isEmpty)
    #expect(analysis.lines[2].role == .untranslated)
    #expect(analysis.lines[2].fragments.map(\.text) == ["Auto Deposit"])
    #expect(analysis.lines[3].role == .content && analysis.lines[3].fragments.isEmpty)
    #expect(analysis.lines[4].fragments.map(\.text) == ["Line Width"])
    #expect(analysis.lines[5].fragments.map(\.text) == ["open"])
    #expect(analysis.lines[6].fragments.isEmpty)  // a product name shown as is
    let kinds = analysis.catalogFindings.map(\.kind)
    #expect(kinds == [.identicalToSource, .identicalToSource, .englishInTranslation, .identicalToSource])
  }

  @Test func jsonLikeTable() {
    let json = """
      {
        "save": "저장",
        "open": "파일 열기",
        "cancel": "Cancel",
        "greeting": "{name}님, welcome back"
      }
      """
    let analysis = DocumentAnalyzer().analyze(json, format: .localeTable)
    #expect(analysis.lines[3].fragments.map(\.text) == ["Cancel"])
    #expect(analysis.lines[4].fragments.map(\.text) == ["welcome back"])
    #expect(analysis.lines[1].fragments.isEmpty)
  }

  @Test func propertiesStringsAndYaml() {
    let properties = """
      # SQL editor
      format.compact=Compact \\uC11C\\uC2DD
      format.default = 기본 서식
      format.keywords=\\uD0A4\\uC6CC\\uB4DC \\uB300\\uBB38\\uC790 \\uBCC0\\uD658
      editor.close: Close editor
      """
    let p = DocumentAnalyzer().analyze(properties, fileName: "bundle_ko.properties")
    #expect(p.lines[0].fragments.isEmpty && p.lines[0].role == .content)
    #expect(p.lines[1].fragments.map(\.text) == ["Compact"])
    #expect(p.lines[2].fragments.isEmpty)
    #expect(p.lines[3].fragments.isEmpty)
    #expect(p.lines[4].fragments.map(\.text) == ["Close editor"])
    #expect(p.lines[4].role == .untranslated)
    let strings = "/* Menu */\n\"Open\" = \"열기\";\n\"Save\" = \"Save\";\n\"Quit\" = \"종료\";\n"
    let a = DocumentAnalyzer().analyze(strings, fileName: "Localizable.strings")
    #expect(a.dominant == .ko)
    #expect(a.lines.map(\.role) == [.content, .content, .untranslated, .content])
    #expect(a.catalogFindings.map(\.kind) == [.identicalToSource])
    let yaml = "ko:\n  js:\n    save: \"저장\"\n    cancel: 취소\n    share: Share this topic\n    reply: 이 주제에 답글을 작성합니다\n"
    let y = DocumentAnalyzer().analyze(yaml, fileName: "client.ko.yml")
    #expect(y.lines[0].fragments.isEmpty && y.lines[1].fragments.isEmpty)
    #expect(y.lines[4].fragments.map(\.text) == ["Share this topic"])
  }

  /// A real catalogue: its translation lines are analysed like the gold document made of
  /// its msgstr values (l10n-04), and its one English leftover is reported with its entry.
  @Test func realCatalogueMatchesTheGoldOfItsStrings() throws {
    let path = AnalysisCorpus.folder + "/../Catalogs/jupyter_resource_usage.ko_KR.po"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let analysis = DocumentAnalyzer().analyze(text, fileName: path)
    #expect(analysis.dominant == .ko)
    let textLines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let translations = analysis.lines.filter { textLines[$0.number - 1].hasPrefix("msgstr") }.dropFirst()  // header
    let gold = try AnalysisCorpus.load("l10n-04")
    #expect(translations.count == gold.lines.count)
    for (line, g) in zip(translations, gold.lines) {
      #expect(line.role == g.role, "msgstr line \(line.number)")
      #expect(line.fragments.map(\.text) == g.fragments, "msgstr line \(line.number)")
    }
    #expect(analysis.catalogFindings.map(\.kind) == [.identicalToSource])
    let free = try #require(analysis.catalogFindings.first)
    #expect(free.source == "Free:" && free.entryLine == 198 && free.translationLine == 199)
    #expect(analysis.lines.filter { $0.role == .untranslated }.map(\.number) == [199])
  }
}
