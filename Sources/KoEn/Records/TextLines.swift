/// The lines of UTF-8 text as the line-by-line commands (`koen romanize`, `koen translit`)
/// and the C library's `koen_romanize` read them: each line's content and its line break.
public enum TextLines {
  /// Calls `body` with each line's content and its line break (`\n`, `\r\n`, or nothing
  /// after a last line without one). Joined in order, the pieces give back `bytes`.
  ///
  /// - Complexity: O(n) in the bytes.
  public static func forEach<Bytes: RandomAccessCollection<UInt8>>(
    in bytes: Bytes, _ body: (Bytes.SubSequence, Bytes.SubSequence) -> Void
  ) where Bytes.Index == Int {
    var start = bytes.startIndex
    let count = bytes.endIndex
    while start < count {
      var end = start
      while end < count, bytes[end] != 0x0A { end += 1 }
      var contentEnd = end
      if end < count, contentEnd > start, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
      let breakEnd = end < count ? end + 1 : end
      body(bytes[start..<contentEnd], bytes[contentEnd..<breakEnd])
      start = breakEnd
    }
  }
}
