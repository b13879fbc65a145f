import KoEn
import Testing

@Suite("Document format inference")
struct AnalysisFormatTests {
  @Test func namesDecide() {
    #expect(DocumentFormat.infer(fileName: "a/b.md", text: "") == .markdown)
    #expect(DocumentFormat.infer(fileName: "ko.po", text: "") == .gettext)
    #expect(DocumentFormat.infer(fileName: "koKR.lua", text: "") == .localeTable)
  }

  @Test func textIsSniffed() {
    #expect(DocumentFormat.infer(text: "msgid \"a\"\nmsgstr \"b\"\n") == .gettext)
    #expect(DocumentFormat.infer(text: "# 제목\n\n```js\nx\n```\n") == .markdown)
    #expect(DocumentFormat.infer(text: "Just a line.\nAnother line.\n") == .plainText)
  }
}
