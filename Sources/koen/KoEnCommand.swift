import ArgumentParser
import KoEn

@main
struct KoEnCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "koen",
    abstract: "Normalize, segment and check text that mixes Korean and English.",
    version: "koen \(KoEnVersion.string) (ICU \(ICUVersion.icu), Unicode \(ICUVersion.unicode))"
  )
}
