internal import CTokenBlock

/// Patterns of the chrome lexicon in one automaton over UTF-8 bytes (Aho–Corasick), so
/// that a normalized line is read once, byte by byte, and each place a pattern occurs in it
/// comes out where the pattern ends: a line costs a table read per byte, however many
/// entries the lexicon has and whichever of them the line holds. An anchored automaton finds
/// only the patterns the line starts with (the `line` and `prefix` entries): it has no
/// failure transitions and stops at the first byte no pattern continues with.
///
/// `ChromeLexicon.match` decides, for each occurrence, whether its entry matches (a prefix at
/// the line's start, a phrase between word boundaries, …); the automaton only finds them.
/// Built once from `ChromeLexicon.compiled`; entries with an empty pattern are kept apart
/// (`emptyPatterns`), since they occur before the first byte.
///
/// Thread-safety: an immutable value; `Sendable`.
struct LexiconAutomaton: Sendable {
  /// One pattern: an entry's normalized text and what its matches need.
  struct Pattern: Sendable {
    /// The entry's position in `ChromeLexicon.compiled` (the first matching entry wins).
    var entry: Int
    /// The pattern's length in bytes.
    var length: Int
    var match: ChromeLexicon.Match
    var isKorean: Bool
    /// Whether it is a `phrase` of the `notice` category.
    var isNotice: Bool
  }

  /// The patterns, by number.
  let patterns: [Pattern]
  /// The numbers of the patterns that are empty, in entry order.
  let emptyPatterns: [Int32]
  /// The class of each byte value: bytes that no pattern holds share class 0, which leads
  /// every state back to the start.
  let byteClasses: [UInt16]
  /// The number of byte classes.
  let classCount: Int
  /// The state after a state and a byte class, at `transitions[state * classCount + class]`,
  /// written as the start of its own row (`state * classCount`), bitwise inverted when
  /// patterns end there; in an anchored automaton, `Int32.min` where no pattern goes on.
  /// So a byte with nothing to report costs one table read and one sign test.
  let transitions: [Int32]
  /// The patterns ending at each state (its own, and those its longest proper suffixes end),
  /// in entry order: `outputs[outputStarts[state]..<outputStarts[state + 1]]`.
  let outputStarts: [Int32]
  let outputs: [Int32]

  /// The automaton of `entries` (normalized patterns as UTF-8, with the entries they come
  /// from), leaving out the entries `includes` rejects; `anchored` finds patterns only at
  /// the start of a text.
  init(
    _ entries: [(entry: ChromeLexicon.Entry, pattern: [UInt8])], anchored: Bool,
    includes: ((entry: ChromeLexicon.Entry, pattern: [UInt8])) -> Bool
  ) {
    var patterns: [Pattern] = []
    var texts: [[UInt8]] = []
    for (k, c) in entries.enumerated() where includes(c) {
      patterns.append(
        Pattern(
          entry: k, length: c.pattern.count, match: c.entry.match, isKorean: c.entry.language == .ko,
          isNotice: c.entry.match == .phrase && c.entry.category == "notice"))
      texts.append(c.pattern)
    }
    self.patterns = patterns
    emptyPatterns = texts.indices.filter { texts[$0].isEmpty }.map { Int32($0) }

    var classes = [UInt16](repeating: 0, count: 256)
    var classCount = 1
    for text in texts {
      for b in text where classes[Int(b)] == 0 {
        classes[Int(b)] = UInt16(classCount)
        classCount += 1
      }
    }
    byteClasses = classes
    self.classCount = classCount

    // The trie of the patterns: each state's children by class, and the patterns it ends.
    var children: [[Int: Int32]] = [[:]]
    var ends: [[Int32]] = [[]]
    for (p, text) in texts.enumerated() where !text.isEmpty {
      var state = 0
      for b in text {
        let c = Int(classes[Int(b)])
        if let next = children[state][c] {
          state = Int(next)
        } else {
          children.append([:])
          ends.append([])
          children[state][c] = Int32(children.count - 1)
          state = children.count - 1
        }
      }
      ends[state].append(Int32(p))
    }

    // Breadth first: a state's failure (its longest proper suffix that is a state) is known
    // before its children, and so are the failure's transitions and outputs.
    let stateCount = children.count
    // A state's row starts as its failure's (the start's as the start again; in an anchored
    // automaton as nowhere), and its children overwrite their classes.
    var transitions = [Int32](repeating: anchored ? -1 : 0, count: stateCount * classCount)
    var failure = [Int32](repeating: 0, count: stateCount)
    var ending = [[Int32]](repeating: [], count: stateCount)
    var queue: [Int] = [0]
    var head = 0
    while head < queue.count {
      let state = queue[head]
      head += 1
      let fail = Int(failure[state])
      var own = ends[state]
      if state != 0 && !anchored { own += ending[fail] }
      ending[state] = own.sorted { patterns[Int($0)].entry < patterns[Int($1)].entry }
      let row = state * classCount
      if state != 0 && !anchored {
        for c in 0..<classCount { transitions[row + c] = transitions[fail * classCount + c] }
      }
      for (c, child) in children[state] {
        failure[Int(child)] = state == 0 || anchored ? 0 : transitions[fail * classCount + c]
        transitions[row + c] = child
        queue.append(Int(child))
      }
    }
    precondition(stateCount * classCount <= Int(Int32.max), "lexicon automaton too large")
    self.transitions = transitions.map { target in
      if target < 0 { return Int32.min }
      let row = target * Int32(classCount)
      return ending[Int(target)].isEmpty ? row : ~row
    }
    var starts: [Int32] = [0]
    var outputs: [Int32] = []
    for list in ending {
      outputs += list
      starts.append(Int32(outputs.count))
    }
    outputStarts = starts
    self.outputs = outputs
  }

  /// Calls `body` with the number of each pattern that occurs in `text` (at its start, when
  /// anchored) and the byte offset where that occurrence ends, in the order the occurrences
  /// end (patterns ending at the same byte in entry order); an empty pattern occurs once,
  /// ending at 0. `body` returns whether to go on with the patterns ending at the same byte.
  ///
  /// - Complexity: O(n + m) for n bytes and m occurrences.
  func forEachOccurrence(in text: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Bool) {
    for p in emptyPatterns { _ = body(Int(p), 0) }
    let classCount = self.classCount
    byteClasses.withUnsafeBufferPointer { classes in
      transitions.withUnsafeBufferPointer { next in
        outputStarts.withUnsafeBufferPointer { starts in
          outputs.withUnsafeBufferPointer { outputs in
            guard let bytes = text.baseAddress, let classTable = classes.baseAddress, let table = next.baseAddress
            else { return }
            let n = Int64(text.count)
            var row: Int32 = 0
            var i: Int64 = 0
            // The bytes with nothing to report are read in C, four to a turn of its loop.
            while i < n {
              i = koen_automaton_run(bytes, i, n, classTable, table, &row)
              guard row < 0 else { return }
              if row == Int32.min { return }
              row = ~row
              let state = Int(row) / classCount
              let first = Int(starts[state])
              let last = Int(starts[state &+ 1])
              guard first != last else { continue }
              for o in first..<last where !body(Int(outputs[o]), Int(i)) { break }
            }
          }
        }
      }
    }
  }
}

/// Patterns that can occur only at word starts (`ChromeLexicon`'s phrases and words in
/// ASCII, in a line of ASCII), in an anchored automaton run from each word start that may
/// begin one: those whose first byte and first two bytes begin some pattern (`firstBytes`,
/// `firstPairs`). Most words begin none, and are passed over by their first byte; the
/// automaton reads the few others (`koen_automaton_walk_words`).
///
/// Thread-safety: an immutable value; `Sendable`.
struct WordStartPatterns: Sendable {
  /// The patterns, anchored: run from a word start, it finds those starting there.
  let automaton: LexiconAutomaton
  /// Bit `b0 & 31` is set when a pattern starts with the byte b0.
  let firstBytes: UInt32
  /// 1024 bits: bit `(b0 & 31) << 5 | (b1 & 31)` is set when a pattern starts with the
  /// bytes b0, b1 (with every b1, for a pattern of one byte; a second byte past the line's
  /// end reads as 0).
  let firstPairs: [UInt64]

  /// The non-empty patterns in ASCII of the entries `includes` takes; nil when one of them is
  /// a Korean phrase, which matches anywhere in a line, not only at word starts.
  init?(_ entries: [(entry: ChromeLexicon.Entry, pattern: [UInt8])], includes: (ChromeLexicon.Entry) -> Bool) {
    func isTaken(_ c: (entry: ChromeLexicon.Entry, pattern: [UInt8])) -> Bool {
      includes(c.entry) && !c.pattern.isEmpty && c.pattern.allSatisfy { $0 < 0x80 }
    }
    guard !entries.contains(where: { isTaken($0) && $0.entry.match == .phrase && $0.entry.language == .ko }) else {
      return nil
    }
    var firsts: UInt32 = 0
    var pairs = [UInt64](repeating: 0, count: 16)
    for c in entries where isTaken(c) {
      let first = Int(c.pattern[0] & 31)
      firsts |= 1 << UInt32(first)
      let seconds = c.pattern.count > 1 ? [Int(c.pattern[1] & 31)] : Array(0..<32)
      for second in seconds {
        let key = first << 5 | second
        pairs[key >> 6] |= 1 << UInt64(key & 63)
      }
    }
    firstBytes = firsts
    firstPairs = pairs
    automaton = LexiconAutomaton(entries, anchored: true, includes: isTaken)
  }

  /// Calls `body` with the number of each pattern (in `automaton`) that occurs in `text`, a
  /// text of ASCII bytes normalized as the lexicon is (words joined by single spaces), at a
  /// word start, and the byte offset where that occurrence ends (patterns ending at the same
  /// byte in entry order); `body` returns whether to go on with those.
  func forEachOccurrence(in text: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Bool) {
    let classCount = automaton.classCount
    automaton.byteClasses.withUnsafeBufferPointer { classes in
      automaton.transitions.withUnsafeBufferPointer { next in
        automaton.outputStarts.withUnsafeBufferPointer { starts in
          automaton.outputs.withUnsafeBufferPointer { outputs in
            firstPairs.withUnsafeBufferPointer { pairs in
              guard let bytes = text.baseAddress, let classTable = classes.baseAddress, let table = next.baseAddress,
                let pairs = pairs.baseAddress
              else { return }
              var walk = koen_word_walk(word: -1, next: 0, row: -1)
              let count = Int64(text.count)
              while koen_automaton_walk_words(bytes, count, classTable, table, firstBytes, pairs, &walk) != 0 {
                walk.row = ~walk.row
                let state = Int(walk.row) / classCount
                let end = Int(walk.next)
                for o in Int(starts[state])..<Int(starts[state &+ 1]) where !body(Int(outputs[o]), end) { break }
              }
            }
          }
        }
      }
    }
  }
}
