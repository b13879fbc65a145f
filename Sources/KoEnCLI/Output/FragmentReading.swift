import KoEn

/// The romanizer of readings in diagnostics and of `koen clean --romanize-untranslated`.
let readingRomanizer = Fragment.readingRomanizer
