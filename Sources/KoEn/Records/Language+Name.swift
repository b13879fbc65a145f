extension Language {
  /// The language's English name in messages (`Korean`, `English`), or its tag for `und`
  /// and `zxx`.
  public var englishName: String {
    switch self {
    case .ko: "Korean"
    case .en: "English"
    case .ja: "Japanese"
    case .zh: "Chinese"
    case .und, .zxx: rawValue
    }
  }
}
