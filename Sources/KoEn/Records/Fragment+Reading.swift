extension Fragment {
  /// The romanizer of readings in diagnostics (`"신라" (Silla)`): Revised Romanization,
  /// Hanja read in Hangul first.
  public static let readingRomanizer = Romanizer(scheme: .revised, options: [.readHanja])

  /// The fragment's Revised Romanization, shown after Korean in diagnostics (`"신라"
  /// (Silla)`), or nil when the text has no Hangul syllable or CJK ideograph.
  ///
  /// - Complexity: O(n) in the text.
  public var reading: String? {
    guard text.unicodeScalars.contains(where: { (0xAC00...0xD7A3).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) }) else {
      return nil
    }
    return Fragment.readingRomanizer.romanize(text)
  }
}
