import Foundation
import TestSupport
import Testing

/// The result of one run of the built `koen` binary.
struct KoenResult: Sendable {
  let status: Int32
  let stdout: Data
  let stderr: String

  var output: String { String(decoding: stdout, as: UTF8.self) }
  var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
}

/// Runs the `koen` executable that `swift build`/`swift test` built next to the test bundle.
enum Koen {
  /// The repository root.
  static var root: String { RepositoryPaths.root }

  /// The binary: next to this test process's executable (`.build/<config>/`), which is where
  /// SwiftPM puts every product of the package.
  static let path: String = {
    let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
    if dir.lastPathComponent == "debug" || dir.lastPathComponent == "release" || FileManager.default.fileExists(atPath: dir.appendingPathComponent("koen").path) {
      return dir.appendingPathComponent("koen").path
    }
    // Inside an .xctest bundle: walk up to the products directory.
    while dir.path != "/" {
      dir.deleteLastPathComponent()
      let candidate = dir.appendingPathComponent("koen").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return RepositoryPaths.root + "/.build/debug/koen"
  }()

  /// Runs `koen arguments`, with `stdin` as standard input, in the repository root (so paths
  /// in output are the relative paths given), with colour off unless `environment` says.
  @discardableResult
  static func run(
    _ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:],
    asUser uid: Int? = nil, closedStdout: Bool = false, stdoutPath: String? = nil
  ) throws -> KoenResult {
    let process = Process()
    if let uid, getuid() == 0 {
      process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
      process.arguments = ["--reuid=\(uid)", "--regid=\(uid)", "--clear-groups", path] + arguments
    } else {
      process.executableURL = URL(fileURLWithPath: path)
      process.arguments = arguments
    }
    process.currentDirectoryURL = URL(fileURLWithPath: RepositoryPaths.root)
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "NO_COLOR")
    env["TERM"] = "dumb"
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let outPipe = Pipe()
    let errPipe = Pipe()
    let inPipe = Pipe()
    if let stdoutPath {
      process.standardOutput = FileHandle(forWritingAtPath: stdoutPath)
    } else {
      process.standardOutput = outPipe
    }
    process.standardError = errPipe
    process.standardInput = inPipe
    if closedStdout { try outPipe.fileHandleForReading.close() }
    try process.run()
    // Feed standard input on its own thread, so large inputs cannot deadlock with output.
    let input = stdin ?? Data()
    let writer = Thread {
      try? inPipe.fileHandleForWriting.write(contentsOf: input)
      try? inPipe.fileHandleForWriting.close()
    }
    writer.start()
    let errBox = DataBox()
    let errReader = Thread { errBox.data = errPipe.fileHandleForReading.readDataToEndOfFile() }
    errReader.start()
    let out = (closedStdout || stdoutPath != nil) ? Data() : outPipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    while !errBox.done { usleep(1000) }
    return KoenResult(status: process.terminationStatus, stdout: out, stderr: String(decoding: errBox.data, as: UTF8.self))
  }
}

/// Data handed from a reader thread.
final class DataBox: @unchecked Sendable {
  private let lock = NSLock()
  private var value = Data()
  private var finished = false
  var data: Data {
    get { lock.withLock { value } }
    set { lock.withLock { value = newValue; finished = true } }
  }
  var done: Bool { lock.withLock { finished } }
}

/// Files under `Tests/koenTests/Snapshots/`, compared byte for byte; `RECORD_SNAPSHOTS=1`
/// rewrites them. A missing snapshot is recorded and the test fails, so it gets reviewed.
enum Snapshot {
  static let directory = RepositoryPaths.root + "/Tests/koenTests/Snapshots"

  static func check(_ actual: Data, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let path = directory + "/" + name
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    guard !record, let expected = FileManager.default.contents(atPath: path) else {
      try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
      _ = FileManager.default.createFile(atPath: path, contents: actual)
      if !record { Issue.record("Recorded the missing snapshot \(name); review it and run again.", sourceLocation: sourceLocation) }
      return
    }
    if expected != actual {
      let a = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
      let e = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
      let first = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
      let got = first < a.count ? String(a[first]) : "<end>"
      let want = first < e.count ? String(e[first]) : "<end>"
      Issue.record("Snapshot \(name) differs at line \(first + 1):\n  expected: \(want)\n  actual:   \(got)\n(RECORD_SNAPSHOTS=1 re-records)", sourceLocation: sourceLocation)
    }
  }

  static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    check(Data(actual.utf8), named: name, sourceLocation: sourceLocation)
  }
}

/// A scratch directory for one test, removed at the end.
final class Scratch {
  let path: String

  init() throws {
    path = NSTemporaryDirectory() + "koen-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    chmod(path, 0o755)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// Writes `bytes` to `name` and returns its path.
  @discardableResult
  func file(_ name: String, _ bytes: [UInt8]) throws -> String {
    let full = path + "/" + name
    try FileManager.default.createDirectory(
      atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(bytes).write(to: URL(fileURLWithPath: full))
    return full
  }

  /// Writes `text` to `name` and returns its path.
  @discardableResult
  func file(_ name: String, _ text: String) throws -> String { try file(name, Array(text.utf8)) }
}

/// The corpus documents (`Corpora/Documents/*.txt`), sorted.
enum Corpus {
  static var documents: [String] {
    let dir = RepositoryPaths.corpora + "/Documents"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted().map { "Corpora/Documents/" + $0 }
  }
}
