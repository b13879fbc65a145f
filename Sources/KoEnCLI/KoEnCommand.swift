import ArgumentParser
import KoEn

/// `koen`: the command-line face of KoEn.
public struct KoEnCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "koen",
    abstract: "Segment, analyze, check, normalize and romanize text that mixes Korean and English.",
    discussion: """
      Every command reads files, directories (-r) or standard input ('-' or no
      path), and writes text for people by default or records for programs with
      --format.

      Examples:
        koen analyze article.txt            (each line's language and role)
        koen analyze --format html page.txt > page.html
        koen segment --format jsonl -r corpus/ --include '*.txt'
        koen untranslated --target en --format sarif -r docs/ > koen.sarif
        koen clean capture.txt > article.txt   (the article without the chrome)
        koen normalize --form nfc --check names.txt
        koen romanize --word 신라 --explain
        koen translit --id Hangul-Latin notes.txt
        koen stats -r corpus/
        koen eval Corpora/Documents         (analysis scored against gold documents)
        koen segment --jsonl-in --field text < records.jsonl   (record mode)

      Offsets in machine-readable output are UTF-8 byte offsets into the input
      unless --offsets utf16 or --offsets scalars is given; lines and columns are
      1-based, columns in Unicode scalars.

      \(ExitStatus.helpText)
      """,
    version: "koen \(KoEnVersion.string) (ICU \(ICUVersion.icu), Unicode \(ICUVersion.unicode))",
    subcommands: [
      Segment.self, Tokens.self, Analyze.self, Untranslated.self, Clean.self,
      Normalize.self, Romanize.self, Translit.self, Stats.self, Eval.self,
    ]
  )

  public init() {}
}
