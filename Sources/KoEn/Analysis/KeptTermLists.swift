// Word lists for KeptTerms. Compiled by hand for KoEn (no external source): English
// function words (closed-class words: articles, pronouns, auxiliaries, prepositions,
// conjunctions), which are never kept inside Korean text; units and abbreviations that are;
// and computing terms that Korean technical writing customarily leaves in English
// (language keywords of JavaScript/TypeScript/Python/Go/Swift/Java, common runtime and web
// terms, language, format and tool names). Extend through the glossary option rather than
// here when a term is specific to one project.

/// Word lists used to classify English inside Korean text.
enum KeptTermLists {
  /// English function words, lower-case.
  static let functionWords: Set<String> = [
    "a", "an", "the", "this", "that", "these", "those", "i", "me", "my", "we", "us", "our", "you",
    "your", "he", "him", "his", "she", "her", "it", "its", "they", "them", "their", "there", "here",
    "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "all", "any", "some",
    "each", "every", "no", "not", "nor", "none", "both", "either", "neither", "and", "or", "but", "if",
    "then", "else", "so", "than", "as", "of", "to", "in", "on", "at", "by", "for", "from", "with",
    "without", "into", "onto", "about", "above", "below", "over", "under", "after", "before",
    "between", "through", "during", "until", "against", "among", "per", "via", "up", "down", "out",
    "off", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done",
    "have", "has", "had", "having", "will", "would", "shall", "should", "can", "could", "may",
    "might", "must", "just", "only", "also", "very", "too", "more", "most", "less", "least", "much",
    "many", "such", "own", "same", "other", "another", "again", "still", "yet", "already", "always",
    "never", "often", "please", "yes", "let", "let's", "don't", "doesn't", "can't", "won't", "isn't",
    "aren't", "you're", "it's", "i'm", "we're", "they're", "that's", "there's", "what's", "once",
  ]

  /// Units and unit-like abbreviations, case-sensitive.
  static let units: Set<String> = [
    "ms", "s", "ns", "us", "kb", "KB", "mb", "MB", "gb", "GB", "tb", "TB", "px", "pt", "em", "rem",
    "fps", "Hz", "kHz", "MHz", "GHz", "hz", "khz", "mhz", "ghz", "kg", "g", "km", "m", "cm", "mm", "ml",
    "dpi", "rpm", "kbps", "Mbps", "mbps", "Gbps", "x", "k", "bytes", "byte", "bits", "KiB", "MiB", "GiB",
  ]

  /// Abbreviations kept as they are, lower-case.
  static let keptAbbreviations: Set<String> = [
    "vs", "ex", "cf", "approx", "min", "max", "avg", "no", "ok",
  ]

  /// Abbreviations of English prose, lower-case, without their last dot: Korean writes
  /// 예:, 즉, 등, 일명 for them, so one left inside Korean text is untranslated English.
  static let proseAbbreviations: Set<String> = ["e.g", "i.e", "etc", "a.k.a"]

  /// Names of data types, kept as written in code: lower case and singular (`string
  /// 매개변수`, `number 타입`); `Strings` in a heading is the English word.
  static let typeNames: Set<String> = [
    "string", "boolean", "bool", "int", "integer", "float", "double", "char", "byte", "number", "object", "array",
    "tuple", "bigint",
  ]

  /// Language keywords and literals, kept as code writes them: in lower case (`class 키워드`,
  /// `import 문`); capitalized, `Import` or `Delete` is the English word of a label.
  static let keywords: Set<String> = [
    "async", "await", "break", "case", "catch", "class", "const", "continue", "default", "delete",
    "enum", "export", "extends", "false", "finally", "function", "import", "instanceof", "interface",
    "let", "new", "null", "nil", "none", "private", "protected", "public", "readonly", "return",
    "static", "super", "switch", "throw", "throws", "true", "try", "typeof", "undefined", "var",
    "void", "yield", "def", "lambda", "struct", "func", "goroutine", "defer", "guard", "self",
    "this", "then",
  ]

  /// Computing terms customarily kept in English in Korean technical text, lower-case.
  static let techTerms: Set<String> = [
    // Programming concepts customarily left in English.
    "promise", "callback", "closure", "mutex", "stack", "trace", "middleware", "props", "reducer",
    "getter", "setter", "prototype", "polyfill", "regex", "regexp", "glob", "wildcard", "localhost",
    "env", "config", "namespace", "runtime", "linter", "bundler", "transpiler", "hook", "hooks",
    // Acronyms written in lower case, formats and file types.
    "sdk", "api", "cli", "gui", "ui", "ux", "url", "uri", "http", "https", "ssh", "tcp", "udp", "ip",
    "dns", "cdn", "cpu", "gpu", "json", "yaml", "yml", "toml", "xml", "html", "css", "csv", "tsv",
    "sql", "md", "markdown", "ipynb", "qmd", "utf", "ascii", "unicode", "id", "uuid", "orm", "crud",
    "graphql", "grpc", "websocket", "ci", "cd", "devops", "stdout", "stderr", "stdin", "pdf", "png",
    "jpg", "jpeg", "gif", "svg", "mp3", "mp4", "zip", "tar", "gz", "exe", "dll", "jar", "wasm", "os",
    "vm", "ssd", "hdd", "ram", "rom",
    // Languages, runtimes, tools and platforms.
    "javascript", "typescript", "python", "java", "kotlin", "swift", "go", "golang", "rust", "ruby",
    "php", "perl", "lua", "scala", "haskell", "elixir", "erlang", "dart", "cpp", "objective", "bash",
    "zsh", "react", "vue", "angular", "svelte", "express", "koa", "nestjs", "django", "flask", "rails",
    "spring", "jquery", "webpack", "babel", "eslint", "prettier", "jest", "mocha", "chai", "jupyter",
    "jupyterlab", "numpy", "pandas", "pytorch", "tensorflow", "docker", "kubernetes", "npm", "yarn",
    "pnpm", "pip", "git", "github", "gitlab", "readme", "changelog", "ios", "android", "linux",
    "macos", "windows", "unix", "posix",
  ]
}
