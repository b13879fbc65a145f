/// A system for writing Korean in Latin letters.
///
/// The raw values are the names the command line uses (`--scheme rr|rr-translit|mr|icu`).
public enum RomanizationScheme: String, CaseIterable, Sendable, Hashable {
  /// The Revised Romanization of Korean (2000), South Korea's official system: it writes the
  /// standard pronunciation, with the sound changes its rules list (신라 → Silla).
  case revised = "rr"
  /// The letter-for-letter variant of the Revised Romanization for academic use (rule 3.8):
  /// reversible, writes spelling rather than sound (신라 → sinla, 없었습니다 → eobs-eoss-seubnida).
  case revisedTransliteration = "rr-translit"
  /// McCune–Reischauer (1939), with breves and apostrophes (한국 → Han'guk, 독립문 → Tongnimmun).
  /// The `ascii` option drops the breves (ŏ → o, ŭ → u).
  case mccuneReischauer = "mr"
  /// ICU's `Hangul-Latin` transliterator, letter by letter and reversible (북한 → bughan).
  case icu
}
