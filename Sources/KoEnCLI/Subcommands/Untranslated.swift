import ArgumentParser

/// `koen untranslated`.
struct Untranslated: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "(untranslated: waiting for the library)")
  @OptionGroup var input: InputOptions
  func run() throws { throw CommandRun.fail("untranslated is not available in this build", .usage) }
}
