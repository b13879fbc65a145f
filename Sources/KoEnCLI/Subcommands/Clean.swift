import ArgumentParser

/// `koen clean`.
struct Clean: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "(clean: waiting for the library)")
  @OptionGroup var input: InputOptions
  func run() throws { throw CommandRun.fail("clean is not available in this build", .usage) }
}
