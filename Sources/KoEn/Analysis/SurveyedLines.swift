/// The lines a `DocumentSurvey` read, with their layouts and what it worked out of their
/// text, kept so that the second reading replays them instead of reading the document's
/// lines again.
///
/// Both readings lay out every line the same way (the same format, the same reader) and
/// normalize the same lines: only what the whole document tells (the dominant language,
/// the kept terms, whether comments are localized) differs between them. So the second
/// reading, given these, skips decoding, layout, normalization and the lexicon's match for
/// every line the survey already did them for.
///
/// Memory: about 17 bytes per scalar of the document (its decoded scalars and their uses),
/// up to `budget` (24 MiB); a document that needs more drops them all, and its second reading reads
/// the lines again as it would without them. So the survey's memory stays bounded by a
/// constant on documents of any size.
///
/// Thread-safety: a value type; `Sendable`.
struct SurveyedLines: Sendable {
  /// One event of the survey's layout reader, and when the second reading may hand it on.
  struct Recorded: Sendable {
    var event: LayoutEvent
    /// The number of input bytes read when the survey's reader gave the event (`Int.max`
    /// for those given at the document's end): the second reading replays it once it has
    /// read as many, so with chunks cut as the survey's were, it hands lines out exactly
    /// when reading them again would have.
    var releaseAt: Int
    /// What the survey worked out of the line.
    var notes = LineNotes()
  }

  /// The most bytes of memory the recorded lines of a document may take by default.
  static let budget = 24 << 20

  /// The most bytes of memory these recorded lines may take.
  let limit: Int

  /// Lines to be recorded within `limit` bytes.
  init(limit: Int = SurveyedLines.budget) { self.limit = limit }

  /// The recorded events in order, in chunks of `chunkSize` events, each but the first
  /// allocated whole when started: one growing array moved every event it held at each
  /// doubling (the events are a few hundred bytes each), which cost about 3 instructions
  /// per byte of a page. The first grows by doubling, so that a short document does not
  /// take a whole chunk (a few hundred KB).
  private var chunks: [Chunk] = []
  /// The number of events recorded.
  private(set) var count = 0

  /// The events of one chunk (a power of two).
  private static let chunkSize = 1 << chunkShift
  private static let chunkShift = 10

  /// The recorded events in order (copies: for the survey's own reading of them).
  var events: Events { Events(chunks: chunks) }
  /// Estimated bytes held.
  private var size = 0
  /// Whether the budget ran out (nothing is recorded any more).
  private(set) var isDropped = false

  /// Records the next event of the survey's reader, read after `releaseAt` input bytes,
  /// with what the survey worked out of it (`notes`, for a line of prose: taken, leaving
  /// nil); the event is moved in, not copied. (The notes are taken here rather than handed
  /// over: a parameter of its own, left empty, was destroyed through the runtime's generic
  /// witness at every event.)
  ///
  /// - Returns: The events recorded so far, this one included, when it takes the lines over
  ///   the budget and they are dropped (once per document); otherwise nil.
  @discardableResult
  mutating func record(
    _ event: consuming LayoutEvent, notes: inout LineNotes?, size eventSize: Int, releaseAt: Int
  ) -> Events? {
    guard !isDropped else {
      notes = nil
      return nil
    }
    size += eventSize
    if notes != nil { size += (notes?.text?.normalized.count ?? 0) + 96 }
    if count & (Self.chunkSize - 1) == 0 {
      chunks.append(Chunk(capacity: count > 0 ? Self.chunkSize : 16))
    }
    let c = count >> Self.chunkShift
    if !isKnownUniquelyReferenced(&chunks[c]) { chunks[c] = chunks[c].copy() }
    // The event made into a record where it is stored: made first and handed to the chunk,
    // it was copied there (each of the line's values retained) and the first destroyed.
    chunks[c].append(event, releaseAt: releaseAt, notes: notes.take() ?? LineNotes(), limit: Self.chunkSize)
    count += 1
    return size <= limit ? nil : drop()
  }

  /// The bytes `record` counts for a line, besides what the survey worked out of it:
  /// worked out by the survey where it reads the line, so that `record` does not take the
  /// event's payload apart once more (a copy of the line's four arrays).
  static func size(of laid: borrowing LaidLine) -> Int {
    laid.line.scalars.count * (MemoryLayout<SourceScalar>.stride + 1) + 128
      + (laid.layout.linkTexts.count + laid.layout.linkTargets.count) * 24
  }

  /// The bytes `record` counts for a catalogue entry.
  static func size(of entry: borrowing CatalogEntry) -> Int {
    entry.source.utf8.count + entry.translation.utf8.count + entry.translationLines.count * 8 + 128
  }

  /// Hands the events from index `start` on that were read within `received` input bytes
  /// to `body`, in order, each moved out of storage: none is copied, and each line's memory
  /// goes as soon as `body` is done with it. Returns the index after the last event handed
  /// over.
  ///
  /// Meant for the one reading that replays the events: a chunk is copied first if another
  /// value shares it, and an event handed over is not there any more.
  /// A chunk whose events are all handed over is freed at once (nothing is left in it to
  /// destroy).
  mutating func handOver(from start: Int, readWithin received: Int, _ body: (borrowing Recorded) -> Void) -> Int {
    var k = start
    while k < count {
      let c = k >> Self.chunkShift
      if !isKnownUniquelyReferenced(&chunks[c]) { chunks[c] = chunks[c].copy() }
      let chunk = chunks[c]
      let waits = chunk.handOver(readWithin: received, body)
      k = c << Self.chunkShift + chunk.start
      if waits || chunk.start < Self.chunkSize { break }
      chunks[c] = Self.emptyChunk
    }
    return k
  }

  /// The number of events from index `start` on that were read within `received` input
  /// bytes: those `handOver(from:readWithin:_:)` would hand over now. (Their `releaseAt`
  /// never decreases.)
  func count(from start: Int, readWithin received: Int) -> Int {
    var k = start
    while k < count {
      let chunk = chunks[k >> Self.chunkShift]
      var i = k & (Self.chunkSize - 1)
      while i < chunk.count, chunk.base[i].releaseAt <= received { i += 1 }
      k = (k >> Self.chunkShift) << Self.chunkShift + i
      if i < chunk.count || i < Self.chunkSize { break }
    }
    return k - start
  }

  /// What stands in the place of a chunk handed over whole.
  private static let emptyChunk = Chunk(capacity: 0)

  /// Drops every recorded event, handing them over.
  private mutating func drop() -> Events {
    isDropped = true
    defer {
      chunks = []
      count = 0
      size = 0
    }
    // The chunks themselves, in order: not copied into one array, which held every line
    // twice at the peak.
    return Events(chunks: chunks)
  }

  /// Recorded events in order, read from the chunks that hold them.
  struct Events: Sequence {
    fileprivate let chunks: [Chunk]

    func makeIterator() -> Iterator { Iterator(chunks: chunks) }

    struct Iterator: IteratorProtocol {
      fileprivate let chunks: [Chunk]
      private var c = 0
      private var i = 0

      fileprivate init(chunks: [Chunk]) {
        self.chunks = chunks
        i = chunks.first?.start ?? 0
      }

      mutating func next() -> Recorded? {
        while c < chunks.count {
          let chunk = chunks[c]
          if i < chunk.count {
            defer { i += 1 }
            return chunk.base[i]
          }
          c += 1
          i = c < chunks.count ? chunks[c].start : 0
        }
        return nil
      }
    }
  }

  /// Storage for up to `capacity` events, of which those at `start..<count` are held: the
  /// events before `start` were moved out, and nothing stands in their place.
  ///
  /// Changed only through a `SurveyedLines` that holds it alone (checked before each
  /// change), so values sharing it across threads only read it: `@unchecked Sendable`.
  fileprivate final class Chunk: @unchecked Sendable {
    private(set) var base: UnsafeMutablePointer<Recorded>
    private(set) var capacity: Int
    private(set) var count = 0
    private(set) var start = 0

    init(capacity: Int) {
      self.capacity = capacity
      base = UnsafeMutablePointer<Recorded>.allocate(capacity: Swift.max(capacity, 1))
    }

    deinit {
      (base + start).deinitialize(count: count - start)
      base.deallocate()
    }

    /// Appends the record of `event`, growing the storage by doubling up to `limit` events.
    func append(_ event: consuming LayoutEvent, releaseAt: Int, notes: consuming LineNotes, limit: Int) {
      if count == capacity {
        let grown = Swift.min(Swift.max(capacity * 2, 16), limit)
        precondition(grown > count, "a chunk holds at most its limit")
        let storage = UnsafeMutablePointer<Recorded>.allocate(capacity: grown)
        storage.moveInitialize(from: base, count: count)
        base.deallocate()
        base = storage
        capacity = grown
      }
      (base + count).initialize(to: Recorded(event: event, releaseAt: releaseAt, notes: notes))
      count += 1
    }

    /// Hands the events from `start` on read within `received` input bytes to `body`, each
    /// moved out; returns whether one is left waiting.
    func handOver(readWithin received: Int, _ body: (borrowing Recorded) -> Void) -> Bool {
      while start < count, base[start].releaseAt <= received {
        let recorded = (base + start).move()
        start += 1
        body(recorded)
      }
      return start < count
    }

    /// A chunk holding copies of this one's events.
    func copy() -> Chunk {
      let other = Chunk(capacity: capacity)
      (other.base + start).initialize(from: base + start, count: count - start)
      other.start = start
      other.count = count
      return other
    }
  }
}

/// The second reading's source of lines when the survey kept them: the recorded events,
/// handed on as the input comes in again.
struct LayoutReplay {
  /// The recorded events, each handed over once.
  private var lines: SurveyedLines
  /// Whether comments of code blocks are prose: the survey laid them out as code, not
  /// knowing yet.
  private let localizedComments: Bool
  private var next = 0
  private var received = 0

  init(lines: SurveyedLines, localizedComments: Bool) {
    self.lines = lines
    self.localizedComments = localizedComments
  }

  /// The number of events that reading `count` more input bytes would hand on.
  func eventsRead(within count: Int) -> Int { lines.count(from: next, readWithin: received + count) }

  /// Reads `count` more input bytes; hands on the events now read, in order.
  mutating func push(count: Int, _ sink: (LayoutEvent, LineNotes) -> Void) {
    received += count
    let localizedComments = localizedComments
    next = lines.handOver(from: next, readWithin: received) { Self.emit($0, localizedComments, sink) }
  }

  /// Ends the input: hands on the remaining events.
  mutating func finish(_ sink: (LayoutEvent, LineNotes) -> Void) {
    let localizedComments = localizedComments
    next = lines.handOver(from: next, readWithin: .max) { Self.emit($0, localizedComments, sink) }
  }

  private static func emit(
    _ recorded: borrowing Recorded, _ localizedComments: Bool, _ sink: (LayoutEvent, LineNotes) -> Void
  ) {
    // The layout of a code block's line with its comment as prose, as a reader that knew
    // the comments were localized gives it.
    if localizedComments {
      let event = recorded.event
      if case .line(var laid) = event, laid.fenced {
        MarkdownLayout.makeCommentProse(laid.line, &laid.layout)
        return sink(.line(laid), LineNotes())
      }
    }
    sink(recorded.event, recorded.notes)
  }

  private typealias Recorded = SurveyedLines.Recorded
}

/// What the survey worked out of one line, for the second reading: its normalized prose and
/// its letters (nil where the survey did not work them out, or the second reading lays the
/// line out otherwise).
struct LineNotes: Sendable {
  var text: NormalizedLine? = nil
  var letters: LineLetters? = nil
}
