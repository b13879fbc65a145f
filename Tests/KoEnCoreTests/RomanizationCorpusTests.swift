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

  /// ICU's Hangul-Latin on the same tables, for the README comparison (no assertion on its score).
  @Test func icuScoresAreMeasured() throws {
    for file in ["rr-examples.tsv", "places.tsv"] {
      let table = try TSVFile.load("Romanization/" + file)
      let icu = try Transliterator(id: "Hangul-Latin")
      var exact = 0
      var folded = 0
      for row in table.rows {
        let output = icu.transliterate(row[0])
        if output == row[1] { exact += 1 }
        if output.lowercased() == row[1].lowercased() { folded += 1 }
      }
      print("ICU Hangul-Latin on \(file): \(exact)/\(table.rows.count) exact, \(folded) ignoring case")
      #expect(exact < table.rows.count)
    }
  }
}
