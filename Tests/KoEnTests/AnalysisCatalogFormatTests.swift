@testable import KoEn
import Testing

/// Localization catalogues in their own file formats: only the text an application shows
/// is prose; keys, comments, markup, metadata and source-language lines never are, and a
/// translation left identical to its source is reported with its entry.
@Suite("Analysis of catalogue file formats")
struct AnalysisCatalogFormatTests {
  static let android = """
    <?xml version="1.0" encoding="utf-8"?>
    <!-- Settings screen
         of the app -->
    <resources>
        <string name="save">저장</string>
        <string name="cancel">Cancel</string>
        <string name="app_id" translatable="false">com.example.settings</string>
        <string name="help">도움말을 보려면 아이콘을 누르세요.
            Hold the button to start.</string>
        <plurals name="files">
            <item quantity="other">파일 %d개</item>
        </plurals>
        <string name="greeting">안녕하세요, <xliff:g id="name">%s</xliff:g>님</string>
    </resources>
    """

  static let qt = """
    <?xml version="1.0" encoding="utf-8"?>
    <!DOCTYPE TS>
    <TS version="2.1" language="ko_KR">
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../main.ui" line="14"/>
            <source>Open File</source>
            <translation>파일 열기</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <source>Quit the application</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&lt;b&gt;Save&lt;/b&gt; the file</source>
            <translation>&lt;b&gt;저장&lt;/b&gt; the file</translation>
        </message>
    </context>
    </TS>
    """

  static let xliff = """
    <?xml version="1.0" encoding="UTF-8"?>
    <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
      <file source-language="en" target-language="ko" datatype="plaintext" original="app">
        <body>
          <trans-unit id="welcome" datatype="html">
            <source>Welcome back, <x id="INTERPOLATION"/>!</source>
            <target state="translated">다시 오신 것을 환영합니다, <x id="INTERPOLATION"/>!</target>
            <note priority="1" from="description">Shown on the start page</note>
          </trans-unit>
          <trans-unit id="retry">
            <source>Try again</source>
            <target state="new">Try again</target>
          </trans-unit>
        </body>
      </file>
    </xliff>
    """

  static let resx = """
    <?xml version="1.0" encoding="utf-8"?>
    <root>
      <resheader name="resmimetype">
        <value>text/microsoft-resx</value>
      </resheader>
      <data name="copy_path" xml:space="preserve">
        <value>경로 복사</value>
        <comment>Context menu entry</comment>
      </data>
      <data name="open_folder" xml:space="preserve">
        <value>Open containing folder</value>
      </data>
    </root>
    """

  static let arb = """
    {
      "@@locale": "ko",
      "categoryTitle": "카테고리 관리",
      "categoryCount": "카테고리 {count}개",
      "@categoryCount": {
        "description": "Number of categories shown in the header",
        "placeholders": {
          "count": { "type": "int", "example": "three" }
        }
      },
      "autoMark": "Auto-mark selection"
    }
    """

  static let i18next = """
    {
      "menu": {
        "about": "자세히",
        "check-for-updates": "Check for updates",
        "nested": {
          "deep": "깊은 메뉴"
        }
      },
      "title": "제목"
    }
    """

  static let webExtension = """
    {
      "extName": {
        "message": "스트림 감지기",
        "description": "The name of the extension"
      },
      "notifTitle": {
        "message": "The stream address was copied to the clipboard.",
        "description": "Title of the notification"
      }
    }
    """

  static let yaml = """
    ko:
      # Sign-in
      oauth_login_with: OAuth로 로그인
      oauth_none: "없음"
      oauth_domains_info: |
        Users at these domains are activated automatically.
        다른 사용자는 승인을 기다립니다.
      label_new_provider: New provider
      tips:
        - 길게 눌러 순서를 바꾸세요
        - Tap and hold an item to move it
      abbr_day_names: [일, 월, 화]
      status:
        draft: 초안
      long_notice: 이 값은 두 줄에 걸쳐 있으며
        the second line was left in English.
    """

  static let ini = """
    ; Language file
    [css]
    all_stylesheets="모든 스타일시트"
    create_new_css="새 CSS 만들기"
    [diag]
    old_placeholder="Old placeholder file is in the way"
    last_update="최종 갱신"
    """

  static let tabSeparated = "menu.open\t파일 열기\nmenu.save\t저장\nmenu.quit\tQuit the program\nmenu.help\t도움말\n"

  // MARK: - XML

  @Test func androidStrings() {
    let a = DocumentAnalyzer().analyze(Self.android, fileName: "app/src/main/res/values-ko/strings.xml")
    #expect(a.dominant == .ko)
    for number in [1, 2, 3, 4, 5, 7, 10, 11, 12, 13, 14] {
      #expect(a.lines[number - 1].fragments.isEmpty, "line \(number)")
      #expect(a.lines[number - 1].role == .content, "line \(number)")
    }
    #expect(a.lines[5].role == .untranslated)
    #expect(a.lines[5].fragments.map(\.text) == ["Cancel"])
    #expect(a.lines[8].fragments.map(\.text) == ["Hold the button to start"])
    #expect(a.catalogFindings.map(\.kind) == [.englishInTranslation, .englishInTranslation])
    #expect(a.catalogFindings.map(\.entryLine) == [6, 8])
    #expect(a.catalogFindings[0].source == "cancel" && a.catalogFindings[0].translation == "Cancel")
    #expect(a.catalogFindings[1].translationLine == 8)
  }

  @Test func qtLinguist() {
    let a = DocumentAnalyzer().analyze(Self.qt, fileName: "src/translations/player_ko.ts")
    #expect(a.dominant == .ko)
    // Sources, context names and tags are never English left untranslated.
    for number in [1, 2, 3, 4, 5, 6, 7, 8, 12, 16, 17, 20] {
      #expect(a.lines[number - 1].fragments.isEmpty, "line \(number)")
      #expect(a.lines[number - 1].role == .content, "line \(number)")
    }
    #expect(a.lines[12].role == .untranslated)
    #expect(a.lines[12].fragments.map(\.text) == ["Preferences"])
    // Escaped markup is not text; the English after it is.
    #expect(a.lines[20].fragments.map(\.text) == ["the file"])
    let kinds = a.catalogFindings.map { "\($0.kind.rawValue)@\($0.entryLine)/\($0.translationLine)" }
    #expect(kinds == ["identical_to_source@11/13", "empty_translation@15/17", "english_in_translation@19/21"])
    #expect(a.catalogFindings[0].source == "Preferences")
    #expect(a.catalogFindings[1].source == "Quit the application")
    #expect(a.catalogFindings[2].source == "<b>Save</b> the file")
  }

  @Test func xliffPairsSourceWithTarget() {
    let a = DocumentAnalyzer().analyze(Self.xliff, fileName: "src/locale/messages.ko.xlf")
    #expect(a.dominant == .ko)
    for number in [1, 2, 3, 5, 6, 7, 8, 11] {
      #expect(a.lines[number - 1].fragments.isEmpty, "line \(number)")
    }
    #expect(a.lines[11].role == .untranslated && a.lines[11].fragments.map(\.text) == ["Try again"])
    #expect(a.catalogFindings.map(\.kind) == [.identicalToSource])
    #expect(a.catalogFindings[0].entryLine == 10 && a.catalogFindings[0].translationLine == 12)
  }

  @Test func xliffProposalsAreNotShown() {
    let text = """
      <xliff version="1.2">
        <trans-unit id="save">
          <source>Save the document</source>
          <target>문서 저장</target>
          <alt-trans match-quality="80">
            <source>Save the file</source>
            <target>Save the file</target>
          </alt-trans>
        </trans-unit>
        <trans-unit id="close">
          <source>Close</source>
          <target>Close</target>
        </trans-unit>
      </xliff>
      """
    let a = DocumentAnalyzer().analyze(text, fileName: "messages.ko.xlf")
    #expect(a.dominant == .ko)
    #expect(a.lines[6].fragments.isEmpty && a.lines[6].role == .content)
    // The proposal's source is not the unit's: only the second unit is left identical.
    #expect(a.catalogFindings.map(\.source) == ["Close"])
    #expect(a.catalogFindings.map(\.kind) == [.identicalToSource])
  }

  @Test func resxValuesOnly() {
    let a = DocumentAnalyzer().analyze(Self.resx, fileName: "Properties/Resources.ko.resx")
    #expect(a.dominant == .ko)
    for number in [1, 2, 3, 4, 5, 6, 7, 8, 10] {
      #expect(a.lines[number - 1].fragments.isEmpty, "line \(number)")
    }
    #expect(a.lines[10].role == .untranslated)
    #expect(a.lines[10].fragments.map(\.text) == ["Open containing folder"])
    #expect(a.catalogFindings.map(\.source) == ["open_folder"])
  }

  /// Apple's `.stringsdict`: the `<key>`s name plural categories and format settings; only
  /// the `<string>`s are shown, so an English string among Korean ones is what is left.
  @Test func stringsdictKeysAreStructure() {
    let text = """
      <?xml version="1.0" encoding="UTF-8"?>
      <plist version="1.0">
      <dict>
      \t<key>photos</key>
      \t<dict>
      \t\t<key>NSStringLocalizedFormatKey</key>
      \t\t<string>%#@count@</string>
      \t\t<key>count</key>
      \t\t<dict>
      \t\t\t<key>NSStringFormatSpecTypeKey</key>
      \t\t\t<string>NSStringPluralRuleType</string>
      \t\t\t<key>other</key>
      \t\t\t<string>사진 %d장</string>
      \t\t\t<key>one</key>
      \t\t\t<string>One photo</string>
      \t\t</dict>
      \t</dict>
      </dict>
      </plist>

      """
    #expect(DocumentFormat.infer(fileName: "ko.lproj/Localizable.stringsdict", text: text) == .xmlCatalogue)
    let a = DocumentAnalyzer().analyze(text, fileName: "ko.lproj/Localizable.stringsdict")
    #expect(a.dominant == .ko)
    for (k, line) in a.lines.enumerated() where k != 14 {
      #expect(line.fragments.isEmpty && line.role != .untranslated, "line \(k + 1)")
    }
    #expect(a.lines[14].role == .untranslated && a.lines[14].fragments.map(\.text) == ["One photo"])
  }

  // MARK: - JSON

  @Test func arbMetadataIsNotShown() {
    let a = DocumentAnalyzer().analyze(Self.arb, fileName: "lib/l10n/app_ko.arb")
    #expect(a.dominant == .ko)
    for number in 1...10 {
      #expect(a.lines[number - 1].fragments.isEmpty, "line \(number)")
      #expect(a.lines[number - 1].role == .content, "line \(number)")
    }
    #expect(a.lines[10].fragments.map(\.text) == ["Auto-mark selection"])
    #expect(a.catalogFindings.map(\.source) == ["autoMark"])
  }

  /// Source code named for a locale is a catalogue written as code (Flutter's generated
  /// `app_localizations_ko.dart`): a quoted value after a declaration's `=>` or `=`, on its
  /// line or the next, is shown text; the code around it is not.
  @Test func localizationClassInCode() {
    let text = """
        @override
        String get cameraLabel => '카메라';

        @override
        String get techniqueLabel => 'Manual Control';

        @override
        String get techniqueDescription =>
            'Full manual control of the camera';

        @override
        String stepsCount(int count) {
          final String countString = countNumberFormat.format(count);
          return '$countString 단계';
        }

      """
    #expect(DocumentFormat.infer(fileName: "lib/l10n/app_localizations_ko.dart", text: text) == .localeTable)
    #expect(DocumentFormat.infer(fileName: "lib/src/camera.dart", text: text) != .localeTable)
    let a = DocumentAnalyzer().analyze(text, fileName: "lib/l10n/app_localizations_ko.dart")
    #expect(a.dominant == .ko)
    #expect(a.lines[1].role == .content && a.lines[1].fragments.isEmpty)
    #expect(a.lines[4].role == .untranslated && a.lines[4].fragments.map(\.text) == ["Manual Control"])
    #expect(a.lines[7].role == .content && a.lines[7].fragments.isEmpty)
    #expect(a.lines[8].fragments.map(\.text) == ["Full manual control of the camera"])
    #expect(a.lines[12].role == .content && a.lines[12].fragments.isEmpty)
    #expect(a.catalogFindings.map(\.source) == ["techniqueLabel", "techniqueDescription"])
  }

  /// JSON has no comments, so catalogues write them as keys (`"_comment"`): notes for the
  /// translator, never shown text.
  @Test func commentKeysOfJSONAreNotShown() {
    let text = """
      {
        "_comment": "Recipe Categories",
        "recipes.title": "레시피",
        "__comment_2": "Debug (do not translate)",
        "//": "Key Names",
        "key.shift": "Shift 키",
        "recipes.empty": "No recipes"
      }

      """
    let a = DocumentAnalyzer().analyze(text, fileName: "assets/lang/ko_kr.json")
    #expect(a.dominant == .ko)
    for n in [2, 4, 5] { #expect(a.lines[n - 1].role == .content && a.lines[n - 1].fragments.isEmpty, "line \(n)") }
    #expect(a.lines[6].role == .untranslated && a.lines[6].fragments.map(\.text) == ["No recipes"])
  }

  @Test func nestedJSON() {
    let a = DocumentAnalyzer().analyze(Self.i18next, fileName: "locales/ko/translation.json")
    #expect(a.lines[3].fragments.map(\.text) == ["Check for updates"])
    #expect(a.lines[3].role == .untranslated)
    for number in [1, 2, 3, 5, 6, 7, 8, 9, 10] { #expect(a.lines[number - 1].fragments.isEmpty, "line \(number)") }
    #expect(a.catalogFindings.map(\.source) == ["check-for-updates"])
  }

  @Test func webExtensionMessagesShowOnlyMessages() {
    let a = DocumentAnalyzer().analyze(Self.webExtension, fileName: "_locales/ko/messages.json")
    #expect(a.dominant == .ko)
    // Descriptions are for translators, not shown.
    #expect(a.lines[3].fragments.isEmpty && a.lines[3].role == .content)
    #expect(a.lines[7].fragments.isEmpty && a.lines[7].role == .content)
    #expect(a.lines[6].fragments.map(\.text) == ["The stream address was copied to the clipboard"])
    #expect(a.catalogFindings.map(\.source) == ["message"])
  }

  // MARK: - Tables

  @Test func nestedYamlWithBlocksAndLists() {
    let a = DocumentAnalyzer().analyze(Self.yaml, fileName: "config/locales/ko.yml")
    #expect(a.dominant == .ko)
    for number in [1, 2, 3, 4, 5, 7, 9, 10, 12, 13, 14] {
      #expect(a.lines[number - 1].fragments.isEmpty, "line \(number)")
    }
    #expect(a.lines[5].fragments.map(\.text) == ["Users at these domains are activated automatically"])
    #expect(a.lines[5].role == .untranslated)
    #expect(a.lines[7].fragments.map(\.text) == ["New provider"])
    #expect(a.lines[10].fragments.map(\.text) == ["Tap and hold an item to move it"])
    #expect(a.lines[15].fragments.map(\.text) == ["the second line was left in English"])
    #expect(a.catalogFindings.last?.source == "long_notice" && a.catalogFindings.last?.entryLine == 16)
    // The block is one entry over its lines.
    let block = a.catalogFindings.first { $0.source == "oauth_domains_info" }
    #expect(block?.entryLine == 5 && block?.translationLine == 6)
    #expect(block?.translation == "Users at these domains are activated automatically.\n다른 사용자는 승인을 기다립니다.")
  }

  /// A game's language file: keys and quoted values set apart by spaces alone, with comments
  /// before and after; the file is a locale table by its shape, whatever its name.
  @Test func keysAndQuotedValuesSetApartBySpaces() {
    let text = """
      // Main Menu
      MAINMENU_PLAY               "게임 시작"
      MAINMENU_QUIT               "Quit" // -- FIXME --
      HUD_SCORE                   "점수" // abbreviated

      // Source-engine style: quoted keys
      "Menu_Options"              "설정"
      "Menu_Credits"              "Credits"

      """
    #expect(DocumentFormat.infer(fileName: "languages/korean.lng", text: text) == .localeTable)
    #expect(DocumentFormat.infer(text: "Run \"make\" first.\nThen run \"make install\".\n") == .plainText)
    let a = DocumentAnalyzer().analyze(text, fileName: "languages/korean.lng")
    #expect(a.dominant == .ko)
    #expect(a.lines.map(\.role) == [.content, .content, .untranslated, .content, .blank, .content, .content, .untranslated])
    #expect(a.lines[2].fragments.map(\.text) == ["Quit"])
    #expect(a.lines[7].fragments.map(\.text) == ["Credits"])
    #expect(a.catalogFindings.map(\.source) == ["MAINMENU_QUIT", "Menu_Credits"])
  }

  /// An NSIS installer's language file: `;` comments, and the quoted value of each
  /// `LangString name ${LANG_…} "…"` shown.
  @Test func nsisLanguageStrings() {
    let text = """
      ; Installation options page
      LangString create_desktop_shortcut ${LANG_KOREAN} "바탕 화면 바로 가기 만들기"
      LangString update_path ${LANG_KOREAN} 'PATH에 폴더 추가'
      LangString choose_folder ${LANG_KOREAN} "Choose the install folder"  ; $R1 = x64 or ARM64

      """
    #expect(DocumentFormat.infer(fileName: "build/conf/nsis/idea_ko.nsi", text: text) == .localeTable)
    let a = DocumentAnalyzer().analyze(text, fileName: "build/conf/nsis/idea_ko.nsi")
    #expect(a.dominant == .ko)
    #expect(a.lines.prefix(3).allSatisfy { $0.role == .content && $0.fragments.isEmpty })
    #expect(a.lines[3].role == .untranslated && a.lines[3].fragments.map(\.text) == ["Choose the install folder"])
    #expect(a.catalogFindings.map(\.source) == ["choose_folder"])
  }

  @Test func iniSectionsAndComments() {
    let a = DocumentAnalyzer().analyze(Self.ini, fileName: "lang/ko.ini")
    #expect(a.dominant == .ko)
    for number in [1, 2, 3, 4, 5, 7] {
      #expect(a.lines[number - 1].fragments.isEmpty && a.lines[number - 1].role == .content, "line \(number)")
    }
    #expect(a.lines[5].fragments.map(\.text) == ["Old placeholder file is in the way"])
    #expect(a.catalogFindings.map(\.source) == ["old_placeholder"])
  }

  @Test func tabSeparatedList() {
    let a = DocumentAnalyzer().analyze(Self.tabSeparated, fileName: "translations/ko.txt")
    #expect(a.lines.map(\.role) == [.content, .content, .untranslated, .content])
    #expect(a.lines[2].fragments.map(\.text) == ["Quit the program"])
    #expect(a.lines[0].fragments.isEmpty)
  }

  @Test func propertiesContinuation() {
    let text = "menu.open=파일 열기\nmenu.help=도움말을 보려면 \\\n    press the help key\nmenu.quit=종료\n"
    let a = DocumentAnalyzer().analyze(text, fileName: "messages_ko.properties")
    #expect(a.lines[1].fragments.isEmpty)
    #expect(a.lines[2].fragments.map(\.text) == ["press the help key"])
    #expect(a.catalogFindings.first?.translation == "도움말을 보려면 press the help key")
    #expect(a.catalogFindings.first?.entryLine == 2)
  }

  /// Laravel and other PHP language files return an array of `'key' => 'value'` entries,
  /// nested under group keys.
  @Test func phpArrayWithArrows() {
    let text = """
      <?php

      return [
          'auth' => [
              'failed'   => '입력한 정보와 일치하는 계정이 없습니다.',
              'throttle' => 'Too many login attempts.',
          ],
          'welcome' => "환영합니다, :name님",
      ];
      """
    #expect(DocumentFormat.infer(fileName: "lang/ko/auth.php", text: text) == .localeTable)
    let a = DocumentAnalyzer().analyze(text, fileName: "lang/ko/auth.php")
    #expect(a.dominant == .ko)
    #expect(a.lines.map(\.language) == [.en, .none, .en, .en, .ko, .en, .none, .ko, .none])
    #expect(a.lines[5].role == .untranslated)
    #expect(a.lines[5].fragments.map(\.text) == ["Too many login attempts"])
    #expect(a.lines.enumerated().allSatisfy { $0.offset == 5 || $0.element.fragments.isEmpty })
  }

  /// A licence header in line comments is chrome from its first line, which speaks the
  /// licence's words before naming it; a blank line ends it, and the section comment after it
  /// is the file's.
  @Test func lineCommentLicenceHeaderEndsAtABlankLine() {
    let text = """
      # This Source Code Form is subject to the terms of the Example Public
      # License, v. 2.0. If a copy of the licence was not distributed with this
      # file, you can obtain one at https://example.org/license/2.0/.

      ## Main toolbar buttons (tooltips and alt text for images)

      viewer-previous-button =
          .title = 이전 페이지
      viewer-next-button =
          .title = Next Page

      """
    let a = DocumentAnalyzer().analyze(text, fileName: "l10n/ko/viewer.ftl")
    #expect(a.dominant == .ko)
    #expect((0...2).map { a.lines[$0].role } == [.chrome, .chrome, .chrome])
    #expect(a.lines[4].role == .content)
    #expect(a.lines[9].role == .untranslated)
  }

  /// A boxed comment at the head of a PHP catalogue: its title is the file's, the notice
  /// from the copyright line to the comment's end is chrome, and the box's lines do not keep
  /// the file from reading as a table.
  @Test func boxedHeadCommentOfAPHPCatalogue() {
    let text = """
      <?php

      /*
       +--------------------------------------------------+
       | Localization file of the Example Mail client     |
       |                                                  |
       | Copyright (C) The Example Mail Team              |
       | Licensed under the GNU GPL version 3 or later.   |
       +--------------------------------------------------+
      */

      $labels = [];
      $labels['welcome'] = '환영합니다';
      $labels['username'] = '사용자 이름';
      $labels['password'] = 'Password';
      """
    #expect(DocumentFormat.infer(fileName: "localization/ko_KR/labels.inc", text: text) == .localeTable)
    let a = DocumentAnalyzer().analyze(text, fileName: "localization/ko_KR/labels.inc")
    #expect(a.dominant == .ko)
    #expect(a.lines[4].role == .content && a.lines[4].fragments.isEmpty)
    #expect((6...9).allSatisfy { a.lines[$0].role == .chrome })
    #expect(a.lines[11].role == .content && a.lines[11].fragments.isEmpty)
    #expect(a.lines[14].role == .untranslated && a.lines[14].fragments.map(\.text) == ["Password"])
  }

  /// A copyright notice given as a translation is kept as its holder wrote it, as a licence
  /// is: no English left untranslated; an English message beside it is.
  @Test func copyrightNoticeTranslationIsKept() {
    let text = """
      <?xml version="1.0" encoding="utf-8"?>
      <TS version="2.1" language="ko_KR">
      <context>
          <name>AboutDialog</name>
          <message>
              <source>Copyright © %1.</source>
              <translation>Copyright © %1.</translation>
          </message>
          <message>
              <source>Open the project</source>
              <translation>프로젝트 열기</translation>
          </message>
          <message>
              <source>Close the project</source>
              <translation>Close the project</translation>
          </message>
      </context>
      </TS>
      """
    let a = DocumentAnalyzer().analyze(text, fileName: "data/locale/ko.ts")
    #expect(a.dominant == .ko)
    #expect(a.lines[6].role == .content && a.lines[6].fragments.isEmpty)
    #expect(a.lines[14].role == .untranslated)
  }

  /// A head comment a tool stamped (`Generated by …`) is the tool's whole, title and fields
  /// included; a licence comment that names the translation platform keeps its title.
  @Test func stampedHeadCommentIsTakenWhole() {
    let stamped = """
      <!--
       * Apple Stringsdict File
       * Generated by a strings tool 1.0
       * Language: ko -->
      <?xml version="1.0" encoding="UTF-8"?>
      <plist version="1.0">
      <dict>
        <key>files</key>
        <string>파일 %d개</string>
      </dict>
      </plist>
      """
    let a = DocumentAnalyzer().analyze(stamped, fileName: "App/ko.lproj/Localizable.stringsdict")
    #expect(a.dominant == .ko)
    #expect((0...3).allSatisfy { a.lines[$0].role == .chrome })
    #expect((4...10).allSatisfy { a.lines[$0].role == .content })
    let licensed = """
      <!--
        Strings of the Example app
        Copyright (C) The Example Team
        Generated by crowdin.com
      -->
      <resources>
        <string name="open">열기</string>
      </resources>
      """
    let b = DocumentAnalyzer().analyze(licensed, fileName: "res/values-ko/strings.xml")
    #expect(b.lines[1].role == .content)
    #expect((2...3).allSatisfy { b.lines[$0].role == .chrome })
    #expect(b.lines[6].role == .content)
  }

  /// A stamped comment never closed is no comment taken whole: the values after the stamp
  /// are judged as they are.
  @Test func unclosedStampedCommentTakesNothing() {
    let values = (1...300).map { "  <string name=\"s\($0)\">값 \($0)</string>" }.joined(separator: "\n")
    let text = "<!--\n Generated by a strings tool\n" + values + "\n"
    let a = DocumentAnalyzer().analyze(text, fileName: "res/values-ko/strings.xml")
    #expect(a.lines[1].role == .chrome)
    #expect(a.lines[2...].allSatisfy { $0.role != .chrome })
  }

  @Test func listKeyedBySourceText() {
    let text = "Open File = 파일 열기\nSave As... = 다른 이름으로 저장\nQuit the program = Quit the program\nShow hidden files = 숨김 파일 보기\n"
    #expect(DocumentFormat.infer(fileName: "lang/ko.txt", text: text) == .localeTable)
    let a = DocumentAnalyzer().analyze(text, fileName: "lang/ko.txt")
    #expect(a.dominant == .ko)
    #expect(a.lines.map(\.role) == [.content, .content, .untranslated, .content])
    #expect(a.lines[0].fragments.isEmpty && a.lines[3].fragments.isEmpty)
    #expect(a.catalogFindings.map(\.kind) == [.identicalToSource])
    #expect(a.catalogFindings.first?.source == "Quit the program")
    // Code is not a source text.
    #expect(!CatalogLayout.isSourceTextKey("local L".unicodeScalars))
    #expect(!CatalogLayout.isSourceTextKey("if GetLocale() ~".unicodeScalars))
  }

  @Test func listKeyedBySourceTextWithTabs() {
    let text = "// 한국어 번역\nparent directory\t상위 디렉터리\ntotal size\t전체 크기\nsort by\tsort by\nboth\t\t모두\n"
    #expect(DocumentFormat.infer(fileName: "languages/ko.txt", text: text) == .localeTable)
    let a = DocumentAnalyzer().analyze(text, fileName: "languages/ko.txt")
    #expect(a.dominant == .ko)
    #expect(a.lines.map(\.role) == [.content, .content, .content, .untranslated, .content])
    // The English keys are the source, never fragments; the value left in English is.
    #expect(a.lines[1].fragments.isEmpty && a.lines[2].fragments.isEmpty && a.lines[4].fragments.isEmpty)
    #expect(a.lines[3].fragments.map(\.text) == ["sort by"])
  }

  @Test func messageIdsWithBarsAndMenuSyntax() {
    let text = "e01-000|파일(&F)\ne01-010|새로 만들기(&N)\\tCtrl+N\ne02-043|&Remove lane z&ooms in selection\\tShift+Delete\ne04-037|Horizontal lane movement\\tC\n"
    #expect(DocumentFormat.infer(fileName: "lang/Korean.txt", text: text) == .localeTable)
    let a = DocumentAnalyzer().analyze(text, fileName: "lang/Korean.txt")
    #expect(a.dominant == .ko)
    #expect(a.lines.map(\.role) == [.content, .content, .untranslated, .untranslated])
    // The id is the key; a mnemonic marker and the shortcut after `\t` are not text.
    #expect(a.lines[0].fragments.isEmpty && a.lines[1].fragments.isEmpty)
    #expect(a.lines[2].fragments.map(\.text) == ["Remove lane z&ooms in selection"])
    #expect(a.lines[3].fragments.map(\.text) == ["Horizontal lane movement"])
    // A navigation row is not a table of ids.
    #expect(DocumentFormat.infer(text: "Home|News|Sports\nWorld|Business|Tech\nAbout|Contact|Help\n") == .plainText)
  }

  @Test func sourceTextBesideTheTranslationIsNotShown() {
    let text = "[setting.editor.name]\noriginal=Editor\ntranslation=편집기\n\n[setting.editor.spellcheck]\noriginal=Spellcheck languages\ntranslation=Spellcheck languages\n"
    let a = DocumentAnalyzer().analyze(text, fileName: "translations/ko.txt")
    #expect(a.dominant == .ko)
    #expect(a.lines[1].role == .content && a.lines[1].fragments.isEmpty)
    #expect(a.lines[5].role == .content && a.lines[5].fragments.isEmpty)
    #expect(a.lines[6].role == .untranslated)
    #expect(a.lines[6].fragments.map(\.text) == ["Spellcheck languages"])
    let json = "{\n  \"save\": {\"english\": \"Save\", \"korean\": \"저장\"},\n  \"quit\": {\"english\": \"Quit\", \"korean\": \"Quit\"}\n}\n"
    let b = DocumentAnalyzer().analyze(json, fileName: "i18n/ko.json")
    #expect(b.lines[1].fragments.isEmpty)
    #expect(b.lines[2].fragments.map(\.text) == ["Quit"])
  }

  @Test func quotedTextEndingInAnEscape() {
    // A line whose quoted text ends in a backslash: the escape has nothing after it.
    let text = "ok = 확인\ncancel = 취소\n\"unclosed \\\nquit = 종료\n"
    let a = DocumentAnalyzer().analyze(text, fileName: "lang/ko.ini")
    #expect(a.lines.count == 4)
    #expect(a.lines[3].role == .content && a.lines[3].language == .ko)
  }

  @Test func bracketedKeysBeforeTheirText() {
    let text = "[menu_open] 파일 열기\n[menu_quit] 종료\n[change_language] Change Language\n[sdp_currency] SDP\n"
    #expect(DocumentFormat.infer(fileName: "lang/ko.txt", text: text) == .localeTable)
    let a = DocumentAnalyzer().analyze(text, fileName: "lang/ko.txt")
    #expect(a.dominant == .ko)
    #expect(a.lines.map(\.role) == [.content, .content, .untranslated, .content])
    // The key in brackets is code; only the text after it is shown.
    #expect(a.lines[2].fragments.map(\.text) == ["Change Language"])
    #expect(a.catalogFindings.map(\.source) == ["change_language"])
  }

  @Test func bracketedSourceTextAboveItsTranslation() {
    let text = "[Add proposal]\n제안 추가\n---\n[Could not submit your vote.]\n투표를 제출할 수 없습니다.\n---\n[Quorum]\nQuorum\n---\n"
    #expect(DocumentFormat.infer(fileName: "locales/ko.txt", text: text) == .localeTable)
    let a = DocumentAnalyzer().analyze(text, fileName: "locales/ko.txt")
    #expect(a.dominant == .ko)
    // The bracketed source texts are not shown; the value left as its source is.
    #expect(a.lines.map(\.role) == [.content, .content, .content, .content, .content, .content, .content, .untranslated, .content])
    #expect(a.lines.enumerated().allSatisfy { $0.offset == 7 || $0.element.fragments.isEmpty })
    #expect(a.lines[7].fragments.map(\.text) == ["Quorum"])
    #expect(a.catalogFindings.map(\.source) == ["Quorum"])
    // A checklist and a reference list are no catalogues.
    #expect(DocumentFormat.infer(fileName: "notes.txt", text: "[x] Check the logs after restart\n[ ] Update the guide\n[x] Tag the release\n") == .plainText)
    #expect(DocumentFormat.infer(fileName: "refs.txt", text: "[1] Kim, J. Korean studies, 2021.\n[2] Lee, S. Hangul, 2019.\n[3] Park, M. Seoul, 2020.\n") == .plainText)
    // An INI section above `key=value` entries keeps them entries.
    let ini = "[editor]\noriginal=Editor\ntranslation=편집기\n"
    #expect(DocumentAnalyzer().analyze(ini, fileName: "translations/ko.txt").lines[1].fragments.isEmpty)
  }

  /// A JavaScript locale module whose formatter broke a long entry after its key: the quoted
  /// string alone on the next line is that key's value.
  @Test func valuesBelowTheirKeys() {
    let text = """
      export default {
          SAVE: "저장",
          GITHUB_ISSUES:
              'Raise an issue <a href="${issues_url}">here</a> if you have a bug report.',
          GITHUB_DISCUSSIONS:
              "토론 게시판에서 질문하세요.",
          settings: {
              title: "설정",
          },
      };
      """
    let a = DocumentAnalyzer().analyze(text, fileName: "src/lang/locale/ko.ts")
    #expect(a.dominant == .ko)
    #expect(a.lines[3].role == .untranslated)
    #expect(a.lines[3].fragments.first?.text == "Raise an issue")
    #expect(a.lines[5].role == .content && a.lines[5].fragments.isEmpty)
    // A key above a nested table is no value's key.
    #expect(a.lines[7].role == .content && a.lines[8].role == .content)
  }

  @Test func webExtensionExcerptWithoutItsOpeningBrace() {
    let excerpt = """
          "sign_in": {
              "message": "로그인",
              "description": "Sign in to third-party storage services"
          },
          "sign_out": {
              "message": "Sign out",
              "description": "Sign out of third-party storage services"
          },
      """
    let a = DocumentAnalyzer().analyze(excerpt, fileName: "_locales/ko/messages.json")
    #expect(a.dominant == .ko)
    #expect(a.lines[2].fragments.isEmpty && a.lines[2].role == .content)
    #expect(a.lines[6].fragments.isEmpty && a.lines[6].role == .content)
    #expect(a.lines[5].fragments.map(\.text) == ["Sign out"])
    // In a flat catalogue a key named `description` is a shown string like any other.
    let flat = "{\n  \"message\": \"메시지\",\n  \"description\": \"Description of the item\"\n}\n"
    let b = DocumentAnalyzer().analyze(flat, fileName: "locales/ko/translation.json")
    #expect(b.lines[2].fragments.map(\.text) == ["Description of the item"])
  }

  /// WebExtension messages written as YAML: once a nested `message:` shows the shape, the
  /// `description:` beside it is a note for the translator, not an English value.
  @Test func webExtensionMessagesAsYAML() {
    let text = """
      buttonSave:
        message: 저장
        description: Button to save the current file.
      buttonClose:
        description: Button to close the window.
        message: Close
      """
    let a = DocumentAnalyzer().analyze(text, fileName: "src/_locales/ko/messages.yml")
    #expect(a.dominant == .ko)
    #expect(a.lines[2].role == .content && a.lines[2].fragments.isEmpty)
    #expect(a.lines[4].role == .content && a.lines[4].fragments.isEmpty)
    #expect(a.lines[5].role == .untranslated && a.lines[5].fragments.map(\.text) == ["Close"])
    // At the top of a table, `description` is a key like any other.
    let flat = "message: 메시지\ndescription: Description of the item\n"
    let b = DocumentAnalyzer().analyze(flat, fileName: "config/locales/ko.yml")
    #expect(b.lines[1].fragments.map(\.text) == ["Description of the item"])
  }

  @Test func unclosedElementIsHandedOutInParts() {
    let body = String(repeating: "Press the button to continue.\n", count: 2500)
    let text = "<resources>\n<string name=\"help\">" + body
    var options = AnalysisOptions()
    options.dominant = .ko
    let a = DocumentAnalyzer(options: options).analyze(text, format: .xmlCatalogue)
    #expect(a.lines.count == 2501)
    #expect(a.lines[2000].fragments.map(\.text) == ["Press the button to continue"])
    let findings = a.catalogFindings.filter { $0.kind == .englishInTranslation }
    #expect(findings.count == 3)
    #expect(findings.map(\.entryLine) == [2, 1026, 2050])
  }

  // MARK: - CSV

  /// An engine's string table export: the header names the columns; rows whose
  /// `Translated` cell is empty are empty translations, not English left in.
  static let csv = #"""
    Source Location,Namespace,Key,Original,Translated
    /Game/Items/Axe.Axe.Name,,1F3A,Fire axe,소방 도끼
    /Game/Items/Axe.Axe.Description,,2B4C,"A heavy axe, for doors.","무거운 도끼, 문을 부술 때 쓴다."
    /Game/Items/Rope.Rope.Name,,3C5D,Rope,
    /Game/Items/Rope.Rope.Description,,4D6E,Ties things together.,Ties things together.
    /Game/Items/Map.Map.Description,,5E7F,"Shows the ""old"" roads
    of the county.","""옛"" 길을 보여 준다.
    Press M to open it."
    /Game/UI/Quit,,6F80,Quit the game,게임 종료 (Quit)
    """#

  @Test func csvTableByItsHeader() {
    let a = DocumentAnalyzer().analyze(Self.csv, fileName: "Content/Localization/Game/ko/Game.csv")
    #expect(a.format == .csvCatalogue)
    #expect(a.dominant == .ko)
    // The header, keys, asset paths and source texts are never English left untranslated.
    for number in [1, 2, 3, 4, 6, 7, 9] {
      #expect(a.lines[number - 1].role == .content, "line \(number)")
      #expect(a.lines[number - 1].fragments.isEmpty, "line \(number)")
    }
    #expect(a.lines[4].role == .untranslated)
    #expect(a.lines[4].fragments.map(\.text) == ["Ties things together"])
    // A quoted cell over two lines: its second line is the translation's, English left in.
    #expect(a.lines[7].fragments.map(\.text) == ["Press M to open it"])
    let kinds = a.catalogFindings.map { "\($0.kind.rawValue)@\($0.entryLine)/\($0.translationLine)" }
    #expect(kinds == ["empty_translation@4/4", "identical_to_source@5/5", "english_in_translation@6/7"])
    #expect(a.catalogFindings[0].source == "Rope")
    #expect(a.catalogFindings[2].translation == "\"옛\" 길을 보여 준다.\nPress M to open it.")
  }

  /// Without a header naming the columns, the last cell is the translation and the first
  /// the key; a semicolon-separated export reads the same.
  @Test func csvWithoutHeaderShowsTheLastCell() {
    let text = "menu.open;Open;열기\nmenu.save;Save;Save\nmenu.quit;Quit;종료\n"
    let a = DocumentAnalyzer().analyze(text, fileName: "i18n/ko.csv")
    #expect(a.dominant == .ko)
    #expect(a.lines.map(\.role) == [.content, .untranslated, .content])
    #expect(a.lines[1].fragments.map(\.text) == ["Save"])
    #expect(a.catalogFindings.map(\.kind) == [.englishInTranslation])
    #expect(a.catalogFindings[0].source == "menu.save")
  }

  @Test func csvColumnsNamedByLanguage() {
    #expect(CSVColumns(header: ["key", "en", "ko"]) == CSVColumns(shown: 2, source: 1))
    #expect(CSVColumns(header: ["id", "English", "Korean", "notes"]) == CSVColumns(shown: 2, source: 1))
    #expect(CSVColumns(header: ["key", "value"]) == CSVColumns(shown: 1, source: nil))
    #expect(CSVColumns(header: ["Context", "Source", "Text KO", "Comment"]) == CSVColumns(shown: 2, source: 1))
    #expect(CSVColumns(header: ["menu.open", "열기"]) == nil)
  }

  // MARK: - Inference and streaming

  @Test func formatsInferredFromNames() {
    #expect(DocumentFormat.infer(fileName: "values-ko/strings.xml", text: Self.android) == .xmlCatalogue)
    #expect(DocumentFormat.infer(fileName: "player_ko.ts", text: Self.qt) == .xmlCatalogue)
    #expect(DocumentFormat.infer(fileName: "src/app.ts", text: "export const a = 1;\n") != .xmlCatalogue)
    #expect(DocumentFormat.infer(fileName: "messages.ko.xlf", text: "") == .xmlCatalogue)
    #expect(DocumentFormat.infer(fileName: "Resources.ko.resx", text: "") == .xmlCatalogue)
    #expect(DocumentFormat.infer(fileName: "app_ko.arb", text: "") == .jsonCatalogue)
    #expect(DocumentFormat.infer(fileName: "ko.json", text: "") == .jsonCatalogue)
    #expect(DocumentFormat.infer(fileName: "lang/ko.ini", text: "") == .localeTable)
    #expect(DocumentFormat.infer(fileName: "ko_KR.lang", text: "") == .localeTable)
    #expect(DocumentFormat.infer(fileName: "Localization/Game/ko/Game.csv", text: "") == .csvCatalogue)
  }

  /// Files written with CRLF line ends are read by their lines as LF files are (`\r\n` is
  /// one Swift `Character`, so the lines must be found in the bytes).
  @Test func formatsInferredFromCRLFFiles() {
    func crlf(_ text: String) -> String { text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n") }
    #expect(DocumentFormat.infer(fileName: "player_ko.ts", text: crlf(Self.qt)) == .xmlCatalogue)
    #expect(DocumentFormat.infer(fileName: "values-ko/strings.xml", text: crlf(Self.android)) == .xmlCatalogue)
    #expect(DocumentFormat.infer(text: crlf("# 제목\n\n본문입니다.\n\n```sh\nmake\n```\n")) == .markdown)
    #expect(DocumentFormat.infer(text: crlf("title = 제목\nsave = 저장\ncancel = 취소\n")) == .localeTable)
  }

  @Test func formatsInferredFromShape() {
    #expect(DocumentFormat.infer(fileName: "translations/ko.txt", text: Self.android) == .xmlCatalogue)
    #expect(DocumentFormat.infer(fileName: "translations/ko.txt", text: Self.xliff) == .xmlCatalogue)
    #expect(DocumentFormat.infer(fileName: "translations/ko.txt", text: Self.webExtension) == .jsonCatalogue)
    #expect(DocumentFormat.infer(fileName: "translations/ko.txt", text: Self.tabSeparated) == .localeTable)
    #expect(DocumentFormat.infer(fileName: "lang/ko.txt", text: Self.ini) == .localeTable)
    #expect(DocumentFormat.infer(text: Self.yaml) == .localeTable)
    #expect(DocumentFormat.infer(text: "ok = 확인\ncancel = 취소\nquit = Quit\n") == .localeTable)
    // Messages that start with a code, and prose with a colon, are not tables.
    #expect(DocumentFormat.infer(text: "E820: 크기가 다릅니다\nE821: 파일이 없습니다\nE822: 읽을 수 없습니다\n") == .plainText)
    #expect(DocumentFormat.infer(text: "Note: this is prose.\nIt goes on here.\nAnd here.\n") == .plainText)
  }

  /// A language file whose keys are padded to a column, the text right after the colon
  /// (`STR_QUIT          :종료`), with `##` directives, `#` comments and a GNU licence
  /// notice opening with `This file is part of …`: a locale table whose notice is chrome
  /// and whose comments are not untranslated.
  @Test func paddedKeysBeforeAColon() {
    let text = """
      ##name Korean
      ##plural 11

      # This file is part of the game.
      # The game is free software; you can redistribute it under the terms of the GNU General Public License.

      # Menu strings
      STR_NULL                      :
      STR_MENU_QUIT                 :게임 종료
      STR_MENU_SAVE                 :{G=m}저장하기
      STR_MENU_LOAD                 :Load game

      """
    #expect(DocumentFormat.infer(fileName: "src/lang/korean.txt", text: text) == .localeTable)
    let lines = DocumentAnalyzer().analyze(text, fileName: "src/lang/korean.txt").lines
    #expect(lines[3].role == .chrome && lines[4].role == .chrome)
    for k in [0, 1, 6, 7, 8, 9] { #expect(lines[k].role == .content && lines[k].fragments.isEmpty, "line \(k + 1)") }
    #expect(lines[10].role == .untranslated && lines[10].fragments.map(\.text) == ["Load game"])
  }

  /// A Fluent message whose value starts on the lines under `key =`: those indented lines
  /// are its value, whatever they look like (`Options:`), up to an attribute or the next
  /// message; the key line is structure.
  @Test func fluentValuesOnTheLinesUnderTheirKey() {
    let text = """
      license = 라이선스
      options =
          옵션:
              -c        명령을 실행하고 끝냅니다
              --help    Display this help message and exit
      about = 정보
          .title = 이 프로그램에 대하여

      """
    #expect(DocumentFormat.infer(fileName: "i18n/ko.ftl", text: text) == .localeTable)
    let lines = DocumentAnalyzer().analyze(text, fileName: "i18n/ko.ftl").lines
    for k in [0, 1, 2, 3, 5, 6] { #expect(lines[k].role == .content && lines[k].fragments.isEmpty, "line \(k + 1)") }
    #expect(lines[4].role == .untranslated && lines[4].fragments.map(\.text) == ["Display this help message and exit"])
  }

  /// A head comment that says who or what made the translation (a generator's stamp, a
  /// translator's credit, a machine-translation note) is a notice about the translation:
  /// chrome on its own line; the file's title comment is the file's, and so is a comment
  /// after the first entry.
  @Test func translationMakerCommentsAtTheHeadAreChrome() {
    let xml = """
      <?xml version="1.0" encoding="utf-8"?>
      <!--Generated by crowdin.com-->
      <resources>
          <string name="open">열기</string>
          <!-- Translated by a volunteer -->
          <string name="close">닫기</string>
      </resources>

      """
    let a = DocumentAnalyzer().analyze(xml, fileName: "res/values-ko/strings.xml")
    #expect(a.lines.map(\.role) == [.content, .chrome, .content, .content, .content, .content, .content])
    let toml = """
      # Korean (한국어) translation of Widget
      # Machine-generated; pending native-speaker review.

      [menu]
      open = "열기"

      """
    let b = DocumentAnalyzer().analyze(toml, fileName: "locales/ko.toml")
    #expect(b.dominant == .ko)
    #expect(b.lines[0].role == .content && b.lines[1].role == .chrome && b.lines[4].role == .content)
    // A platform's warning runs to the end of its comments; a source reference that names
    // the platform's own files is an entry's comment.
    let yaml = """
      # WARNING: Never edit this file.
      # It will be overwritten when translations are pulled from Crowdin.
      #
      # To work with us on translations, join this project:
      # https://translate.example.org/

      ko:
        js:
          open: "열기"

      """
    let c = DocumentAnalyzer().analyze(yaml, fileName: "locales/client.ko.yml")
    #expect(c.lines[0...4].allSatisfy { $0.role == .chrome })
    #expect(c.lines[6...8].allSatisfy { $0.role == .content })
    let po = """
      msgid ""
      msgstr ""
      "Language: ko\\n"

      #: weblate/static/editor/base.js:87
      msgid "Open"
      msgstr "열기"

      """
    let d = DocumentAnalyzer().analyze(po, fileName: "locale/ko/LC_MESSAGES/djangojs.po")
    #expect(d.lines[4].role == .content)
  }

  /// A Lua long comment at the head of a catalogue: its opening line is the file's, the
  /// notice from the line that names a copyright (here by `(C)`) to the comment's end is
  /// chrome, and the code after it is not.
  @Test func luaLongCommentNoticeIsChrome() {
    let text = """
      --[[
      \tWidgetMaker (C) Some Author <someone@example.com>
      \tDistributed under the MIT licence.

      \thttps://example.com/widgetmaker
      ]]--
      if GetLocale() == "koKR" then
          L["Open"] = "열기"
          L["Close"] = "닫기"
      end

      """
    let a = DocumentAnalyzer().analyze(text, fileName: "locale/koKR.lua")
    #expect(a.dominant == .ko)
    #expect(a.lines.map(\.role) == [.content, .chrome, .chrome, .blank, .chrome, .chrome, .content, .content, .content, .content])
  }

  /// The translation of `msgid "translator-credits"` names who translated: chrome, and no
  /// untranslated text however English the names; an empty `msgstr ""` opening it names no
  /// one, and the entries after it are read as before.
  @Test func translatorCreditsAreChrome() {
    let text = """
      msgid ""
      msgstr ""
      "Language: ko\\n"

      #. Translators: your names, one per line
      msgid "translator-credits"
      msgstr ""
      "Launchpad Contributions:\\n"
      "  Kim Minsu https://launchpad.net/~minsu\\n"

      msgid "translator-credits"
      msgstr "Lee Jiwon <jiwon@example.com>, 2021"

      msgid "Open"
      msgstr "열기"

      msgid "Close"
      msgstr "Close"

      """
    let a = DocumentAnalyzer().analyze(text, fileName: "po/ko.po")
    #expect(a.dominant == .ko)
    #expect((5...8).map { a.lines[$0].role } == [.content, .content, .chrome, .chrome])
    #expect(a.lines[11].role == .chrome && a.lines[11].fragments.isEmpty)
    #expect(a.lines[14].role == .content)
    #expect(a.lines[17].role == .untranslated)
  }

  /// A game's language file named `.txt` whose keys hold colons (`00:01=산탄식 폭탄`) is
  /// sniffed as a locale table: its `;` comments are the file's notes, no untranslated text.
  @Test func keysWithColonsMakeALocaleTable() {
    let text = """
      ; Korean locale

      00:00=수류탄
      00:01=산탄식 폭탄

      ; Event messages
      ; Hog (%1) died
      02:00=%1 이(가) 죽었습니다

      """
    #expect(DocumentFormat.infer(fileName: "Data/Locale/ko.txt", text: text) == .localeTable)
    let a = DocumentAnalyzer().analyze(text, fileName: "Data/Locale/ko.txt")
    #expect(a.dominant == .ko)
    #expect([0, 5, 6].map { a.lines[$0].role } == [.content, .content, .content])
    #expect(a.lines.allSatisfy { $0.fragments.isEmpty })
  }

  @Test("each example streamed equals whole")
  func streamedEqualsWhole() {
    let examples: [(String, String)] = [
      (Self.android, "strings.xml"), (Self.qt, "a.ts"), (Self.xliff, "a.xlf"), (Self.resx, "a.resx"),
      (Self.arb, "a.arb"), (Self.i18next, "a.json"), (Self.webExtension, "messages.json"), (Self.yaml, "ko.yml"),
      (Self.ini, "ko.ini"), (Self.tabSeparated, "ko.tsv"), (Self.csv, "ko.csv"),
    ]
    for (k, (text, name)) in examples.enumerated() {
      let bytes = Array(text.utf8)
      let format = DocumentFormat.infer(fileName: name, text: text)
      #expect(format.isCatalogue, "\(name)")
      let whole = DocumentAnalyzer().analyze(bytes: bytes, format: format)
      for seed in 0..<4 {
        let (streamed, _) = StreamingAnalysisTests.streamed(bytes, format: format, seed: UInt64(k * 4 + seed))
        #expect(streamed == whole, "\(name) seed \(seed)")
      }
    }
  }
}
