#if canImport(Glibc)
  import Glibc
#endif

/// How a `koen` run ended, as its process exit status.
///
/// The values follow BSD's `sysexits.h` where one fits, so scripts can tell "the text has
/// findings" from "the input could not be read". When several files end differently, the run
/// exits with the most serious status: I/O error, then cannot open, then bad data, then
/// findings, then success.
public enum ExitStatus: Int32, Sendable, Comparable, CaseIterable {
  /// Everything was read and written; nothing to report.
  case success = 0
  /// The check found something: untranslated text, text not in the asked normalization form.
  case findings = 1
  /// The command line was wrong (unknown option, bad value, unknown transliterator ID).
  case usage = 2
  /// An input was not text KoEn reads: invalid UTF-8, NUL bytes (binary), UTF-16 or UTF-32.
  case dataError = 65
  /// An input could not be opened: missing, unreadable, a directory where a file was expected.
  case cannotOpen = 66
  /// Reading or writing failed midway, including a closed output pipe. Output may be partial.
  case ioError = 74

  /// How serious the status is, for combining the statuses of several files.
  var severity: Int {
    switch self {
    case .success: 0
    case .findings: 1
    case .dataError: 2
    case .cannotOpen: 3
    case .usage: 4
    case .ioError: 5
    }
  }

  public static func < (a: ExitStatus, b: ExitStatus) -> Bool { a.severity < b.severity }

  /// The exit statuses as `--help` and the README list them.
  static let helpText = """
    Exit status:
      0   success
      1   findings (untranslated text; text not normalized with --check)
      2   usage error (bad option or value, unknown transliterator ID)
      65  bad input data (invalid UTF-8, NUL bytes, UTF-16/UTF-32): file skipped
      66  cannot open an input (missing, unreadable, a directory without -r)
      74  I/O error (read or write failed, output pipe closed): output incomplete
    With several files, every file is still processed and the most serious status
    wins.
    """
}
