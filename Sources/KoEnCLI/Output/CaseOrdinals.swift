import KoEn

extension TokenKind {
  /// The case's place in the declaration, for `SpanRecordWriter`'s slots.
  var ordinal: Int {
    switch self {
    case .word: 0
    case .number: 1
    case .punctuation: 2
    case .symbol: 3
    case .whitespace: 4
    case .lineBreak: 5
    case .url: 6
    case .email: 7
    case .invalid: 8
    }
  }
}

extension Language {
  /// The case's place in the declaration, for `SpanRecordWriter`'s slots.
  var ordinal: Int {
    switch self {
    case .ko: 0
    case .en: 1
    case .ja: 2
    case .zh: 3
    case .und: 4
    case .zxx: 5
    }
  }
}
