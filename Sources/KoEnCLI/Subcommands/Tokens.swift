import ArgumentParser

/// `koen tokens`.
struct Tokens: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "(tokens: waiting for the library)")
  @OptionGroup var input: InputOptions
  func run() throws { throw CommandRun.fail("tokens is not available in this build", .usage) }
}
