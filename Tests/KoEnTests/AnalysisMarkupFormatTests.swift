@testable import KoEn
import Testing

/// Korean translations in AsciiDoc and reStructuredText: code blocks, comments, attributes,
/// directives and macro targets are not prose; English left in the prose is found as in
/// Markdown, and the text a link shows is prose.
@Suite("Analysis of AsciiDoc and reStructuredText translations")
struct AnalysisMarkupFormatTests {
  static let asciiDoc = """
    = 시작하기
    :toc: left
    :icons: font
    :description: 프로젝트 소개

    // Getting started with the project
    ////
    This section explains how to install the tool.
    ////
    이 문서는 도구를 설치하고 처음 실행하는 방법을 설명합니다. 자세한 내용은 link:docs/guide.adoc[the contributing guide]를 읽어 보세요.

    [source,bash]
    ----
    # install the tool
    make install
    ----

    image::images/setup.png[Setup screen]

    NOTE: 설치에는 몇 분이 걸릴 수 있습니다. 완료되면 https://example.com[공식 사이트]에서 확인하세요.

    == Getting Started

    설정 파일은 {config-dir} 아래에 있으며 <<setup,설정 방법>>을 따라 수정합니다.
    """

  static let restructuredText = """
    시작하기
    ========

    .. _install:

    이 문서는 도구를 설치하는 방법을 설명합니다. :func:`setup` 함수를 먼저 호출하세요::

        # install the tool
        pip install tool

    .. code-block:: python
       :caption: 예제 코드

       import tool

    .. note::

       이 기능은 실험 단계입니다. 자세한 내용은 :ref:`설치 안내 <install>`를 보세요.

    .. versionadded:: 1.2

       The option was added to support older systems.

    .. This comment is never shown to the reader.

    자세한 내용은 `공식 문서 <https://example.com/docs>`_ 를 참고하세요. |project| 는 무료입니다.

    Getting Started
    ---------------
    """

  @Test func asciiDocFormatIsInferredFromItsName() {
    #expect(DocumentFormat.infer(fileName: "book/01-intro.adoc", text: Self.asciiDoc) == .asciiDoc)
    #expect(DocumentFormat.infer(fileName: "book/sections/aliases.asc", text: "") == .asciiDoc)
    #expect(DocumentFormat.infer(fileName: "docs/ko/index.mdx", text: "") == .markdown)
    #expect(DocumentFormat.infer(fileName: "doc/ko/usage.rst", text: "") == .restructuredText)
  }

  @Test func asciiDocBlocksCommentsAndMacros() {
    let a = DocumentAnalyzer().analyze(Self.asciiDoc, fileName: "README-ko.adoc")
    #expect(a.dominant == .ko)
    func line(_ n: Int) -> AnalyzedLine { a.lines[n - 1] }
    // Attribute entries, comments, block attributes, listings and block macros: no fragments.
    for n in [2, 3, 6, 7, 8, 9, 12, 13, 14, 15, 16, 18] {
      #expect(line(n).fragments.isEmpty && line(n).role != .untranslated, "line \(n)")
    }
    // A link's text is shown: English left there is a fragment; its target is not.
    #expect(line(10).fragments.map(\.text) == ["the contributing guide"])
    #expect(line(20).fragments.isEmpty && line(20).role == .content)
    #expect(line(22).role == .untranslated && line(22).fragments.map(\.text) == ["Getting Started"])
    // An attribute reference and a cross reference's target are not text.
    #expect(line(24).fragments.isEmpty && line(24).language == .ko)
  }

  /// A front matter block opening an AsciiDoc page (Hugo's) is the page's metadata, as in
  /// Markdown: its English keys and values are no text left untranslated, a Korean value is
  /// prose; a `---` never closed is ordinary text.
  @Test func asciiDocFrontMatter() {
    let text = """
      ---
      title: BSD에 대한 설명
      authors:
        - author: Jane Roe
          email: jane@example.org
      trademarks: ["freebsd", "apple", "general"]
      ---

      = BSD에 대한 설명

      이 글은 BSD를 소개합니다.
      """
    let a = DocumentAnalyzer().analyze(text, fileName: "content/ko/articles/explaining-bsd/_index.adoc")
    #expect(a.dominant == .ko)
    for n in 1...7 {
      #expect(a.lines[n - 1].role == .content && a.lines[n - 1].fragments.isEmpty, "line \(n)")
    }
    #expect(a.lines[1].language == .ko)
    let unclosed = DocumentAnalyzer().analyze("---\nThe installer is not translated yet.\n\n설치 방법을 설명합니다.\n", fileName: "docs/ko/install.adoc")
    #expect(unclosed.lines[1].role == .untranslated)
  }

  /// Org: keyword lines, drawers, fixed-width output and source blocks are code (a source
  /// block's comment is prose once the document localized one); `=verbatim=` is inline
  /// code; a link shows its text.
  @Test func orgBlocksFixedWidthLinesAndVerbatim() {
    let text = """
      #+TITLE: Sales Reports
      :PROPERTIES:
      :Post Date: [2010-11-10 Wed 20:28]
      :END:
      * 설치 방법
      =./manage.py syncdb=를 입력하면 다음과 같이 출력됩니다.
      : Creating table auth_permission
      : You just installed Django's auth system
      #+BEGIN_SRC python
      # 계정 설정
      # Directory where sales data is stored
      #+END_SRC
      자세한 내용은 [[http://docs.example.com/deploy/][the deployment guide]]를 보세요.
      Please read the whole guide first.

      """
    #expect(DocumentFormat.infer(fileName: "README-ko.org", text: text) == .org)
    let a = DocumentAnalyzer().analyze(text, fileName: "README-ko.org")
    func line(_ n: Int) -> AnalyzedLine { a.lines[n - 1] }
    #expect(a.dominant == .ko)
    for n in [1, 2, 3, 4, 6, 7, 8, 9, 12] {
      #expect(line(n).fragments.isEmpty && line(n).role == .content, "line \(n)")
    }
    #expect(line(11).fragments.map(\.text) == ["Directory where sales data is stored"])
    #expect(line(13).fragments.map(\.text) == ["the deployment guide"])
    #expect(line(14).role == .untranslated)
  }

  @Test func restructuredTextBlocksDirectivesAndRoles() {
    let a = DocumentAnalyzer().analyze(Self.restructuredText, fileName: "docs/ko/install.rst")
    #expect(a.dominant == .ko)
    func line(_ n: Int) -> AnalyzedLine { a.lines[n - 1] }
    // Adornments, targets, literal and code blocks, options, comments: no fragments.
    for n in [2, 4, 6, 8, 9, 11, 12, 14, 16, 24] {
      #expect(line(n).fragments.isEmpty && line(n).role != .untranslated, "line \(n)")
    }
    // A role naming code is code; a reference's text is prose.
    #expect(line(6).language == .ko)
    #expect(line(18).fragments.isEmpty && line(18).language == .ko)
    // The body of a version note is prose: English left there is untranslated.
    #expect(line(22).role == .untranslated)
    #expect(line(22).fragments.map(\.text) == ["The option was added to support older systems"])
    #expect(line(26).fragments.isEmpty && line(26).role == .content)
    #expect(line(28).role == .untranslated && line(28).fragments.map(\.text) == ["Getting Started"])
  }

  /// A code directive's caption is shown text, and a heading in capitals holds words:
  /// neither teaches the document to keep those words in English.
  /// A hyperlink reference broken over two lines keeps its target out of the text: the
  /// English words of its text are the fragment, not the path after them.
  @Test func restructuredTextReferenceOverTwoLines() {
    let text = """
      개발 문서
      =========

      다음 문서를 참고하세요.

      -  `BaseList
         introduction <../docs/en/develop/3-1-BaseList-introduction.md>`__
      -  `설치 안내 <../docs/ko/install.md>`__
      """
    let a = DocumentAnalyzer().analyze(text, fileName: "README-ko_KR.rst")
    #expect(a.dominant == .ko)
    #expect(a.lines[6].fragments.map(\.text) == ["introduction"])
    #expect(a.lines[7].fragments.isEmpty)
  }

  @Test func restructuredTextCaptionsOfCodeDirectives() {
    let text = """
      .. toctree::
         :caption: TECHNICAL DOCUMENTATION
         :hidden:

         processing-request

      요청을 처리하는 방법을 설명합니다.

      Technical Documentation
      =======================

      .. code-block:: python
         :caption: Example code
         :linenos:

         import tool
      """
    let a = DocumentAnalyzer().analyze(text, fileName: "docs/ko/index.rst")
    func line(_ n: Int) -> AnalyzedLine { a.lines[n - 1] }
    #expect(line(2).role == .untranslated && line(2).fragments.map(\.text) == ["TECHNICAL DOCUMENTATION"])
    #expect(line(3).fragments.isEmpty && line(5).fragments.isEmpty)
    #expect(line(9).role == .untranslated && line(9).fragments.map(\.text) == ["Technical Documentation"])
    #expect(line(13).role == .untranslated && line(13).fragments.map(\.text) == ["Example code"])
    #expect(line(14).fragments.isEmpty && line(16).fragments.isEmpty && line(16).role == .content)
  }

  /// An XML or HTML document that is no catalogue: the text between the tags is read;
  /// declarations, tags and comments over several lines, and scripts, are not; the licence
  /// comment that opens the file is chrome.
  @Test func markupDocumentsReadTheTextBetweenTheTags() {
    let text = """
      <?xml version="1.0" encoding="UTF-8"?>
      <!--
        Copyright 2024 the original authors.
        Licensed under the Apache License, Version 2.0.
      -->
      <document>
        <section name="로깅"
                 id="logging">
          <p>로그 설정은 설정 파일에서 바꿉니다.</p>
          <p>Logging is configured at start-up.</p>
          <!-- The English original:
               Configure logging in the settings file. -->
          <img src="log.png" alt="로그 화면" />
          <script>
            var level = "debug";
          </script>
        </section>
      </document>
      """
    #expect(DocumentFormat.infer(fileName: "src/site/ko/xdoc/logging.xml", text: text) == .markup)
    #expect(DocumentFormat.infer(fileName: "docs/intro.html", text: "") == .markup)
    #expect(DocumentFormat.infer(text: "<!DOCTYPE html>\n<html>\n<p>안녕하세요</p>\n") == .markup)
    let a = DocumentAnalyzer().analyze(text, fileName: "src/site/ko/xdoc/logging.xml")
    func line(_ n: Int) -> AnalyzedLine { a.lines[n - 1] }
    #expect(a.dominant == .ko)
    #expect(line(1).role == .content && line(1).fragments.isEmpty)
    #expect((2...5).allSatisfy { line($0).role == .chrome })
    for n in [6, 7, 8, 12, 13, 14, 15, 16, 17, 18] {
      #expect(line(n).role == .content && line(n).fragments.isEmpty, "line \(n)")
    }
    #expect(line(9).language == .ko)
    #expect(line(10).role == .untranslated && line(10).fragments.map(\.text) == ["Logging is configured at start-up"])
  }

  /// The text of a `<textarea>` (a playground's code) is shown as typed, never markup or
  /// prose: no English in it is left untranslated, in a page or in Markdown.
  @Test func textareaHoldsCode() {
    let text = """
      <p>아래 코드를 고쳐서 실행해 보세요.</p>
      <div class="playground">
      <textarea>
      void main() {
        final result = sum([1, 2, 3]);
        print(result); // <6>
      }
      </textarea>
      </div>
      <p>결과가 바로 나옵니다.</p>
      """
    for fileName in ["docs/ko/index.html", "docs/ko/README.md"] {
      let a = DocumentAnalyzer().analyze(text, fileName: fileName)
      #expect(a.dominant == .ko)
      for n in 4...6 {
        #expect(a.lines[n - 1].role == .content && a.lines[n - 1].fragments.isEmpty, "\(fileName) line \(n)")
      }
      #expect(a.lines[9].role == .content)
    }
  }

  /// A script inside a navigation element (its menus' toggles) is code, not the site's shown
  /// navigation: the links around it are chrome, its lines are not.
  @Test func scriptInsideNavigationIsCode() {
    let text = """
      <nav id="docsNav">
        <ul><li><a href="intro.html">소개</a></li><li><a href="models.html">모델</a></li></ul>
        <script>
          var toggler = document.querySelector('#navToggler');
          toggler.onclick = function(event) {
            event.preventDefault();
          };
        </script>
      </nav>
      <p>모델은 테이블 하나에 대응합니다. 필드는 컬럼이 됩니다.</p>
      """
    let a = DocumentAnalyzer().analyze(text, fileName: "docs/ko/models.html")
    #expect(a.dominant == .ko)
    #expect(a.lines[0].role == .chrome && a.lines[1].role == .chrome)
    for n in 4...7 { #expect(a.lines[n - 1].role == .content, "line \(n)") }
    #expect(a.lines[9].role == .content)
  }

  /// A documentation site's navigation bar in a `<nav>` element is the site's, whatever its
  /// language: every line from the one that opens it to the one that closes it is chrome.
  @Test func navigationElementIsChrome() {
    let text = """
      <!DOCTYPE html>
      <html lang="en"><body>
      <nav class="navbar" aria-label="Site navigation">
        <ul>
          <li><a href="articles/intro.html">Get started</a></li>
          <li><a href="reference/index.html">Reference</a></li>
        </ul>
      </nav><main id="main">
      <h1>설치 안내</h1>
      <p>이 패키지는 Please read the manual first 를 따릅니다.</p>
      <p>설치 방법은 다음과 같습니다.</p>
      </main></body></html>

      """
    let a = DocumentAnalyzer().analyze(text, fileName: "docs/ko/index.html")
    #expect(a.dominant == .ko)
    #expect((3...8).map { a.lines[$0 - 1].role } == Array(repeating: .chrome, count: 6))
    #expect((3...8).allSatisfy { a.lines[$0 - 1].fragments.isEmpty })
    #expect(a.lines[8].role == .content && a.lines[10].role == .content)
    #expect(a.lines[9].fragments.map(\.text) == ["Please read the manual first"])
  }

  /// The comments that open a markup file after its declarations are all the file's: a
  /// revision note, then a licence header; a comment after the text has begun is not.
  @Test func headerCommentsFollowOneAnother() {
    let text = """
      <?xml version='1.0' encoding='UTF-8' ?>
      <!DOCTYPE manualpage SYSTEM "./style/manualpage.dtd">
      <?xml-stylesheet type="text/xsl" href="./style/manual.ko.xsl"?>
      <!-- English Revision: 1174747 (outdated) -->

      <!--
       Licensed to the Apache Software Foundation (ASF) under one or more
       contributor license agreements.
      -->
      <manualpage>
      <title>서버 중단과 재시작</title>
      <!-- The following section is new -->
      <p>이 문서는 서버를 멈추고 다시 시작하는 방법을 설명한다.</p>
      </manualpage>

      """
    let a = DocumentAnalyzer().analyze(text, fileName: "docs/manual/stopping.xml")
    for n in [4, 6, 7, 8, 9] { #expect(a.lines[n - 1].role == .chrome, "line \(n)") }
    for n in [10, 11, 12, 13] { #expect(a.lines[n - 1].role == .content, "line \(n)") }
  }

  /// A `<nav>` whose links go to the page's own sections is its table of contents, the
  /// document's text: its entries are content, and one left in English is untranslated; a
  /// `<nav>` of links to other pages on the same page stays chrome.
  /// A page head's links to its versions in other languages are a switcher; its other
  /// links (a stylesheet) are not.
  @Test func alternateLanguageLinksAreChrome() {
    let text = """
      <html lang="ko"><head>
        <link rel="alternate" hreflang="en" href="https://example.org/docs/">
        <link rel="alternate" hreflang="ko" href="https://example.org/docs/ko/">
        <link rel="stylesheet" href="style.css">
      </head><body>
      <p>위젯을 설치하는 방법을 설명합니다.</p>
      </body></html>

      """
    let a = DocumentAnalyzer().analyze(text, fileName: "docs/ko/index.html")
    #expect(a.lines[1].role == .chrome && a.lines[2].role == .chrome)
    #expect(a.lines[3].role == .content && a.lines[5].role == .content)
  }

  /// A toolbar and a table of contents in two `<nav>` elements with no line between them
  /// are judged apart: the toolbar's links leave the page, the contents' stay.
  @Test func adjacentNavigationElementsAreJudgedApart() {
    let text = """
      <html lang="ko"><body>
      <nav class="toolbar">
      <a href="index.html" hreflang="en">EN</a> /
      <a href="index.ja.html" hreflang="ja">日本語</a> /
      <a href="index.zh.html" hreflang="zh">中文</a> /
      <a href="index.ko.html" hreflang="ko">한국어</a>
      </nav>
      <nav id="TOC" role="doc-toc">
      <h2>목차</h2>
      <ul>
      <li><a href="#소개">소개</a></li>
      <li><a href="#기본">기본</a></li>
      <li><a href="#목록">목록</a></li>
      </ul>
      </nav>
      <h2 id="소개">소개</h2>
      <p>고정폭 글꼴은 많은 사람에게 사랑받고 있습니다.</p>

      """
    let a = DocumentAnalyzer().analyze(text, fileName: "index.ko.html")
    #expect(a.dominant == .ko)
    #expect((2...7).allSatisfy { a.lines[$0 - 1].role == .chrome })
    #expect((8...15).allSatisfy { a.lines[$0 - 1].role == .content })
  }

  @Test func tableOfContentsInNavigationIsText() {
    let text = """
      <!DOCTYPE html>
      <html lang="ko"><body>
      <nav>
        <h4>Languages</h4>
        <ul><li><a href="index.html">English</a></li><li><a href="index.ja.html">日本語</a></li></ul>
      </nav>
      <h1>스타일 가이드</h1>
      <nav>
        <h4>목차</h4>

        <ol>
          <li><a href="#general">일반 규칙</a></li>
          <li><a href="#naming">이름 짓기</a></li>
          <li><a href="#comments">Write comments that explain why</a></li>
          <li><a href="#layout">배치와 들여쓰기</a></li>
        </ol>
      </nav>
      <h2 id="general">일반 규칙</h2>
      <p>모든 파일은 같은 인코딩을 사용해야 합니다. 들여쓰기는 공백 두 칸으로 통일합니다.</p>
      <h2 id="naming">이름 짓기</h2>
      <p>이름은 그 값이 무엇인지 분명하게 말해야 합니다.</p>

      """
    let a = DocumentAnalyzer().analyze(text, fileName: "docs/index.ko.html")
    #expect(a.dominant == .ko)
    #expect((3...6).allSatisfy { a.lines[$0 - 1].role == .chrome })
    for n in [8, 9, 11, 12, 13, 15, 16, 17] { #expect(a.lines[n - 1].role == .content, "line \(n)") }
    #expect(a.lines[13].role == .untranslated)
    #expect(a.lines[13].fragments.map(\.text) == ["Write comments that explain why"])
  }

  /// Links are told by their `href` attribute in any case and quoting; `#` after it keeps the
  /// reader on the page.
  @Test func tableOfContentsFinderCountsLinksThatStay() {
    func tables(_ lines: [String]) -> [ClosedRange<Int>] {
      var finder = TableOfContentsFinder()
      var reader = MarkupLayout.Reader(localizedComments: false)
      for line in SourceLine.split(Array(lines.joined(separator: "\n").utf8)) {
        finder.read(line, reader.layout(line))
      }
      finder.finish()
      return finder.tables
    }
    let contents = ["<p>x</p>", "<nav><ol>", "<li><A HREF=#a>A</a>", "<li><a href='#b'>B</a>", "</ol></nav>", "<p>y</p>"]
    #expect(tables(contents) == [2...5])
    // One link off the page among four on it is still a table of contents; two are not.
    let edit = ["<nav>", "<a href=\"#a\">a</a> <a href=\"#b\">b</a>", "<a href=\"#c\">c</a> <a href=\"#d\">d</a>", "<a href=\"https://example.com/edit\">edit</a>", "</nav>"]
    #expect(tables(edit) == [1...5])
    #expect(tables(edit.dropLast() + ["<a href=\"/x\">x</a>", "</nav>"]) == [])
    // A `</nav>` ends the element: a menu right after it is judged on its own.
    #expect(tables(edit + ["<nav><a href=\"/x\">x</a></nav>"]) == [1...5])
    // A menu of other pages, and a `<nav>` still open at the end with a single link.
    #expect(tables(["<nav>", "<a href=\"/about\">About</a>", "<a href=\"/news\">News</a>", "</nav>"]) == [])
    #expect(tables(["<nav>", "<a href=\"#top\">Top</a>"]) == [])
  }

  /// The text of a `<pre>` element is code, highlighted or not: its identifiers are no
  /// English left in; its comments, read through the highlighter's spans, are prose once
  /// the document has localized one of them.
  @Test func preformattedTextIsCode() {
    let text = """
      <html><body>
      <h1>설치 안내</h1>
      <p>이 패키지는 데이터를 분석합니다. 다음과 같이 사용합니다.</p>
      <div class="sourceCode"><pre class="sourceCode r">
      <code class="sourceCode R"><span><span class="kw">library</span><span class="op">(</span>lossratio<span class="op">)</span></span>
      <span><span class="co"># 번들 합성 데이터</span></span>
      <span><span class="fu">plot</span><span class="op">(</span>tri, type = <span class="st">"projection"</span><span class="op">)</span></span>
      <span><span class="co"># Build the canonical structure</span></span>
      <span><span class="fu">summary</span><span class="op">(</span>lr<span class="op">)</span>  <span class="co"># print the fit</span></span></code></pre></div>
      <p>설명은 여기까지입니다. See the reference for more.</p>
      </body></html>

      """
    let a = DocumentAnalyzer().analyze(text, fileName: "docs/ko/index.html")
    #expect(a.dominant == .ko)
    for n in [4, 5, 6, 7] { #expect(a.lines[n - 1].fragments.isEmpty && a.lines[n - 1].role == .content, "line \(n)") }
    #expect(a.lines[7].role == .untranslated && a.lines[7].fragments.map(\.text) == ["Build the canonical structure"])
    #expect(a.lines[8].fragments.map(\.text) == ["print the fit"])
    // After the element, text is prose again.
    #expect(a.lines[9].fragments.map(\.text) == ["See the reference for more"])
    // Without a localized comment, comments are code too.
    let plain = DocumentAnalyzer().analyze(text.replacingOccurrences(of: "# 번들 합성 데이터", with: ""), fileName: "docs/ko/index.html")
    #expect(plain.lines[7].fragments.isEmpty && plain.lines[7].role == .content)
  }

  /// The text of inline code elements (`<code>`, `<kbd>`, `<samp>`, `<var>`, `<tt>`) is code
  /// in any format; English around them is still found.
  @Test func inlineCodeElementsAreCode() {
    let text = """
      <p>노이즈를 줄이려면 <code>pip install noisereduce</code> 가 필요합니다.</p>
      <p><kbd>Ctrl+Shift+P</kbd>를 누르고 <code class="cmd">Reload Window</code>를 고릅니다.</p>
      <p>Restart the editor, then <code>open settings</code> 메뉴를 엽니다.</p>

      """
    let a = DocumentAnalyzer().analyze(text, fileName: "docs/ko/help.html")
    #expect(a.lines[0].fragments.isEmpty && a.lines[1].fragments.isEmpty)
    #expect(a.lines[2].fragments.map(\.text) == ["Restart the editor, then"])
    let md = DocumentAnalyzer().analyze("# 설치\n\n설치하려면 <code>npm install koen</code>을 실행합니다.\n", fileName: "README.ko.md")
    #expect(md.lines[2].fragments.isEmpty)
  }

  @Test func restructuredTextBodiesNestAndEnd() {
    let text = """
      .. note::

         주의 사항입니다. 다음 코드를 실행하세요::

            print("hello world, this is code")

         .. code-block:: python

            print("more code in a nested block")

      ..

         Please read the following steps carefully before you start.

      .. [1] 참고 문헌입니다.
         :ref:`the contributing guide`
      """
    let a = DocumentAnalyzer().analyze(text, fileName: "docs/ko/notes.rst")
    #expect(a.dominant == .ko)
    // Literal blocks and code directives inside a directive's body are code.
    #expect(a.lines[4].role == .content && a.lines[4].fragments.isEmpty)
    #expect(a.lines[8].role == .content && a.lines[8].fragments.isEmpty)
    // An empty comment ends at its blank line: the indented paragraph after it is prose.
    #expect(a.lines[12].role == .untranslated)
    // A footnote's text is prose, never a directive's options.
    #expect(a.lines[15].role == .untranslated)
  }

  @Test func asciiDocOpenBlocksHoldProse() {
    let text = "= 안내\n\n--\nThis paragraph was left in English by the translator.\n--\n\n이 문서는 설치 방법을 설명합니다. 끝까지 읽어 보세요.\n"
    let a = DocumentAnalyzer().analyze(text, fileName: "README-ko.adoc")
    #expect(a.lines[3].role == .untranslated)
  }

  @Test func asciiDocURLTextsAtARunsEdgeAreNames() {
    let text = "= 도구\n\n이 도구는 여러 언어로 작성되었습니다. 구성은 다음과 같습니다.\n\n** https://dart.dev[Dart 2.10] - web frontend\nhttps://gratipay.com/x/[HubPress] on Gratipay\n"
    let a = DocumentAnalyzer().analyze(text, fileName: "README-ko.adoc")
    #expect(a.lines[4].fragments.map(\.text) == ["web frontend"])
    #expect(a.lines[5].fragments.map(\.text) == ["on Gratipay"])
  }

  /// A hidden comment that names a licence is the project's notice: chrome to its end.
  @Test func licenceCommentsAreChrome() {
    let text = "안내\n====\n\n이 문서는 설치 방법을 설명합니다.\n\n.. Licensed under Creative Commons Attribution 4.0 International License\n   https://creativecommons.org/licenses/by/4.0/\n\n.. This note was left by the translator.\n"
    let a = DocumentAnalyzer().analyze(text, fileName: "docs/ko/intro.rst")
    #expect(a.lines[5].role == .chrome && a.lines[6].role == .chrome)
    #expect(a.lines[8].role == .content)
  }

  /// The comments that open a reStructuredText or AsciiDoc file (a generator's note, a
  /// header) are the file's, as in a markup file; a comment after the first text is the
  /// document's, and a target that opens the file ends the head like any other line.
  @Test func openingCommentsAreTheFiles() {
    let rst = ".. Widget documentation master file, created by\n   sphinx-quickstart on Tue Feb 26 22:28:06 2019.\n\n.. Second header note.\n\n위젯 시작하기\n=============\n\n.. This note was left by the translator.\n\n위젯을 설치하는 방법을 설명합니다.\n"
    let a = DocumentAnalyzer().analyze(rst, fileName: "docs/ko/index.rst")
    #expect(a.dominant == .ko)
    #expect([0, 1, 3].map { a.lines[$0].role } == [.chrome, .chrome, .chrome])
    #expect(a.lines[5].role == .content && a.lines[8].role == .content)
    let adoc = "// Generated from the English guide, revision 42.\n= 위젯 안내서\n\n// This note was left by the translator.\n위젯을 설치하는 방법을 설명합니다.\n"
    let b = DocumentAnalyzer().analyze(adoc, fileName: "docs/ko/guide.adoc")
    #expect(b.lines[0].role == .chrome)
    #expect(b.lines[3].role == .content)
    let target = ".. _install:\n.. A note after the target.\n\n설치\n====\n\n위젯을 설치하는 방법을 설명합니다.\n"
    let c = DocumentAnalyzer().analyze(target, fileName: "docs/ko/install.rst")
    #expect(c.lines[0].role == .content && c.lines[1].role == .content)
  }

  @Test("each example streamed equals whole")
  func streamedEqualsWhole() {
    for (k, (text, format)) in [(Self.asciiDoc, DocumentFormat.asciiDoc), (Self.restructuredText, .restructuredText)]
      .enumerated()
    {
      let bytes = Array(text.utf8)
      let whole = DocumentAnalyzer().analyze(bytes: bytes, format: format)
      for seed in 0..<4 {
        let (streamed, _) = StreamingAnalysisTests.streamed(bytes, format: format, seed: UInt64(100 + k * 4 + seed))
        #expect(streamed == whole, "\(format) seed \(seed)")
      }
    }
  }
}
