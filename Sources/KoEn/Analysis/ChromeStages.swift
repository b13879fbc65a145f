/// One rule of an English page's chrome that looks at the lines around a line. Lines go
/// in in order and come out in order, each once; a stage holds back only the lines it
/// cannot decide yet, a bounded number of them.
protocol ChromeStage {
  /// Takes the next line; appends to `out` the lines now decided.
  mutating func push(_ item: ChromeItem, _ out: inout [ChromeItem])
  /// Ends the document: appends the lines still held.
  mutating func finish(_ out: inout [ChromeItem])
}

/// A list under a related/popular-articles header (bullets, ranks, headlines) is chrome up
/// to the first line that reads like running text.
struct ListUnderHeaderStage: ChromeStage {
  private var inList = false

  mutating func push(_ item: ChromeItem, _ out: inout [ChromeItem]) {
    var item = item
    if item.isBlank {
    } else if item.role == .chrome {
      if item.facts.isListHeader { inList = true }
    } else if inList {
      let f = item.facts
      if f.words <= 20 && !f.endsLikeSentence && !f.isProtected { item.role = .chrome } else { inList = false }
    }
    out.append(item)
  }

  mutating func finish(_ out: inout [ChromeItem]) {}
}

/// A short line that the page repeats three times or more ("Read More »", a section label
/// over each teaser) is a widget of the page's template, not the article's text.
struct RepeatedLabelStage: ChromeStage {
  mutating func push(_ item: ChromeItem, _ out: inout [ChromeItem]) {
    var item = item
    if !item.isBlank && item.role != .chrome && item.facts.isShortLabel && item.facts.isRepeated { item.role = .chrome }
    out.append(item)
  }

  mutating func finish(_ out: inout [ChromeItem]) {}
}

/// A menu: four or more bulleted items in a row (blank lines aside), each a label of a few
/// words. An article's own bullet points are sentences or longer.
struct MenuStage: ChromeStage {
  /// The first items of a run, until it has four.
  private var held: [ChromeItem] = []
  private var members = 0
  private var inMenu = false

  mutating func push(_ item: ChromeItem, _ out: inout [ChromeItem]) {
    var item = item
    if item.isBlank {
      if held.isEmpty { out.append(item) } else { held.append(item) }
      return
    }
    let f = item.facts
    guard f.isBulleted && f.words <= 4 && f.isShortLabel else {
      out += held
      held = []
      members = 0
      inMenu = false
      out.append(item)
      return
    }
    if inMenu {
      item.role = .chrome
      out.append(item)
      return
    }
    held.append(item)
    members += 1
    if members == 4 {
      for k in held.indices where !held[k].isBlank { held[k].role = .chrome }
      out += held
      held = []
      inMenu = true
    }
  }

  mutating func finish(_ out: inout [ChromeItem]) {
    out += held
    held = []
  }
}

/// The head of the page, before its first line of English text (two words or more, not a
/// bulleted menu item, not a row of labels): lines in the other language, one-word labels
/// and bulleted menu items there are the site's.
struct HeadStage: ChromeStage {
  private var found = false

  mutating func push(_ item: ChromeItem, _ out: inout [ChromeItem]) {
    var item = item
    let f = item.facts
    if item.isBlank || found {
    } else if item.role == .content && item.line.language != .ko && f.words >= 2 && !f.isBulleted && f.labels == 0 {
      found = true
    } else if !f.isProtected && item.role != .chrome
      && (item.role == .untranslated || (f.words == 1 && !f.hasDigit) || (f.isBulleted && f.words > 0 && f.words <= 6)
        || f.labels > 0)
    {
      item.role = .chrome
    }
    out.append(item)
  }

  mutating func finish(_ out: inout [ChromeItem]) {}
}

/// The foot of the page, after its last English sentence (content of five words or more):
/// lines left in the other language there are the site's. Lines are held from the first
/// such line until the next English sentence; to keep that bounded, a line that has
/// `reach` lines after it is no longer taken for the foot.
struct FootStage: ChromeStage {
  /// How many lines from the end of the document the foot reaches at most.
  let reach: Int
  private var held: [ChromeItem] = []
  /// Whether an English sentence has been seen: a page without one has no foot.
  private var seenSentence = false

  init(reach: Int) { self.reach = reach }

  mutating func push(_ item: ChromeItem, _ out: inout [ChromeItem]) {
    if !item.isBlank && item.role == .content && item.line.language != .ko && item.facts.words >= 5 {
      seenSentence = true
      out += held
      held = []
      out.append(item)
      return
    }
    if !seenSentence || (held.isEmpty && item.role != .untranslated) {
      out.append(item)
      return
    }
    held.append(item)
    // The held lines start with an untranslated one; release those too far from the end.
    var released = 0
    while released < held.count, item.line.number - held[released].line.number >= reach {
      released += 1
      while released < held.count, held[released].role != .untranslated { released += 1 }
    }
    if released > 0 {
      out += held[..<released]
      held.removeFirst(released)
    }
  }

  mutating func finish(_ out: inout [ChromeItem]) {
    for k in held.indices where held[k].role == .untranslated { held[k].role = .chrome }
    out += held
    held = []
  }
}

/// Breadcrumbs: `Home > Section`.
struct BreadcrumbStage: ChromeStage {
  mutating func push(_ item: ChromeItem, _ out: inout [ChromeItem]) {
    var item = item
    if !item.isBlank && item.role != .chrome && item.facts.isBreadcrumb { item.role = .chrome }
    out.append(item)
  }

  mutating func finish(_ out: inout [ChromeItem]) {}
}

/// A line in the other language that continues a chrome line (no blank line between).
struct ContinuationStage: ChromeStage {
  private var previous: ChromeItem? = nil
  private var waiting: ChromeItem? = nil

  mutating func push(_ item: ChromeItem, _ out: inout [ChromeItem]) {
    decide(next: item, &out)
    waiting = item
  }

  mutating func finish(_ out: inout [ChromeItem]) {
    decide(next: nil, &out)
    waiting = nil
  }

  private mutating func decide(next: ChromeItem?, _ out: inout [ChromeItem]) {
    guard var item = waiting else { return }
    func isForeignChrome(_ other: ChromeItem?) -> Bool {
      guard let other else { return false }
      return other.role == .chrome && other.line.language != .en
    }
    if item.role == .untranslated && (isForeignChrome(previous) || isForeignChrome(next)) { item.role = .chrome }
    out.append(item)
    previous = item
  }
}

/// Position: a run of up to four short lines between chrome lines, or between chrome and
/// the document's edge, belongs to that chrome.
struct PositionStage: ChromeStage {
  /// The role of the last line before the run (nil at the document's start).
  private var before: LineRole? = nil
  /// The run so far (with the blank lines inside it), while it has at most four lines.
  private var held: [ChromeItem] = []
  private var members = 0
  private var overlong = false

  mutating func push(_ item: ChromeItem, _ out: inout [ChromeItem]) {
    if item.isBlank {
      if held.isEmpty { out.append(item) } else { held.append(item) }
      return
    }
    if item.role != .chrome && item.facts.isShortLabel {
      if overlong {
        out.append(item)
        return
      }
      held.append(item)
      members += 1
      if members > 4 {
        out += held
        held = []
        overlong = true
      }
      return
    }
    endRun(after: item.role, &out)
    out.append(item)
    before = item.role
  }

  mutating func finish(_ out: inout [ChromeItem]) { endRun(after: nil, &out) }

  private mutating func endRun(after: LineRole?, _ out: inout [ChromeItem]) {
    if members > 0 && !overlong
      && ((before == .chrome && (after == .chrome || after == nil)) || (after == .chrome && before == nil))
    {
      for k in held.indices where !held[k].isBlank { held[k].role = .chrome }
    }
    out += held
    held = []
    members = 0
    overlong = false
  }
}

/// The rules of an English page's chrome that look beyond a line, in the order they apply.
struct ChromePipeline {
  private var listUnderHeader = ListUnderHeaderStage()
  private var repeatedLabel = RepeatedLabelStage()
  private var menu = MenuStage()
  private var head = HeadStage()
  private var foot: FootStage
  private var breadcrumb = BreadcrumbStage()
  private var continuation = ContinuationStage()
  private var position = PositionStage()

  /// A pipeline whose foot rule reaches `footReach` lines back from the end.
  init(footReach: Int) { foot = FootStage(reach: footReach) }

  /// Takes the next line; appends the lines now decided to `out`.
  mutating func push(_ item: ChromeItem, _ out: inout [ChromeItem]) { out += run([item], finishing: false) }

  /// Ends the document: appends every line still held, in order.
  mutating func finish(_ out: inout [ChromeItem]) { out += run([], finishing: true) }

  /// Passes `items` through the stages in order (ending each when `finishing`).
  private mutating func run(_ items: [ChromeItem], finishing: Bool) -> [ChromeItem] {
    var items = Self.pass(items, through: &listUnderHeader, finishing: finishing)
    items = Self.pass(items, through: &repeatedLabel, finishing: finishing)
    items = Self.pass(items, through: &menu, finishing: finishing)
    items = Self.pass(items, through: &head, finishing: finishing)
    items = Self.pass(items, through: &foot, finishing: finishing)
    items = Self.pass(items, through: &breadcrumb, finishing: finishing)
    items = Self.pass(items, through: &continuation, finishing: finishing)
    return Self.pass(items, through: &position, finishing: finishing)
  }

  private static func pass<S: ChromeStage>(_ items: [ChromeItem], through stage: inout S, finishing: Bool) -> [ChromeItem] {
    var out: [ChromeItem] = []
    out.reserveCapacity(items.count)
    for item in items { stage.push(item, &out) }
    if finishing { stage.finish(&out) }
    return out
  }
}
