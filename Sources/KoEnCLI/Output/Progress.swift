#if canImport(Glibc)
  import Glibc
#endif

/// A progress bar on standard error, shown only when standard error is a terminal, only
/// after the work has taken a second, and never mixed with other lines (diagnostics clear
/// it first). Thread-safe.
final class Progress: Sendable {
  /// The process's progress bar.
  static let shared = Progress()

  private struct State {
    var enabled = false
    var visible = false
    var start: Double = 0
    var lastDraw: Double = 0
    var totalFiles = 0
    var totalBytes = 0
    var files = 0
    var bytes = 0
  }
  private let state = Locked(State())

  /// Starts counting towards `files` files of `bytes` bytes (0 when unknown).
  func start(files: Int, bytes: Int, enabled: Bool) {
    state.withLock {
      $0 = State()
      $0.enabled = enabled && isatty(2) == 1
      $0.start = Progress.now()
      $0.totalFiles = files
      $0.totalBytes = bytes
    }
  }

  /// Records finished work and redraws at most ten times a second.
  func advance(files: Int = 0, bytes: Int = 0) {
    state.withLock { s in
      s.files += files
      s.bytes += bytes
      guard s.enabled else { return }
      let now = Progress.now()
      guard now - s.start > 1, now - s.lastDraw > 0.1 else { return }
      s.lastDraw = now
      s.visible = true
      Progress.draw(s, elapsed: now - s.start)
    }
  }

  /// Erases the bar (before a diagnostic, and at the end).
  func clearLine() {
    state.withLock { s in
      guard s.visible else { return }
      s.visible = false
      Progress.emit("\r\u{1B}[K")
    }
  }

  private static func draw(_ s: State, elapsed: Double) {
    let fraction = s.totalBytes > 0 ? min(1, Double(s.bytes) / Double(s.totalBytes)) : (s.totalFiles > 0 ? Double(s.files) / Double(s.totalFiles) : 0)
    let width = 30
    let filled = Int(fraction * Double(width))
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    let rate = Double(s.bytes) / max(elapsed, 0.001) / 1_048_576
    let text = "\r\(bar) \(Int(fraction * 100))%  \(s.files)/\(s.totalFiles) files  \(formatDecimal(Double(s.bytes) / 1_048_576, digits: 1)) MB  \(formatDecimal(rate, digits: 1)) MB/s\u{1B}[K"
    emit(text)
  }

  private static func emit(_ text: String) {
    var text = text
    text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
  }

  private static func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
  }
}
