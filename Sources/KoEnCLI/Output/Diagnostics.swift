#if canImport(Glibc)
  import Glibc
#endif

/// One problem with one input, for standard error.
struct Diagnostic: Sendable, Hashable {
  /// The input's name as given on the command line (`<stdin>` for standard input).
  let file: String
  /// What went wrong, starting with a lowercase word (`invalid UTF-8 at byte 12`).
  let message: String
  /// The exit status this problem calls for.
  let status: ExitStatus

  /// The line printed on standard error: `koen: FILE: MESSAGE`.
  var line: String { "koen: \(file): \(message)" }
}

/// Standard error and the run's exit status, shared by every file of a run.
///
/// Thread-safe: lines are written whole under a lock, and the status only grows in severity.
final class Diagnostics: Sendable {
  private let state = Locked(ExitStatus.success)

  /// The most serious status seen so far.
  var status: ExitStatus { state.withLock { $0 } }

  /// Raises the run's status to at least `status`.
  func note(_ status: ExitStatus) {
    state.withLock { if status > $0 { $0 = status } }
  }

  /// Prints a problem's line and raises the status.
  func report(_ diagnostic: Diagnostic) {
    note(diagnostic.status)
    Diagnostics.printError(diagnostic.line)
  }

  /// Prints one line on standard error, whole. Errors writing standard error are ignored:
  /// there is nowhere left to report them.
  static func printError(_ line: String) {
    Progress.shared.clearLine()
    var text = line + "\n"
    text.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        let n = Glibc.write(2, bytes.baseAddress! + offset, bytes.count - offset)
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { return }
        offset += n
      }
    }
  }
}
