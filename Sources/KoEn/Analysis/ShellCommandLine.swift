/// A shell command written as a line of its own in a document (`pip install numpy`, `$ git
/// commit -m "…"`, `# sudo apt-get install i2c-tools`, `yarn dev`, `2. make`): code the reader
/// types, never English a translator left untranslated, whether or not the document puts it
/// in a code block (plain-text guides and HTML help pages often do not).
///
/// A run is such a command when it opens the line's text (nothing but markup, list markers
/// and a prompt before it), its first word is a package manager, build tool or other
/// program, written in lower case, and it goes on with one of that program's subcommands or
/// an option flag, or stands alone (`make`). Across the labelled Korean documents every such
/// line is labelled content; the one English sentence that names a command (``At this point
/// you can `go get` …``) does not open with it.
enum ShellCommandLine {
  /// Programs a command line opens with.
  static let programs: Set<String> = [
    "apt", "apt-get", "brew", "bun", "cargo", "choco", "cmake", "composer", "conda", "curl",
    "deno", "dnf", "docker", "dotnet", "gem", "git", "go", "gradle", "helm", "kubectl", "make",
    "mvn", "npm", "npx", "pacman", "pip", "pip3", "pipx", "pnpm", "python", "python3", "snap",
    "sudo", "uv", "wget", "winget", "yarn", "yum",
  ]

  /// Subcommands that follow a program (`install`, `run`, `commit`): a program's name
  /// followed by an ordinary English word (`go to`, `make sure`) is prose.
  static let subcommands: Set<String> = [
    "add", "build", "checkout", "ci", "clone", "commit", "compose", "config", "create", "deploy",
    "dev", "diff", "exec", "fetch", "get", "i", "init", "install", "lint", "log", "login",
    "merge", "mod", "preview", "publish", "pull", "push", "rebase", "remove", "run", "serve",
    "start", "status", "sync", "tag", "test", "uninstall", "update", "upgrade", "workspace",
  ]

  /// Whether `run` is a command line: see the type's comment.
  static func contains(_ run: FragmentFinder.Run, line: SourceLine, layout: LineLayout) -> Bool {
    guard let program = run.tokens.first, program.hasLowercase, !program.hasUppercase,
      programs.contains(program.text)
    else { return false }
    // Nothing but markup, list markers, numbers and a prompt before the program.
    for k in 0..<program.start where layout.uses[k] == .prose && line.scalars[k].letter.isAnalysedLetter {
      return false
    }
    guard run.tokens.count > 1 else { return run.wholeLine && program.text == "make" }
    let next = run.tokens[1]
    if subcommands.contains(next.text) { return true }
    // `sudo apt-get install …`: a program run by another.
    if program.text == "sudo" && programs.contains(next.text) { return true }
    // An option flag right after the program: `python -m pip …`, `curl -fsSL …`.
    let s = line.scalars
    var k = program.end
    while k < s.count && s[k].value == " " { k += 1 }
    return k < s.count && s[k].value == "-" && k < next.start
  }
}
