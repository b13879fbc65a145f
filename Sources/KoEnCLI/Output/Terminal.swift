#if canImport(Glibc)
  import Glibc
#endif
import ArgumentParser
import KoEn

/// When to colour human-readable output.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable, Sendable {
  /// Colour when standard output is a terminal and `NO_COLOR` is not set.
  case auto
  /// Always colour (for `less -R`).
  case always
  /// Never colour.
  case never

  /// Whether to colour, given the environment.
  var enabled: Bool {
    switch self {
    case .always: true
    case .never: false
    case .auto: Terminal.isTerminal(1) && !Terminal.noColor && Terminal.environment("TERM") != "dumb"
    }
  }
}

/// Facts about the terminal and environment.
enum Terminal {
  /// Whether the descriptor is a terminal.
  static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

  /// An environment variable.
  static func environment(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }

  /// `NO_COLOR` (no-color.org): set and not empty means no colour.
  static var noColor: Bool { !(environment("NO_COLOR") ?? "").isEmpty }

  /// The width of the terminal on `descriptor`, or nil when it is not one.
  static func width(_ descriptor: Int32 = 1) -> Int? {
    var size = winsize()
    guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }
}

/// ANSI styles for human-readable output; every style is empty when colour is off.
struct Palette: Sendable {
  /// Whether escapes are produced at all.
  let enabled: Bool

  private func sgr(_ code: String) -> String { enabled ? "\u{1B}[\(code)m" : "" }

  var reset: String { sgr("0") }
  var bold: String { sgr("1") }
  var dim: String { sgr("2") }
  var korean: String { sgr("36") }  // cyan
  var english: String { sgr("33") }  // yellow
  var other: String { sgr("35") }  // magenta
  var neutral: String { sgr("90") }  // grey
  var chrome: String { sgr("2;37") }  // dim
  var untranslated: String { sgr("1;31") }  // bold red
  var fragment: String { sgr("4;1;31") }  // underlined bold red
  var label: String { sgr("1;34") }  // bold blue

  /// The colour of a language.
  func language(_ language: Language) -> String {
    switch language {
    case .ko: korean
    case .en: english
    case .zxx: neutral
    case .ja, .zh, .und: other
    }
  }

  /// The colour of a line's language.
  func language(_ language: LineLanguage) -> String {
    switch language {
    case .ko: korean
    case .en: english
    case .none: neutral
    case .mixed: sgr("32")
    }
  }

  /// `text` in `style`, reset after.
  func paint(_ text: String, _ style: String) -> String {
    style.isEmpty ? text : style + text + reset
  }
}
