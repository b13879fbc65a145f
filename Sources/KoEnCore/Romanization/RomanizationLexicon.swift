/// Words whose standard pronunciation depends on word structure that spelling does not show,
/// respelled as pronounced before the regular sound changes run.
///
/// Each entry maps a written word (or part of a word) to a respelling with the same number of
/// syllables: 학여울 → 학녀울 (ㄴ insertion; the regular rules then give 항녀울, Hangnyeoul).
/// Entries match anywhere inside a word, longest first, so 서울역 also covers 서울역앞.
///
/// Thread-safety: immutable tables.
enum RomanizationLexicon {
  /// Written form, respelling, and the rule the respelling stands for.
  static let entries: [(written: String, respelled: String, rule: SoundChangeRule)] = [
    // ㄴ insertion at a compound boundary (standard pronunciation §29).
    ("학여울", "학녀울", .nInsertion), ("알약", "알냑", .nInsertion), ("물약", "물냑", .nInsertion),
    ("내복약", "내복냑", .nInsertion), ("한여름", "한녀름", .nInsertion), ("색연필", "색년필", .nInsertion),
    ("꽃잎", "꽃닢", .nInsertion), ("솜이불", "솜니불", .nInsertion), ("막일", "막닐", .nInsertion),
    ("맨입", "맨닙", .nInsertion), ("담요", "담뇨", .nInsertion), ("눈요기", "눈뇨기", .nInsertion),
    ("식용유", "식용뉴", .nInsertion), ("휘발유", "휘발뉴", .nInsertion), ("영업용", "영업뇽", .nInsertion),
    ("콩엿", "콩녓", .nInsertion), ("서울역", "서울녁", .nInsertion), ("늑막염", "늑막념", .nInsertion),
    ("신여성", "신녀성", .nInsertion), ("남존여비", "남존녀비", .nInsertion), ("직행열차", "직행녈차", .nInsertion),
    ("십육", "십뉵", .nInsertion), ("백육", "백뉵", .nInsertion), ("솔잎", "솔닢", .nInsertion),
    ("설익다", "설닉다", .nInsertion), ("물엿", "물녓", .nInsertion), ("불여우", "불녀우", .nInsertion),
    ("홑이불", "홑니불", .nInsertion), ("늦여름", "늦녀름", .nInsertion), ("짓이기다", "짓니기다", .nInsertion),
    ("나뭇잎", "나뭇닢", .nInsertion), ("깻잎", "깻닢", .nInsertion), ("댓잎", "댓닢", .nInsertion),
    // A final consonant is neutralized before a new morpheme that starts with a vowel (§15).
    ("맛없", "맏없", .lexicon), ("겉옷", "걷옷", .lexicon), ("헛웃음", "헏웃음", .lexicon), ("첫인상", "첟인상", .lexicon),
    ("밭아래", "받아래", .lexicon), ("늪앞", "늡앞", .lexicon), ("젖어미", "젇어미", .lexicon),
    // ㄴ+ㄹ read ㄴ+ㄴ after a two-syllable stem (§20 note) beyond the suffix heuristic.
    ("동원령", "동원녕", .lexicon), ("상견례", "상견녜", .lexicon), ("입원료", "입원뇨", .lexicon),
  ]

  /// The entries by their first written syllable, longest first.
  private static let byFirstSyllable:
    [HangulSyllable: [(written: [HangulSyllable], respelled: [HangulSyllable], rule: SoundChangeRule)]] = {
      var index: [HangulSyllable: [(written: [HangulSyllable], respelled: [HangulSyllable], rule: SoundChangeRule)]] =
        [:]
      for entry in entries {
        let written = entry.written.unicodeScalars.compactMap(HangulSyllable.init)
        let respelled = entry.respelled.unicodeScalars.compactMap(HangulSyllable.init)
        precondition(written.count == respelled.count && !written.isEmpty, "bad lexicon entry \(entry.written)")
        index[written[0], default: []].append((written, respelled, entry.rule))
      }
      for key in index.keys { index[key]?.sort { $0.written.count > $1.written.count } }
      return index
    }()

  /// Respells every lexicon match in `word` (leftmost, longest first) and, with `trace`,
  /// reports each as a change.
  ///
  /// - Complexity: O(n) for a word of n syllables (a dictionary lookup per syllable).
  static func apply(to word: [HangulSyllable], trace: Bool = true) -> ([HangulSyllable], [SoundChange]) {
    guard word.count >= 2 else { return (word, []) }
    var result = word
    var changes: [SoundChange] = []
    var start = 0
    while start < word.count - 1 {
      guard let candidates = byFirstSyllable[word[start]],
        let entry = candidates.first(where: {
          start + $0.written.count <= word.count && word[start..<(start + $0.written.count)].elementsEqual($0.written)
        })
      else {
        start += 1
        continue
      }
      for (offset, syllable) in entry.respelled.enumerated() where syllable != word[start + offset] {
        let k = start + offset
        result[k] = syllable
        guard trace else { continue }
        let label = k > 0 ? "\(word[k - 1])|\(word[k])" : "\(word[k])"
        let from = k > 0 ? "\(word[k - 1])+\(word[k])" : "\(word[k])"
        let to = k > 0 ? "\(result[k - 1])+\(syllable)" : "\(syllable)"
        changes.append(
          SoundChange(rule: entry.rule, boundary: max(k - 1, 0), syllables: label, from: from, to: to, written: ""))
      }
      start += entry.written.count
    }
    return (result, changes)
  }
}
