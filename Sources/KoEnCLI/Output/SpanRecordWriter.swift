import KoEn
import KoEnCore

/// Writes the JSON records of the spans of one input (tokens, language runs):
/// `{"file":F,"start":S,"end":E` then a few fixed fields, then `,"text":T}`.
///
/// `koen tokens` writes about 25 bytes of JSON per input byte, so each record is
/// mostly copied, not formatted: the part up to `"start":` is made once per input, and
/// the fixed fields between `end` and `text` (`"kind":"word","script":"Latn","lang":"en"`)
/// once per combination, kept in a small table. The caller names the combination: a `slot`
/// below `slotCount` for what it knows from enum cases, and the script, which has too many
/// values for a slot of its own and is compared on each use.
struct SpanRecordWriter {
  /// The number of slots.
  static let slotCount = 64

  /// `{"file":"…","start":`, then `JSONBytes.blockSize` bytes of padding (it is copied in
  /// whole blocks).
  private let head: [UInt8]
  private let headCount: Int
  /// The fixed fields of every slot filled so far, one after another, each with `,"text":`
  /// after it; then padding, as for `head`.
  private var fragments: [UInt8] = [UInt8](repeating: 0, count: JSONBytes.blockSize)
  /// Per slot, where its fixed fields are in `fragments` and for which script.
  private var entries = [Entry](repeating: Entry(), count: SpanRecordWriter.slotCount)

  /// The previous record's end offset and its digits: consecutive spans share it as the
  /// next one's start.
  private var lastEnd = -1
  private var lastDigits = Digits()

  /// The ends of the records of one-byte ASCII texts (`SingleByteEnds`), made once.
  private let singleByteEnds = SingleByteEnds.shared.entries

  /// The digits of an offset, in place (no allocation).
  private struct Digits {
    /// The bytes `write` may store: more than the digits.
    static let room = 24
    var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
    var count = 0

    init() {}

    init(_ value: Int) {
      count = withUnsafeMutableBytes(of: &words) { words in
        JSONBytes.writeDecimal(value, at: words.baseAddress!.assumingMemoryBound(to: UInt8.self))
      }
    }

    /// Adds `delta` (a digit) to the number in place; false, changing nothing, when that
    /// does not fit (a new leading digit) and it must be written anew.
    @inline(__always)
    mutating func add(_ delta: Int) -> Bool {
      guard delta >= 0, delta < 10, count > 0 else { return false }
      let count = self.count
      return withUnsafeMutableBytes(of: &words) { digits in
        guard digits[0] != UInt8(ascii: "-") else { return false }
        let last = count - 1
        var sum = Int(digits[last] &- UInt8(ascii: "0")) + delta
        if sum >= 10 {
          // The carry goes left through nines; nines only cannot take it in place.
          var j = last - 1
          while j >= 0 && digits[j] == UInt8(ascii: "9") { j -= 1 }
          guard j >= 0 else { return false }
          digits[j] += 1
          for k in (j + 1)..<last { digits[k] = UInt8(ascii: "0") }
          sum -= 10
        }
        digits[last] = UInt8(ascii: "0") + UInt8(sum)
        return true
      }
    }

    /// Stores the digits at `p`, which has room for `room` bytes; returns their count.
    @inline(__always)
    func write(at p: UnsafeMutablePointer<UInt8>) -> Int {
      let raw = UnsafeMutableRawPointer(p)
      raw.storeBytes(of: words.0, as: UInt64.self)
      raw.storeBytes(of: words.1, toByteOffset: 8, as: UInt64.self)
      raw.storeBytes(of: words.2, toByteOffset: 16, as: UInt64.self)
      return count
    }
  }

  private struct Entry {
    var script: Int32 = -1
    var start: Int32 = 0
    var count: Int32 = 0
  }

  /// A writer for the records of the input `file`.
  init(file: String) {
    var head: [UInt8] = []
    head.append("{\"file\":" as StaticString)
    JSONValue.writeString(file, to: &head)
    head.append(",\"start\":" as StaticString)
    headCount = head.count
    head.append(contentsOf: repeatElement(0, count: JSONBytes.blockSize))
    self.head = head
  }

  /// Appends the record of the span `start..<end` (in the output's offset unit) with
  /// `text`, its fixed fields those of `slot` and `script`, and its line break; `fields`
  /// gives them (starting with a comma) the first time the pair is seen in that slot.
  ///
  /// `readableEnd`, when given, says that `text` is well-formed UTF-8 (its input passed the
  /// UTF-8 check) lying in a buffer that ends there: the text is then escaped eight bytes at
  /// a time without decoding (`JSONBytes.writeString(validUTF8:…)`).
  @inline(__always)
  mutating func write(
    to out: ByteBuffer, start: Int, end: Int, slot: Int, script: Script, text: UnsafeBufferPointer<UInt8>,
    readableEnd: UnsafePointer<UInt8>?, fields: () -> String
  ) {
    var entry = entries[slot]
    if entry.script != script.rawValue { entry = fill(slot, script, fields()) }
    let fixed = Int(entry.count)
    // Longer texts are escaped on their own, so a huge token does not reserve six times its size.
    let inline = text.count <= 1 << 12
    let room =
      headCount &+ 2 &* Digits.room &+ 8 &+ fixed &+ 2 &* JSONBytes.blockSize
      &+ (inline ? JSONBytes.maxStringCount(text.count) &+ JSONBytes.overrun &+ 2 : 0)
    let previous = lastDigits
    let reuse = lastEnd == start
    lastEnd = end
    if !(reuse && lastDigits.add(end &- start)) { lastDigits = Digits(end) }
    var escaped = false
    let digits = lastDigits
    let headCount = self.headCount
    fragments.withUnsafeBufferPointer { fragments in
      head.withUnsafeBufferPointer { head in
        out.append(reserving: room) { p in
          JSONBytes.copyBlocks(head.baseAddress!, count: headCount, to: p)
          var j = headCount
          j &+= reuse ? previous.write(at: p + j) : JSONBytes.writeDecimal(start, at: p + j)
          // `,"end":` is seven bytes: one store of eight.
          UnsafeMutableRawPointer(p + j).storeBytes(of: SpanRecordWriter.endKey, as: UInt64.self)
          j &+= 7
          j &+= digits.write(at: p + j)
          JSONBytes.copyBlocks(fragments.baseAddress! + Int(entry.start), count: fixed, to: p + j)
          j &+= fixed
          guard inline else { return j }
          // A space, a line break, a mark: about half of all tokens. Their record's end
          // is copied whole.
          if text.count == 1, text[0] < 0x80 {
            let entry = singleByteEnds + 16 &* Int(text[0])
            JSONBytes.copyBlocks(entry, count: 16, to: p + j)
            escaped = true
            return j &+ Int(entry[15])
          }
          if let readableEnd, let base = text.baseAddress {
            j &+= JSONBytes.writeString(validUTF8: base, count: text.count, readableEnd: readableEnd, at: p + j)
          } else {
            guard let n = JSONBytes.writeString(text, at: p + j) else { return j }
            j &+= n
          }
          escaped = true
          p[j] = UInt8(ascii: "}")
          p[j &+ 1] = UInt8(ascii: "\n")
          return j &+ 2
        }
      }
    }
    if !escaped {
      out.appendJSONString(text)
      out.append(UInt8(ascii: "}"))
      out.append(UInt8(ascii: "\n"))
    }
  }

  /// `,"end":` and a zero byte, as stored little-endian.
  private static var endKey: UInt64 { UInt64(littleEndian: 0x003A_2264_6E65_222C) }

  /// The fixed fields `,"key":"value"…` of `pairs`, in order, for `write`'s `fields`.
  static func fields(_ pairs: KeyValuePairs<StaticString, String>) -> String {
    var bytes: [UInt8] = []
    for (key, value) in pairs {
      bytes.append(UInt8(ascii: ","))
      JSONValue.writeString(key.description, to: &bytes)
      bytes.append(UInt8(ascii: ":"))
      JSONValue.writeString(value, to: &bytes)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Stores `fields` for `slot` and `script`, dropping every stored one first when the
  /// table has grown large (scripts that keep alternating in one slot).
  private mutating func fill(_ slot: Int, _ script: Script, _ fields: String) -> Entry {
    if fragments.count > 1 << 14 {
      fragments.removeAll(keepingCapacity: true)
      fragments.append(contentsOf: repeatElement(0, count: JSONBytes.blockSize))
      for k in entries.indices { entries[k] = Entry() }
    }
    // The new fields go where the padding was; the padding goes after them.
    fragments.removeLast(JSONBytes.blockSize)
    let entry = Entry(script: script.rawValue, start: Int32(fragments.count), count: Int32(fields.utf8.count + 8))
    fragments.append(contentsOf: fields.utf8)
    fragments.append(",\"text\":" as StaticString)
    fragments.append(contentsOf: repeatElement(0, count: JSONBytes.blockSize))
    entries[slot] = entry
    return entry
  }
}

/// For each ASCII byte, the end of a record whose text is that byte alone: the JSON string
/// (as `JSONValue` escapes it), `}` and the line break, in sixteen bytes whose last holds the
/// length.
private final class SingleByteEnds: Sendable {
  static let shared = SingleByteEnds()

  /// 128 entries of 16 bytes. Immutable after `init`.
  nonisolated(unsafe) let entries: UnsafePointer<UInt8>

  private init() {
    let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 128 * 16)
    table.initialize(repeating: 0, count: 128 * 16)
    for byte in 0..<128 {
      var end: [UInt8] = []
      withUnsafePointer(to: UInt8(byte)) { JSONValue.writeString(utf8: UnsafeBufferPointer(start: $0, count: 1), to: &end) }
      end += [UInt8(ascii: "}"), UInt8(ascii: "\n")]
      precondition(end.count < 16)
      for (k, b) in end.enumerated() { table[16 * byte + k] = b }
      table[16 * byte + 15] = UInt8(end.count)
    }
    entries = UnsafePointer(table)
  }
}
