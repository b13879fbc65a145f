import Foundation
import Testing

@Suite("koen --help and --version")
struct HelpTests {
  static let subcommands = ["segment", "tokens", "analyze", "untranslated", "clean", "normalize", "romanize", "translit", "stats", "eval"]

  @Test func versionNamesKoEnICUAndUnicode() throws {
    let result = try Koen.run(["--version"])
    #expect(result.status == 0)
    let line = result.output.trimmingCharacters(in: .newlines)
    #expect(line.hasPrefix("koen 0.1.0 (ICU 72"), "\(line)")
    #expect(line.contains("Unicode 15.0"), "\(line)")
  }

  @Test func rootHelpListsEveryCommandExamplesAndExitStatuses() throws {
    let result = try Koen.run(["--help"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    for name in Self.subcommands { #expect(result.output.contains("  \(name) "), "help lists \(name)") }
    for status in ["0   success", "1   findings", "2   usage", "65  bad input", "66  cannot open", "74  I/O error"] {
      #expect(result.output.contains(status), "help documents exit status \(status)")
    }
    #expect(result.output.contains("Examples:"))
    Snapshot.check(result.stdout, named: "help.txt")
  }

  @Test(arguments: subcommands)
  func subcommandHelp(_ name: String) throws {
    let result = try Koen.run([name, "--help"])
    #expect(result.status == 0)
    #expect(result.output.contains("Examples:"), "\(name) --help shows examples")
    for line in result.output.split(separator: "\n") {
      #expect(line.count <= 80, "\(name) --help line too wide: \(line)")
    }
    Snapshot.check(result.stdout, named: "help-\(name).txt")
  }

  @Test func noSubcommandPrintsHelpAndSucceeds() throws {
    let result = try Koen.run([])
    #expect(result.output.contains("SUBCOMMANDS:") || result.stderr.contains("SUBCOMMANDS:"))
  }
}
