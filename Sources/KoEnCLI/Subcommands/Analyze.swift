import ArgumentParser

/// `koen analyze`.
struct Analyze: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "(analyze: waiting for the library)")
  @OptionGroup var input: InputOptions
  func run() throws { throw CommandRun.fail("analyze is not available in this build", .usage) }
}
