import ArgumentParser

/// `koen romanize`.
struct Romanize: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "(romanize: waiting for the library)")
  @OptionGroup var input: InputOptions
  func run() throws { throw CommandRun.fail("romanize is not available in this build", .usage) }
}
