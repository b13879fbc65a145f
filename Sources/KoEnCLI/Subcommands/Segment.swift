import ArgumentParser

/// `koen segment`.
struct Segment: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "(segment: waiting for the library)")
  @OptionGroup var input: InputOptions
  func run() throws { throw CommandRun.fail("segment is not available in this build", .usage) }
}
