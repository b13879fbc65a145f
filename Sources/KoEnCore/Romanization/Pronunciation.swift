/// A syllable as pronounced: the initial sound (an initial index, 11 ㅇ meaning none), the
/// vowel, and the final sound reduced to one of the seven final sounds (ㄱ ㄴ ㄷ ㄹ ㅁ ㅂ ㅇ,
/// as final indices 1 4 7 8 16 17 21; 0 for none).
struct PronouncedSyllable: Hashable, Sendable {
  var onset: Int
  var vowel: Int
  var coda: Int
  /// The syllable as written.
  let written: HangulSyllable

  /// The pronunciation as a Hangul syllable (실 for the first syllable of 신라).
  var hangul: HangulSyllable { HangulSyllable(initial: onset, medial: vowel, final: coda).unsafelyUnwrapped }
}

/// How the sound changes of the Revised Romanization are applied to one word.
struct PronunciationContext: Sendable {
  /// Treat the word as a noun: ㅎ after ㄱ ㄷ ㅂ stays written (묵호 Mukho).
  var nounsOnly = false
  /// Apply sound changes between syllables; `false` for given names (rule 3.4).
  var assimilate = true
  /// Use the exceptions table.
  var useLexicon = true
  /// Record the changes (for ``Romanizer/explain(_:)``); without it, only the sounds are computed.
  var trace = true
}

/// The phonology shared by the Revised Romanization and McCune–Reischauer: from a written word
/// to its standard pronunciation, syllable by syllable, with a record of every rule applied.
///
/// Word structure (where a compound's morphemes meet, whether a word is a noun or a verb)
/// decides some sound changes, and spelling alone does not show it. The defaults here follow the
/// most common case; ``RomanizationLexicon`` overrides them for known words, and the limits are
/// documented in the README section on romanization.
enum Pronunciation {
  // Initial indices.
  static let giyeok = 0, ssangGiyeok = 1, nieun = 2, digeut = 3, rieul = 5, mieum = 6, bieup = 7
  static let siot = 9, ieung = 11, jieut = 12, chieut = 14, kieuk = 15, tieut = 16, pieup = 17, hieut = 18
  // Final (coda) indices of the seven final sounds.
  static let kCoda = 1, nCoda = 4, tCoda = 7, lCoda = 8, mCoda = 16, pCoda = 17, ngCoda = 21

  /// The final sound of a final consonant before a consonant or at the end of a word.
  static func neutral(_ final: Int, before initial: Int?, syllable: HangulSyllable) -> Int {
    switch final {
    case 0: return 0
    case 1, 2, 3, 24: return kCoda
    case 9: return initial == giyeok ? lCoda : kCoda  // 맑게 [말께], 닭 [닥]
    case 4, 5, 6: return nCoda
    case 7, 19, 20, 22, 23, 25, 27: return tCoda
    case 11:  // ㄼ: ㄹ, except in 밟- [밥]
      return syllable.initial == bieup && syllable.medial == 0 ? pCoda : lCoda
    case 8, 12, 13, 15: return lCoda
    case 16, 10: return mCoda
    case 17, 18, 14, 26: return pCoda
    case 21: return ngCoda
    default: return 0
    }
  }

  /// A final consonant (index) as the initial consonant it becomes when linked.
  static let linkedInitial: [Int: Int] = [
    1: giyeok, 2: ssangGiyeok, 4: nieun, 7: digeut, 8: rieul, 16: mieum, 17: bieup, 19: siot, 20: 10, 22: jieut,
    23: chieut, 24: kieuk, 25: tieut, 26: pieup,
  ]

  /// Double finals split for linking: the part that stays, the part that moves.
  static let linkedCluster: [Int: (stay: Int, move: Int)] = [
    3: (kCoda, siot), 5: (nCoda, jieut), 9: (lCoda, giyeok), 10: (lCoda, mieum), 11: (lCoda, bieup),
    12: (lCoda, siot), 13: (lCoda, tieut), 14: (lCoda, pieup), 18: (pCoda, siot),
  ]

  /// Suffixes after which ㄴ+ㄹ is pronounced ㄴ+ㄴ when at least two syllables precede
  /// (신문로 [신문노], 생산량 [생산냥], 판단력 [판단녁]).
  static let nasalizingSuffixes: Set<Character> = ["로", "론", "료", "량", "력", "란", "류"]

  /// Pronounces `written` and returns the syllables with the changes applied at each boundary.
  ///
  /// - Complexity: O(n) in the number of syllables (plus the lexicon lookup).
  static func pronounce(_ written: [HangulSyllable], context: PronunciationContext) -> (
    syllables: [PronouncedSyllable], changes: [SoundChange]
  ) {
    var changes: [SoundChange] = []
    var source = written
    if context.useLexicon, context.assimilate {
      let (respelled, lexiconChanges) = RomanizationLexicon.apply(to: written, trace: context.trace)
      source = respelled
      changes += lexiconChanges
    }
    var result = source.map { PronouncedSyllable(onset: $0.initial, vowel: $0.medial, coda: $0.final, written: $0) }
    let n = result.count
    guard n > 0 else { return (result, changes) }
    for i in 0..<n {
      let syllable = source[i]
      let final = syllable.final
      func record(_ rule: SoundChangeRule, _ from: @autoclosure () -> String, _ to: @autoclosure () -> String) {
        guard context.trace else { return }
        let label = i + 1 < n ? "\(written[i])|\(written[i + 1])" : "\(written[i])"
        changes.append(SoundChange(rule: rule, boundary: i, syllables: label, from: from(), to: to(), written: ""))
      }
      guard i + 1 < n, context.assimilate else {
        let coda = neutral(final, before: nil, syllable: syllable)
        if coda != final {
          let rule: SoundChangeRule =
            HangulJamo.compoundFinals[final] != nil ? .clusterSimplification : .finalNeutralization
          record(rule, jamo(final: final), jamo(final: coda))
        }
        result[i].coda = coda
        continue
      }
      let next = source[i + 1]
      let outcome = boundary(
        final: final, syllable: syllable, next: next, index: i, word: source, context: context)
      result[i].coda = outcome.coda
      result[i + 1].onset = outcome.onset
      guard context.trace, !outcome.rules.isEmpty else { continue }
      let from = "\(jamo(final: final))+\(jamo(initial: next.initial))"
      let to = "\(jamo(final: outcome.coda))+\(jamo(initial: outcome.onset))"
      for rule in outcome.rules { record(rule, from, to) }
    }
    return (result, changes)
  }

  struct BoundaryOutcome {
    var coda: Int
    var onset: Int
    var rules: [SoundChangeRule]
  }

  /// The sounds at one boundary: the final of `syllable` and the initial of `next`.
  static func boundary(
    final: Int, syllable: HangulSyllable, next: HangulSyllable, index: Int, word: [HangulSyllable],
    context: PronunciationContext
  ) -> BoundaryOutcome {
    let initial = next.initial
    if final == 0 { return BoundaryOutcome(coda: 0, onset: initial, rules: []) }
    if initial == ieung { return linking(final: final, next: next) }
    if final == 27 || final == 6 || final == 15, let outcome = hFinal(final, before: initial) {
      return outcome
    }
    if initial == hieut,
      let outcome = obstruentBeforeH(
        final: final, syllable: syllable, next: next, index: index, word: word, context: context)
    {
      return outcome
    }
    return consonants(final: final, initial: initial, syllable: syllable, next: next, index: index)
  }

  /// A final before a vowel (the initial ㅇ): linking, with ㅎ dropped and palatalization.
  static func linking(final: Int, next: HangulSyllable) -> BoundaryOutcome {
    switch final {
    case ngCoda: return BoundaryOutcome(coda: ngCoda, onset: ieung, rules: [])
    case 27: return BoundaryOutcome(coda: 0, onset: ieung, rules: [.hDeletion])
    case 6: return BoundaryOutcome(coda: 0, onset: nieun, rules: [.hDeletion, .linking])
    case 15: return BoundaryOutcome(coda: 0, onset: rieul, rules: [.hDeletion, .linking])
    default: break
    }
    var stay = 0
    var move = ieung
    if let cluster = linkedCluster[final] {
      stay = cluster.stay
      move = cluster.move
    } else if let linked = linkedInitial[final] {
      move = linked
    }
    var rules: [SoundChangeRule] = [.linking]
    if next.medial == 20, move == digeut || move == tieut {
      move = move == digeut ? jieut : chieut
      rules.append(.palatalization)
    }
    return BoundaryOutcome(coda: stay, onset: move, rules: rules)
  }

  /// ㅎ as (part of) the final (ㅎ, ㄶ, ㅀ) before `initial`, or nil when the general rules
  /// apply.
  static func hFinal(_ final: Int, before initial: Int) -> BoundaryOutcome? {
    let residual = final == 27 ? 0 : (final == 6 ? nCoda : lCoda)
    switch initial {
    case giyeok, digeut, jieut:
      let aspirated = initial == giyeok ? kieuk : (initial == digeut ? tieut : chieut)
      return BoundaryOutcome(coda: residual, onset: aspirated, rules: [.aspiration])
    case siot:
      return BoundaryOutcome(coda: residual, onset: siot, rules: [.hDeletion])
    case nieun:
      if final == 15 { return BoundaryOutcome(coda: lCoda, onset: rieul, rules: [.hDeletion, .liquidAssimilation]) }
      return BoundaryOutcome(coda: nCoda, onset: nieun, rules: [final == 27 ? .nasalization : .hDeletion])
    case hieut:
      return BoundaryOutcome(coda: residual, onset: hieut, rules: [.hDeletion])
    default:
      break
    }
    return nil
  }

  /// An obstruent final before ㅎ: aspiration in verbs and adjectives, ㅎ kept in nouns;
  /// nil when the general rules apply.
  static func obstruentBeforeH(
    final: Int, syllable: HangulSyllable, next: HangulSyllable, index: Int, word: [HangulSyllable],
    context: PronunciationContext
  ) -> BoundaryOutcome? {
    let neutralFinal = neutral(final, before: hieut, syllable: syllable)
    if [kCoda, tCoda, pCoda].contains(neutralFinal) || [5, 9, 11].contains(final) {
      let always = [22, 23, 5].contains(final)
      if always || (!context.nounsOnly && isPredicateSuffix(word: word, hIndex: index + 1)) {
        switch final {
        case 9: return BoundaryOutcome(coda: lCoda, onset: kieuk, rules: [.aspiration])
        case 11: return BoundaryOutcome(coda: lCoda, onset: pieup, rules: [.aspiration])
        case 5: return BoundaryOutcome(coda: nCoda, onset: chieut, rules: [.aspiration])
        default: break
        }
        switch neutralFinal {
        case kCoda: return BoundaryOutcome(coda: 0, onset: kieuk, rules: [.aspiration])
        case pCoda: return BoundaryOutcome(coda: 0, onset: pieup, rules: [.aspiration])
        default:
          if [22, 23].contains(final) { return BoundaryOutcome(coda: 0, onset: chieut, rules: [.aspiration]) }
          if [7, 25].contains(final), next.medial == 20 || next.medial == 6 {  // 굳히다 [구치다], 닫혀 [다처]
            return BoundaryOutcome(coda: 0, onset: chieut, rules: [.aspiration, .palatalization])
          }
          return BoundaryOutcome(coda: 0, onset: tieut, rules: [.aspiration])
        }
      }
      var rules: [SoundChangeRule] = [.hWrittenInNoun]
      if neutralFinal != final { rules.insert(.finalNeutralization, at: 0) }
      return BoundaryOutcome(coda: neutralFinal, onset: hieut, rules: rules)
    }
    return nil
  }

  /// Any other consonant meeting `initial`: neutralization, nasalization and the rules for ㄹ.
  static func consonants(
    final: Int, initial: Int, syllable: HangulSyllable, next: HangulSyllable, index: Int
  ) -> BoundaryOutcome {
    var coda = neutral(final, before: initial, syllable: syllable)
    var onset = initial
    var rules: [SoundChangeRule] = []
    if coda != final {
      rules.append(HangulJamo.compoundFinals[final] != nil ? .clusterSimplification : .finalNeutralization)
    }
    let nasal = [kCoda: ngCoda, tCoda: nCoda, pCoda: mCoda]
    if onset == rieul {
      switch coda {
      case nCoda:
        if index >= 1, nasalizingSuffixes.contains(next.character) {
          onset = nieun
          rules.append(.rieulNasalization)
        } else {
          coda = lCoda
          rules.append(.liquidAssimilation)
        }
      case mCoda, ngCoda:
        onset = nieun
        rules.append(.rieulNasalization)
      case kCoda, tCoda, pCoda:
        onset = nieun
        coda = nasal[coda].unsafelyUnwrapped
        rules += [.rieulNasalization, .nasalization]
      default: break
      }
    } else if onset == nieun || onset == mieum {
      if let nasalCoda = nasal[coda] {
        coda = nasalCoda
        rules.append(.nasalization)
      } else if coda == lCoda, onset == nieun {
        onset = rieul
        rules.append(.liquidAssimilation)
      }
    }
    return BoundaryOutcome(coda: coda, onset: onset, rules: rules)
  }

  /// Whether the ㅎ syllable at `hIndex` starts a verb or adjective ending, where ㄱ ㄷ ㅂ + ㅎ
  /// is written aspirated (잡혀 japyeo, 착하다 chakada) rather than as in nouns (묵호 Mukho,
  /// 북한 Bukhan, 역할 yeokhal, 복합 bokhap).
  ///
  /// Heuristic, since spelling does not mark word classes: the passive and causative suffix
  /// 히/혀 (a ㅎ syllable with ㅣ, or 혀/혔 itself); 했 (past tense); 하 followed by a verb
  /// ending (하다, 하고, 하게, 하지, 하는, 하면, 하여 …); 합 followed by 니 (합니다); 해 followed
  /// by 서, 요, 도, 야 or 라. Adnominal forms that look like nouns (착한, 급할) are read as nouns.
  static func isPredicateSuffix(word: [HangulSyllable], hIndex: Int) -> Bool {
    let h = word[hIndex]
    let following: Character? = hIndex + 1 < word.count ? word[hIndex + 1].character : nil
    switch (h.medial, h.final) {
    case (20, _): return true  // 히 힌 힐 힘
    case (6, 0), (6, 20): return true  // 혀 혔
    case (1, 20): return true  // 했
    case (0, 0):  // 하
      guard let following else { return false }
      return "다고게지는니면여세시자기던도며".contains(following)
    case (0, 17): return following == "니"  // 합니다
    case (1, 0):  // 해
      guard let following else { return false }
      return "서요도야라".contains(following)
    default: return false
    }
  }

  static func jamo(final: Int) -> String {
    final == 0 ? "∅" : String(HangulJamo.compatibilityFinals[final])
  }

  static func jamo(initial: Int) -> String {
    initial == ieung ? "∅" : String(HangulJamo.compatibilityInitials[initial])
  }
}
