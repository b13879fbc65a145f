/// The copyright or licence comment at the head of a catalogue file (the Apache header of an
/// Android `strings.xml`, the `# Copyright (C) …` lines of a `.po`): the project's notice,
/// which no reader of the interface sees, so chrome, as notices are in any document.
///
/// Read line by line before the catalogue's first shown text: a comment line that names a
/// copyright or licence starts the notice, which runs to the end of that comment (`-->`,
/// `*/`, Lua's `]]`) or, for line comments (`#`, `//`, `;`, `--`, `!`), to the first line that is not one
/// (a blank line ends it: the comment after it is the file's, a section's title).
/// In a block comment the notice starts at that line: what the comment says before it (the
/// file's title, `Localization file of …`) stays the file's. Nothing after the first entry is
/// looked at.
struct CatalogueHeadNotice {
  /// `headComment`: inside a block comment at the head that has named no notice yet.
  private enum State { case head, headComment, blockComment, lineComments, past }
  private var state = State.head

  /// Whether `line` belongs to the head notice (blank lines inside it never do).
  mutating func contains(_ line: SourceLine, _ layout: LineLayout) -> Bool {
    guard state != .past else { return false }
    if line.isBlank {
      if state == .lineComments { state = .head }
      return false
    }
    let text = line.text
    let trimmed = text.drop { $0 == " " || $0 == "\t" }
    let closesBlock = trimmed.contains("-->") || trimmed.contains("*/") || trimmed.contains("]]")
    switch state {
    case .blockComment:
      if closesBlock { state = .head }
      return true
    case .headComment:
      let names = Self.namesNotice(trimmed)
      state = closesBlock ? .head : (names ? .blockComment : .headComment)
      return names
    case .lineComments:
      if Self.isLineComment(trimmed) { return true }
      state = .head
    case .head, .past:
      break
    }
    let opensLuaBlock = Self.opensLuaBlock(trimmed)
    let opensBlock = trimmed.hasPrefix("<!--") || trimmed.hasPrefix("/*") || opensLuaBlock
    let closesOnItsLine = trimmed.dropFirst(2).contains("-->") || trimmed.dropFirst(2).contains("*/")
      || (opensLuaBlock && trimmed.dropFirst(4).contains("]]"))
    if opensBlock && !closesOnItsLine && !Self.namesNotice(trimmed) {
      state = .headComment
      return false
    }
    if layout.uses.contains(.prose) {
      state = .past
      return false
    }
    guard opensBlock || Self.isLineComment(trimmed), Self.namesNotice(trimmed) else { return false }
    if opensBlock {
      if !closesOnItsLine { state = .blockComment }
    } else {
      state = .lineComments
    }
    return true
  }

  /// Lua's long comment, `--[[` (or `--[==[`, whose end `]==]` holds `]` and `]` apart;
  /// read as `]]` closes, such a comment is taken to the next `]]`, at worst its head alone).
  private static func opensLuaBlock(_ s: Substring) -> Bool {
    guard s.hasPrefix("--[") else { return false }
    return s.dropFirst(3).drop { $0 == "=" }.hasPrefix("[")
  }

  private static func isLineComment(_ s: Substring) -> Bool {
    s.hasPrefix("#") || s.hasPrefix("//") || s.hasPrefix(";") || s.hasPrefix("--") || s.hasPrefix("!")
  }

  /// Whether a comment line names a copyright (the word, `©` or `(C)`) or a licence, or speaks a licence's words
  /// (`subject to the terms of the Mozilla Public`, `This program is free software`, and
  /// `This file is part of …`, the line the GNU licences' notice opens with).
  static func namesNotice(_ s: Substring) -> Bool {
    let lower = s.lowercased()
    return lower.contains("copyright") || lower.contains("©") || lower.hasPrefix("(c) ") || lower.contains(" (c) ") || lower.contains("licensed") || lower.contains("license")
      || lower.contains("licence") || lower.contains("subject to the terms") || lower.contains("free software")
      || lower.contains("permission is hereby granted") || lower.contains("all rights reserved")
      || lower.contains("this file is part of")
  }
}
