extension Language {
  /// The other of the two languages document analysis separates: English for Korean and
  /// Korean for anything else.
  var otherAnalysed: Language { self == .ko ? .en : .ko }
}
