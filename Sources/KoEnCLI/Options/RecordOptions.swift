import ArgumentParser

/// Record mode: JSON Lines in, JSON Lines out, for Spark's `RDD.pipe`, Hadoop Streaming and
/// other engines that pipe records through a program.
struct RecordOptions: ParsableArguments {
  @Flag(name: .customLong("jsonl-in"), help: "Read JSON Lines records; write each back with KoEn's result added.")
  var jsonlIn = false

  @Option(help: ArgumentHelp("With --jsonl-in: the record field that holds the text.", valueName: "name"))
  var field: String = "text"

  @Option(help: ArgumentHelp("With --jsonl-in: the field KoEn's result is written to.", valueName: "name"))
  var into: String = "koen"
}
