#if canImport(Glibc)
  import Glibc
#endif
import ArgumentParser

/// The entry point of the `koen` executable.
public enum KoEnMain {
  /// Parses the command line, runs the command and exits with its status.
  ///
  /// Usage errors exit with 2 (argument-parser's default is 64); `--help` and `--version`
  /// print on standard output and exit 0.
  public static func run(_ arguments: [String]? = nil) -> Never {
    signal(SIGPIPE, SIG_IGN)
    let status: Int32
    do {
      var command = try KoEnCommand.parseAsRoot(arguments)
      try command.run()
      status = 0
    } catch {
      let code = KoEnCommand.exitCode(for: error)
      let message = KoEnCommand.fullMessage(for: error)
      if code == .success {
        let sink = OutputSink()
        do {
          try sink.write(message.hasSuffix("\n") ? message : message + "\n")
          try sink.flush()
          status = 0
        } catch {
          Diagnostics.printError("koen: \(error)")
          status = ExitStatus.ioError.rawValue
        }
      } else if code == .validationFailure {
        if !message.isEmpty { Diagnostics.printError(message) }
        status = ExitStatus.usage.rawValue
      } else {
        if !message.isEmpty { Diagnostics.printError(message) }
        status = code.rawValue
      }
    }
    exit(status)
  }
}
