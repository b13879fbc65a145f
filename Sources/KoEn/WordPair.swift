/// Two 64-bit words stored as one `UInt128`: a single stored value to the compiler where
/// two fields would be two.
///
/// Why: `Tokenizer.Iterator` lives in its caller's loop, and a struct of eight stored
/// scalars or more (a class reference, integers) is destroyed there through an outlined
/// function given its address. The address then escapes, every call in the loop may read
/// the iterator, and the compiler keeps its fields in memory: two stores per token. With
/// its pairs of words in `WordPair`s the iterator holds seven scalars and lives in
/// registers; a 128-bit integer is two registers, so reading or setting a half costs
/// nothing more than a field.
@usableFromInline
struct WordPair {
  @usableFromInline var bits: UInt128

  // The standard library's `_low`, `_high` and `init(_low:_high:)` are single operations;
  // the generic conversions and shifts (`UInt128(x) &<< 64`) inline as several blocks
  // each, which made the caller's loop too large for the inliner to take in the scanner's
  // fast paths.
  @inlinable init(low: UInt64, high: UInt64) {
    bits = UInt128(_low: low, _high: high)
  }

  /// The low 64 bits.
  @inlinable var low: UInt64 {
    @inline(__always) get { bits._low }
    @inline(__always) set { bits = UInt128(_low: newValue, _high: bits._high) }
  }

  /// The high 64 bits.
  @inlinable var high: UInt64 {
    @inline(__always) get { bits._high }
    @inline(__always) set { bits = UInt128(_low: bits._low, _high: newValue) }
  }
}
