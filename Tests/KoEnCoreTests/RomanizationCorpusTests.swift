import KoEnCore
import TestSupport
import Testing

/// The options column of `Corpora/Romanization/*.tsv`.
func romanizationOptions(_ field: String) -> (RomanizationScheme, RomanizationOptions) {
  var options: RomanizationOptions = []
  var scheme = RomanizationScheme.revised
  for token in field.split(separator: ",") {
    switch token {
    case "proper": options.insert(.properNoun)
    case "hyphen": options.insert(.hyphenate)
    case "name": options.insert(.personalName)
    case "address": options.insert(.address)
    case "omit-units": options.insert(.omitAdministrativeUnits)
    case "translit": scheme = .revisedTransliteration
    default: Issue.record("unknown option \(token)")
    }
  }
  return (scheme, options)
}

@Suite("Romanization corpora")
struct RomanizationCorpusTests {
  /// Every example of the published rules romanizes exactly as published.
  @Test func everyOfficialExample() throws {
    let table = try TSVFile.load("Romanization/rr-examples.tsv")
    #expect(table.rows.count >= 100)
    for row in table.rows {
      let (scheme, options) = romanizationOptions(row[2])
      let actual = Romanizer(scheme: scheme, options: options).romanize(row[0])
      #expect(actual == row[1], "line \(row.line) \(row[0]) [\(row[3])]: \(actual)")
    }
  }

  /// Official place names: a floor on exact matches, with every miss printed.
  @Test func placeNamesAboveFloor() throws {
    let table = try TSVFile.load("Romanization/places.tsv")
    var hits = 0
    var misses: [String] = []
    for row in table.rows {
      let (scheme, options) = romanizationOptions(row[2])
      let actual = Romanizer(scheme: scheme, options: options).romanize(row[0])
      if actual == row[1] { hits += 1 } else { misses.append("\(row[0]) expected \(row[1]) got \(actual)") }
    }
    let accuracy = Double(hits) / Double(table.rows.count)
    print("places.tsv: \(hits)/\(table.rows.count) exact; misses: \(misses)")
    #expect(table.rows.count >= 240)
    #expect(accuracy >= 0.99, "misses: \(misses)")
  }

  /// ICU's Hangul-Latin on the same tables, for the README comparison (no floor on its score),
  /// with KoEn's figures beside it in the same three measures.
  @Test func scoresAreMeasured() throws {
    let icu = try Transliterator(id: "Hangul-Latin")
    for file in ["rr-examples.tsv", "places.tsv"] {
      let table = try TSVFile.load("Romanization/" + file)
      let koen = Score(table) { row in
        let (scheme, options) = romanizationOptions(row[2])
        return Romanizer(scheme: scheme, options: options).romanize(row[0])
      }
      let icuScore = Score(table) { row in icu.transliterate(row[0]) }
      print("\(file): KoEn \(koen)")
      print("\(file): ICU Hangul-Latin \(icuScore)")
      #expect(koen.exact > icuScore.exact)
      #expect(icuScore.exact < table.rows.count)
    }
  }
}

/// Exact, case-insensitive and letters-only matches of a romanizer on a table.
struct Score: CustomStringConvertible {
  var exact = 0
  var ignoringCase = 0
  var lettersOnly = 0
  var total = 0

  init(_ table: TSVFile, _ romanize: (TSVFile.Row) -> String) {
    for row in table.rows {
      let got = romanize(row)
      total += 1
      if got == row[1] { exact += 1 }
      if got.lowercased() == row[1].lowercased() { ignoringCase += 1 }
      if Self.letters(got) == Self.letters(row[1]) { lettersOnly += 1 }
    }
  }

  /// Lower case, without hyphens, spaces and parenthesized numeral readings.
  static func letters(_ text: String) -> String {
    var depth = 0
    var out = ""
    for c in text.lowercased() {
      if c == "(" {
        depth += 1
      } else if c == ")" {
        depth -= 1
      } else if depth == 0, c != "-", c != " " {
        out.append(c)
      }
    }
    return out
  }

  var description: String {
    func pct(_ n: Int) -> String { "\(n * 1000 / max(total, 1) / 10).\(n * 1000 / max(total, 1) % 10)%" }
    return "\(exact)/\(total) exact (\(pct(exact))), \(ignoringCase) ignoring case (\(pct(ignoringCase))), "
      + "\(lettersOnly) letters only (\(pct(lettersOnly)))"
  }
}
