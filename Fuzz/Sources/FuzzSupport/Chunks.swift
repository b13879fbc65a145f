/// Cuts `bytes` into chunks whose sizes come from the input itself, so one fuzz input
/// exercises many different cut points (including cuts inside scalars).
///
/// The sizes follow a small linear congruential generator seeded with the input's length
/// and first bytes; every size is between 1 and `maximum`.
public func chunks(of bytes: [UInt8], maximum: Int = 17) -> [ArraySlice<UInt8>] {
  var seed = UInt32(truncatingIfNeeded: bytes.count) &* 2_654_435_761
  for b in bytes.prefix(4) { seed = seed &* 31 &+ UInt32(b) }
  var out: [ArraySlice<UInt8>] = []
  var i = 0
  while i < bytes.count {
    seed = seed &* 1_103_515_245 &+ 12_345
    let size = Int((seed >> 16) % UInt32(maximum)) + 1
    let end = min(bytes.count, i + size)
    out.append(bytes[i..<end])
    i = end
  }
  return out
}
