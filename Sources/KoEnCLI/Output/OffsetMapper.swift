import ArgumentParser
import KoEn

/// The unit of `start`/`end` offsets in machine-readable output.
enum OffsetUnit: String, ExpressibleByArgument, CaseIterable, Sendable {
  /// UTF-8 bytes into the file: the default, and what KoEn computes.
  case utf8
  /// UTF-16 code units: JavaScript string indices, LSP positions.
  case utf16
  /// Unicode scalars: Python `str` indices.
  case scalars
}

/// Converts UTF-8 byte offsets into UTF-16 or scalar offsets, walking forward through the
/// text, so converting the increasing offsets of one document costs O(n) in all.
///
/// An ill-formed UTF-8 sequence counts as one unit, the U+FFFD that replaces it when the
/// text is decoded. The mapper carries its position across chunks of a streamed file.
struct OffsetMapper {
  /// The unit produced.
  let unit: OffsetUnit
  /// The bytes of the current chunk.
  private var chunk: [UInt8] = []
  /// The chunk's first byte's offset in the file, and that position in `unit`s.
  private var chunkStartByte = 0
  private var chunkStartUnits = 0
  /// The walk's position: a byte offset in the file and the same position in `unit`s.
  private var byte = 0
  private var units = 0

  /// Creates a mapper at the start of a file.
  init(unit: OffsetUnit) { self.unit = unit }

  /// Moves on to the next chunk of the file, which starts inside or at the end of the
  /// previous one (a processor may carry the previous chunk's tail into the next).
  mutating func begin(chunk bytes: [UInt8], at fileOffset: Int) {
    if unit != .utf8 {
      advance(to: fileOffset)
      precondition(byte == fileOffset, "a chunk must start inside or right after the previous one")
    }
    chunk = bytes
    chunkStartByte = fileOffset
    chunkStartUnits = units
    byte = fileOffset
  }

  /// The offset in `unit`s of the file's byte offset `target` (in the current chunk).
  mutating func map(_ target: Int) -> Int {
    if unit == .utf8 { return target }
    advance(to: target)
    return units
  }

  private mutating func advance(to target: Int) {
    if target < byte {
      byte = chunkStartByte
      units = chunkStartUnits
    }
    chunk.withUnsafeBufferPointer { bytes in
      var i = byte - chunkStartByte
      let end = min(target - chunkStartByte, bytes.count)
      while i < end {
        let b = bytes[i]
        if b < 0x80 {
          i += 1
          units += 1
          continue
        }
        let valid = UTF8Validation.validSequenceLength(in: bytes, at: i)
        if valid > 0 {
          units += unit == .utf16 && valid == 4 ? 2 : 1
          i += valid
        } else {
          units += 1
          i += UTF8Validation.invalidSequenceLength(in: bytes, at: i)
        }
      }
      byte = chunkStartByte + i
    }
  }
}
