import Foundation
import TestSupport
import Testing

/// The two readings of streaming analysis cannot be taken out of order: code that adds to a
/// finished survey or analyzer, or starts an analyzer from an unfinished survey, does not
/// compile. Each case is compiled against the built KoEn module with `swiftc`.
@Suite("Reading order is checked by the compiler")
struct ReadingOrderTests {
  static let correct = """
    var survey = DocumentSurvey(format: .plainText)
    survey.add(bytes)
    var analyzer = StreamingDocumentAnalyzer(survey: survey.finish())
    _ = analyzer.add(bytes)
    _ = analyzer.finish().lines
    var stream = DocumentLineStream(survey: DocumentSurvey(format: .markdown).finish())
    _ = stream.add(bytes)
    _ = stream.finish().lines
    """

  static let misuses: [(name: String, body: String, error: String)] = [
    (
      "add after the survey's end",
      """
      var survey = DocumentSurvey(format: .plainText)
      let surveyed = survey.finish()
      survey.add(bytes)
      _ = surveyed
      """,
      "'survey' used after consume"
    ),
    (
      "add after the analyzer's end",
      """
      var analyzer = StreamingDocumentAnalyzer(survey: DocumentSurvey(format: .plainText).finish())
      _ = analyzer.finish()
      _ = analyzer.add(bytes)
      """,
      "'analyzer' used after consume"
    ),
    (
      "an analyzer from an unfinished survey",
      """
      let survey = DocumentSurvey(format: .plainText)
      _ = StreamingDocumentAnalyzer(survey: survey)
      """,
      "cannot convert value of type 'DocumentSurvey' to expected argument type 'SurveyedDocument'"
    ),
    (
      "a survey read twice",
      """
      var survey = DocumentSurvey(format: .plainText)
      let copy = survey
      survey.add(bytes)
      _ = copy
      """,
      "'survey' used after consume"
    ),
  ]

  /// Compiles `body` (inside a function with `bytes: [UInt8]`) against the built modules up
  /// to the ownership checks; returns the exit status and the compiler's messages.
  static func compile(_ body: String) throws -> (status: Int32, messages: String) {
    let bin = URL(fileURLWithPath: Koen.path).deletingLastPathComponent().resolvingSymlinksInPath().path
    let source = FileManager.default.temporaryDirectory.appendingPathComponent("koen-order-\(UUID().uuidString).swift")
    try ("import KoEn\nfunc use(_ bytes: [UInt8]) {\n" + body + "\n}\n").write(to: source, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: source) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "swiftc", "-emit-sil", "-o", "/dev/null", "-I", bin + "/Modules",
      "-Xcc", "-fmodule-map-file=\(bin)/CICU.build/module.modulemap",
      "-Xcc", "-fmodule-map-file=\(RepositoryPaths.root)/Sources/ICUSystem/module.modulemap",
      "-Xcc", "-I\(RepositoryPaths.root)/Sources/CICU/include",
      "-Xcc", "-fmodule-map-file=\(bin)/CTokenBlock.build/module.modulemap",
      "-Xcc", "-I\(RepositoryPaths.root)/Sources/CTokenBlock/include", source.path,
    ]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self))
  }

  @Test func theDocumentedOrderCompiles() throws {
    let result = try Self.compile(Self.correct)
    #expect(result.status == 0, "\(result.messages)")
  }

  @Test(arguments: misuses.map(\.name))
  func misuseDoesNotCompile(_ name: String) throws {
    let misuse = Self.misuses.first { $0.name == name }!
    let result = try Self.compile(misuse.body)
    #expect(result.status != 0)
    #expect(result.messages.contains(misuse.error), "\(result.messages)")
  }
}
