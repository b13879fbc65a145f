/// What the consumer expected and what it got: each check prints one line, and a failed
/// check makes the program exit with status 1.
struct Expectations {
  private(set) var failures = 0
  private(set) var checks = 0

  mutating func expect(_ condition: Bool, _ what: String, got: @autoclosure () -> String = "") {
    checks += 1
    if condition {
      print("ok    \(what)")
    } else {
      failures += 1
      let detail = got()
      print("FAIL  \(what)" + (detail.isEmpty ? "" : ": got \(detail)"))
    }
  }
}
