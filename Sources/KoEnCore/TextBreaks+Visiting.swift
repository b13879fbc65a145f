internal import CICU

extension TextBreaks {
  /// Calls `body` with every boundary after 0 in UTF-8 bytes, in order, without collecting
  /// them.
  ///
  /// This is ICU's break iterator loop with nothing around it: the fair baseline when
  /// KoEn's own tokenizer is measured against ICU, and the way to walk a large text without
  /// an array of boundaries.
  ///
  /// - Parameters:
  ///   - bytes: UTF-8 text; ill-formed sequences read as U+FFFD. Must stay valid during the
  ///     call (it is not copied).
  ///   - body: receives each boundary's UTF-8 offset and, for word boundaries, ICU's rule
  ///     status (0 for other kinds).
  /// - Returns: the number of boundaries visited (0 when ICU could not open an iterator).
  /// - Complexity: O(n). Borrows an ICU iterator from the value's pool (opening one only
  ///   when all are in use), so concurrent calls are safe and repeated calls are cheap.
  @discardableResult
  public func visitBoundaries(
    inUTF8 bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, WordBreakStatus) -> Void
  ) -> Int {
    guard let handle = borrowHandle() else { return 0 }
    defer { returnHandle(handle) }
    var status: Int32 = 0
    withUnsafePointer(to: 0 as UInt8) { empty in
      koen_breaks_set_utf8(handle.raw, bytes.baseAddress ?? empty, Int64(bytes.count), &status)
    }
    guard status <= 0 else { return 0 }
    let isWord = kind == .word
    var count = 0
    while true {
      let offset = koen_breaks_next(handle.raw)
      if offset < 0 { break }
      let rule = isWord ? koen_breaks_rule_status(handle.raw) : 0
      body(Int(offset), WordBreakStatus(rawValue: rule))
      count += 1
    }
    return count
  }
}
