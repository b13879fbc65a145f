internal import CICU
import Synchronization

/// A failure to create a transliterator: an unknown ID, or a syntax error in custom rules.
public struct TransliteratorError: Error, Hashable, Sendable, CustomStringConvertible {
  /// ICU's status.
  public let icuError: ICUError
  /// The ID or rule set's name that was asked for.
  public let id: String
  /// For rule syntax errors: the 1-based... ICU's line of the error (0 when not known).
  public let line: Int
  /// For rule syntax errors: the offset of the error in the rules, in UTF-16 units, or
  /// in the line when `line` is set (-1 when not known).
  public let offset: Int
  /// The rule text just before the error.
  public let context: String

  public var description: String {
    if icuError == .missingResource || icuError == .illegalArgument && context.isEmpty && offset < 0 {
      return "unknown transliterator ID '\(id)' (\(icuError.name))"
    }
    var text = "cannot create transliterator '\(id)': \(icuError.name)"
    if offset >= 0 { text += " at offset \(offset)" }
    if !context.isEmpty { text += " after \"\(context)\"" }
    return text
  }
}

/// Transforms text with an ICU transliterator: by ID (`Hangul-Latin`, compound IDs such as
/// `NFD; Any-Latin; Latin-ASCII; NFC`) or from custom rules.
///
/// ```swift
/// let t = try Transliterator(id: "Hangul-Latin")
/// t.transliterate("북한") // "bughan"
/// ```
///
/// ICU transliterators are not thread-safe. A `Transliterator` serializes use of its ICU
/// object with a lock, so one value may be shared between tasks; for heavy parallel use,
/// create one per task.
public final class Transliterator: Sendable {
  /// The transliterator's canonical ID as ICU reports it.
  public let id: String
  private let handle: Mutex<Handle>

  /// Opens the transliterator with this ID, forward or reverse.
  ///
  /// - Throws: `TransliteratorError` naming the ID when ICU does not know it.
  public convenience init(id: String, reverse: Bool = false) throws(TransliteratorError) {
    try self.init(id: id, rules: nil, reverse: reverse)
  }

  /// Compiles custom transliteration rules (ICU's rule syntax) under the name `id`.
  ///
  /// - Throws: `TransliteratorError` with the position of the first syntax error.
  public convenience init(rules: String, id: String = "Custom", reverse: Bool = false) throws(TransliteratorError) {
    try self.init(id: id, rules: rules, reverse: reverse)
  }

  private init(id: String, rules: String?, reverse: Bool) throws(TransliteratorError) {
    let idUnits = Array(id.utf16)
    let ruleUnits = rules.map { Array($0.utf16) }
    var status: Int32 = 0
    var errorLine: Int32 = 0
    var errorOffset: Int32 = -1
    var context = [UInt16](repeating: 0, count: 17)
    let raw: OpaquePointer? = idUnits.withUnsafeBufferPointer { idBuffer in
      if let ruleUnits {
        return ruleUnits.withUnsafeBufferPointer { ruleBuffer in
          koen_translit_open(
            idBuffer.baseAddress, Int32(idBuffer.count), ruleBuffer.baseAddress ?? UnsafePointer(idBuffer.baseAddress),
            Int32(ruleBuffer.count), reverse ? 1 : 0, &errorLine, &errorOffset, &context, 17, &status)
        }
      }
      return koen_translit_open(
        idBuffer.baseAddress, Int32(idBuffer.count), nil, 0, reverse ? 1 : 0,
        &errorLine, &errorOffset, &context, 17, &status)
    }
    guard status <= 0, let raw else {
      let contextText = UTF16Buffer.string(context.prefix { $0 != 0 })
      throw TransliteratorError(
        icuError: ICUError(rawValue: status > 0 ? status : ICUError.missingResource.rawValue),
        id: id, line: Int(errorLine), offset: rules == nil ? -1 : Int(errorOffset), context: contextText)
    }
    let handle = Handle(raw)
    self.id = handle.currentID()
    self.handle = Mutex(handle)
  }

  /// Transliterates `text`.
  ///
  /// - Complexity: O(n) for ICU's built-in transliterators.
  public func transliterate(_ text: String) -> String {
    if text.isEmpty { return text }
    let source = Array(text.utf16)
    return handle.withLock { handle in
      var capacity = source.count * 4 + 16
      while true {
        var status: Int32 = 0
        var length = Int32(source.count)
        var buffer = source
        buffer.append(contentsOf: repeatElement(0, count: capacity - source.count))
        buffer.withUnsafeMutableBufferPointer {
          koen_translit_run(handle.raw, $0.baseAddress, &length, Int32(capacity), &status)
        }
        if status == KOEN_BUFFER_OVERFLOW || status == KOEN_INDEX_OUTOFBOUNDS {
          capacity *= 4
          continue
        }
        precondition(status <= 0, "ICU transliteration failed: \(ICUError(rawValue: status))")
        return UTF16Buffer.string(buffer[..<Int(length)])
      }
    }
  }

  /// The IDs of every transliterator ICU provides, in ICU's order.
  public static var availableIDs: [String] {
    var status: Int32 = 0
    guard let ids = koen_translit_ids_open(&status), status <= 0 else { return [] }
    defer { koen_translit_ids_close(ids) }
    var result: [String] = []
    while true {
      var length: Int32 = 0
      guard let units = koen_translit_ids_next(ids, &length, &status), status <= 0 else { break }
      result.append(UTF16Buffer.string(UnsafeBufferPointer(start: units, count: Int(length))))
    }
    return result
  }

  /// An open ICU transliterator. Owned: closed when released. Only used under the lock.
  final class Handle: @unchecked Sendable {
    let raw: OpaquePointer
    init(_ raw: OpaquePointer) { self.raw = raw }
    func currentID() -> String {
      var status: Int32 = 0
      var out = [UInt16](repeating: 0, count: 256)
      let length = koen_translit_id(raw, &out, Int32(out.count), &status)
      guard status <= 0 else { return "" }
      return UTF16Buffer.string(out[..<Int(length)])
    }
    deinit { koen_translit_close(raw) }
  }
}
