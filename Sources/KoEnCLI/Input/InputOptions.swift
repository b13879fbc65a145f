import ArgumentParser

/// The inputs of a command: files, directories, standard input, and how to walk them.
struct InputOptions: ParsableArguments {
  @Argument(help: "Files or directories to read. '-' or no path reads standard input.")
  var paths: [String] = []

  @Flag(name: .shortAndLong, help: "Read directories, recursively.")
  var recursive = false

  @Option(name: .customLong("include"), help: ArgumentHelp(
    "In directories, read only files whose name matches GLOB (repeatable; e.g. '*.txt').",
    valueName: "glob"))
  var include: [String] = []

  @Option(name: .customLong("exclude"), help: ArgumentHelp(
    "In directories, skip files and folders whose name matches GLOB (repeatable).", valueName: "glob"))
  var exclude: [String] = []

  @Option(name: .shortAndLong, help: "Files processed in parallel (default: the number of cores).")
  var jobs: Int?

  @Flag(name: .customLong("no-progress"), help: "Never show a progress bar on standard error.")
  var noProgress = false

  @Option(name: .customLong("chunk-size"), help: .hidden)
  var chunkSize: Int = 1 << 18

  @Option(name: .customLong("stream-threshold"), help: .hidden)
  var streamThreshold: Int = 1 << 20

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    if chunkSize < 1 { throw ValidationError("--chunk-size must be at least 1.") }
    if paths.filter({ $0 == "-" }).count > 1 { throw ValidationError("'-' (standard input) can be given once.") }
  }
}
