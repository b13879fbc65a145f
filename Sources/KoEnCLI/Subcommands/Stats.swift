import ArgumentParser

/// `koen stats`.
struct Stats: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "(stats: waiting for the library)")
  @OptionGroup var input: InputOptions
  func run() throws { throw CommandRun.fail("stats is not available in this build", .usage) }
}
