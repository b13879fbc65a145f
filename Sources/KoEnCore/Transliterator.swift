internal import CICU
import Synchronization

/// A failure to create a transliterator: an unknown ID, or a syntax error in custom rules.
///
/// The description names the problem the way a user can act on it:
/// `unknown transliterator ID 'Klingon-Latin' (U_INVALID_ID)` or
/// `syntax error in transliteration rules 'Broken' at 2:1 (U_MULTIPLE_POST_CONTEXTS) after
/// "a > b;\n"`. ICU reports the position where it stopped reading, which for most errors
/// is the start of the rule at fault.
public struct TransliteratorError: Error, Hashable, Sendable, CustomStringConvertible {
  /// ICU's status, such as `U_INVALID_ID` or `U_MALFORMED_RULE`.
  public let icuError: ICUError
  /// The ID that was asked for, or the name given to custom rules.
  public let id: String
  /// Whether the error is in custom rules (a syntax error) rather than in an ID.
  public let isRuleError: Bool
  /// For rule errors: where ICU stopped, in UTF-16 code units from the start of the rules,
  /// as ICU reports it; nil when ICU gave no position.
  public let utf16Offset: Int?
  /// For rule errors: the 1-based line of the error in the rules; nil when unknown.
  public let line: Int?
  /// For rule errors: the 1-based column of the error in its line, counted in Unicode
  /// scalars; nil when unknown.
  public let column: Int?
  /// Up to 15 UTF-16 units of the rules just before the error.
  public let preContext: String
  /// Up to 15 UTF-16 units of the rules from the error on.
  public let postContext: String

  /// A one-line message naming the ID or rule set, ICU's error and, for rules, where.
  public var description: String {
    guard isRuleError else {
      return "unknown transliterator ID '\(id)' (\(icuError.name))"
    }
    var text = "syntax error in transliteration rules '\(id)'"
    if let line, let column { text += " at \(line):\(column)" }
    text += " (\(icuError.name))"
    if !preContext.isEmpty { text += " after \"\(Self.escaped(preContext))\"" }
    if !postContext.isEmpty { text += " before \"\(Self.escaped(postContext))\"" }
    return text
  }

  /// The context with line breaks and tabs shown as `\n`, `\r`, `\t`, so the message stays
  /// on one line.
  static func escaped(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}

/// Transforms text with an ICU transliterator: by ID (`Hangul-Latin`, `Any-Latin`, or a
/// compound ID such as `NFD; Any-Latin; Latin-ASCII; NFC`) or from custom rules in ICU's rule
/// syntax.
///
/// ```swift
/// let t = try Transliterator(id: "Hangul-Latin")
/// t.transliterate("북한")          // "bughan" (ICU's letter-by-letter scheme)
/// let ascii = try Transliterator(id: "NFD; Any-Latin; Latin-ASCII; NFC")
/// ascii.transliterate("서울 café") // "seoul cafe"
/// ```
///
/// ICU's `Hangul-Latin` transliterates letter by letter and ignores Korean sound changes; for
/// official Revised Romanization use KoEn's `Romanizer`.
///
/// - Thread-safety: ICU transliterators are not thread-safe. A `Transliterator` guards its
///   ICU object with a lock, so one instance may be shared between tasks; calls from
///   several tasks run one at a time. For heavy parallel use, create one per task.
public final class Transliterator: Sendable {
  /// The transliterator's ID as ICU reports it (for custom rules, the name given).
  public let id: String
  private let handle: Mutex<Handle>

  /// Opens the transliterator with this ID, forward or reverse.
  ///
  /// - Parameters:
  ///   - id: a system ID from `availableIDs` (`Hangul-Latin`), a compound ID separated by
  ///     semicolons (`NFD; Any-Latin; Latin-ASCII; NFC`), optionally with filters
  ///     (`[:Hangul:] Latin-Hangul`).
  ///   - reverse: open the inverse transliterator (`Latin-Hangul` for `Hangul-Latin`).
  /// - Throws: `TransliteratorError` naming the ID when ICU does not know it.
  /// - Complexity: opening compiles ICU's rules; cache the instance rather than reopening
  ///   it per string.
  public convenience init(id: String, reverse: Bool = false) throws(TransliteratorError) {
    try self.init(id: id, rules: nil, reverse: reverse)
  }

  /// Compiles custom transliteration rules in ICU's rule syntax, such as
  /// `"ㄱ > g; ㄴ > n;"` or `":: NFD; [:Mn:] > ; :: NFC;"`.
  ///
  /// - Parameters:
  ///   - rules: the rules.
  ///   - id: the name to give the rule set, used in errors and `id`.
  ///   - reverse: compile the rules' reverse direction.
  /// - Throws: `TransliteratorError` with `isRuleError` set, the ICU error, the line and
  ///   column of the first syntax error and the text around it.
  public convenience init(rules: String, id: String = "Custom", reverse: Bool = false) throws(TransliteratorError) {
    try self.init(id: id, rules: rules, reverse: reverse)
  }

  private init(id: String, rules: String?, reverse: Bool) throws(TransliteratorError) {
    let idUnits = Array(id.utf16)
    let ruleUnits = rules.map { Array($0.utf16) }
    var status: koen_status = 0
    var errorLine: Int32 = 0
    var errorOffset: Int32 = -1
    var pre = [UInt16](repeating: 0, count: 16)
    var post = [UInt16](repeating: 0, count: 16)
    let raw: OpaquePointer? = idUnits.withUnsafeBufferPointer { idBuffer in
      guard let ruleUnits else {
        return koen_translit_open(
          idBuffer.baseAddress, Int32(idBuffer.count), nil, 0, reverse ? 1 : 0,
          &errorLine, &errorOffset, &pre, &post, &status)
      }
      // ICU reads a NULL rules pointer as "open by ID": empty rules need a real pointer.
      let units = ruleUnits.isEmpty ? [0] : ruleUnits
      return units.withUnsafeBufferPointer { ruleBuffer in
        koen_translit_open(
          idBuffer.baseAddress, Int32(idBuffer.count), ruleBuffer.baseAddress, Int32(ruleUnits.count),
          reverse ? 1 : 0, &errorLine, &errorOffset, &pre, &post, &status)
      }
    }
    guard status <= 0, let raw else {
      let icuError = ICUError(rawValue: status > 0 ? status : ICUError.missingResource.rawValue)
      var line: Int? = nil
      var column: Int? = nil
      var offset: Int? = nil
      if let rules, errorOffset >= 0 {
        offset = Int(errorOffset)
        (line, column) = Self.lineAndColumn(of: Int(errorOffset), in: rules)
      }
      throw TransliteratorError(
        icuError: icuError, id: id, isRuleError: rules != nil, utf16Offset: offset, line: line,
        column: column, preContext: String(decoding: pre.prefix { $0 != 0 }, as: UTF16.self),
        postContext: String(decoding: post.prefix { $0 != 0 }, as: UTF16.self))
    }
    let handle = Handle(raw)
    self.id = rules == nil ? handle.currentID() : id
    self.handle = Mutex(handle)
  }

  /// The 1-based line and column (in scalars) of a UTF-16 offset in `text`.
  static func lineAndColumn(of utf16Offset: Int, in text: String) -> (Int, Int) {
    var line = 1
    var column = 1
    var units = 0
    for scalar in text.unicodeScalars {
      if units >= utf16Offset { break }
      units += UTF16.width(scalar)
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return (line, column)
  }

  /// Transliterates `text`.
  ///
  /// - Complexity: O(n) for ICU's built-in transliterators; custom rules may cost more.
  ///   Copies the text to UTF-16 once; a result longer than twice the input is retried
  ///   once at the exact length ICU reports.
  public func transliterate(_ text: String) -> String {
    if text.isEmpty { return text }
    let source = Array(text.utf16)
    return handle.withLock { handle in
      var capacity = source.count * 2 + 16
      while true {
        var status: koen_status = 0
        var length = Int32(source.count)
        let result = [UInt16](unsafeUninitializedCapacity: capacity) { buffer, count in
          _ = buffer.initialize(from: source)
          buffer.baseAddress!.advanced(by: source.count).initialize(repeating: 0, count: capacity - source.count)
          koen_translit_run(handle.raw, buffer.baseAddress, &length, Int32(capacity), &status)
          count = status <= 0 ? Int(length) : capacity
        }
        if status == KOEN_BUFFER_OVERFLOW {
          // ICU reports the full length: retry with room for it (and grow regardless, so
          // the loop ends even if an ICU version reported less).
          capacity = max(Int(length) + 1, capacity * 2)
          continue
        }
        // ICU fails here only on allocation failure: nothing a caller could handle.
        precondition(status <= 0, "ICU transliteration failed: \(ICUError(rawValue: status))")
        return String(decoding: result, as: UTF16.self)
      }
    }
  }

  /// The IDs of every transliterator ICU provides (`Hangul-Latin`, `Any-Latin`,
  /// `Latin-ASCII`, …), in ICU's order.
  ///
  /// - Complexity: O(k) in the number of IDs (several hundred); build once and keep.
  public static var availableIDs: [String] {
    var status: koen_status = 0
    guard let ids = koen_translit_ids_open(&status), status <= 0 else { return [] }
    defer { koen_translit_ids_close(ids) }
    var result: [String] = []
    while true {
      var length: Int32 = 0
      guard let units = koen_translit_ids_next(ids, &length, &status), status <= 0 else { break }
      result.append(String(decoding: UnsafeBufferPointer(start: units, count: Int(length)), as: UTF16.self))
    }
    return result
  }

  /// An open ICU transliterator. Owned: closed when released. Used only under the lock.
  final class Handle {
    let raw: OpaquePointer
    init(_ raw: OpaquePointer) { self.raw = raw }
    func currentID() -> String {
      var status: koen_status = 0
      var out = [UInt16](repeating: 0, count: 512)
      var length = koen_translit_id(raw, &out, Int32(out.count), &status)
      if status == KOEN_BUFFER_OVERFLOW {
        status = 0
        out = [UInt16](repeating: 0, count: Int(length))
        length = koen_translit_id(raw, &out, Int32(out.count), &status)
      }
      guard status <= 0 else { return "" }
      return String(decoding: out[..<Int(length)], as: UTF16.self)
    }
    deinit { koen_translit_close(raw) }
  }
}
