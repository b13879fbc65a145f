#if canImport(Glibc)
  import Glibc
#endif

/// One input of a run, in command-line order: standard input, a file, or a path that could
/// not be used (reported in its turn, so messages keep the order of the inputs).
enum InputItem: Sendable, Hashable {
  /// Standard input.
  case standardInput
  /// A regular file (or anything readable that is not a directory) and its size.
  case file(path: String, size: Int)
  /// A path that cannot be read.
  case problem(Diagnostic)

  /// The name used in messages and output (`<stdin>` for standard input).
  var name: String {
    switch self {
    case .standardInput: "<stdin>"
    case .file(let path, _): path
    case .problem(let d): d.file
    }
  }

  /// The size in bytes, when known in advance.
  var size: Int? {
    if case .file(_, let size) = self { return size }
    return nil
  }

  /// The inputs named by `options`, directories expanded in name order.
  static func enumerate(_ options: InputOptions) -> [InputItem] {
    if options.paths.isEmpty { return [.standardInput] }
    var items: [InputItem] = []
    for path in options.paths {
      if path == "-" {
        items.append(.standardInput)
        continue
      }
      var info = stat()
      guard stat(path, &info) == 0 else {
        items.append(.problem(openProblem(path, errno)))
        continue
      }
      if (info.st_mode & S_IFMT) == S_IFDIR {
        if options.recursive {
          walk(path, options, into: &items)
        } else {
          items.append(.problem(Diagnostic(
            file: path, message: "is a directory (use -r to read the files in it)", status: .cannotOpen)))
        }
      } else {
        items.append(.file(path: path, size: Int(info.st_size)))
      }
    }
    return items
  }

  /// The message for an `open`/`stat` failure.
  static func openProblem(_ path: String, _ code: Int32) -> Diagnostic {
    let message: String
    switch code {
    case ENOENT: message = "no such file or directory"
    case EACCES: message = "permission denied"
    case EISDIR: message = "is a directory"
    case ENOTDIR: message = "a component of the path is not a directory"
    default: message = "cannot open: " + String(cString: strerror(code))
    }
    return Diagnostic(file: path, message: message, status: .cannotOpen)
  }

  private static func walk(_ directory: String, _ options: InputOptions, into items: inout [InputItem]) {
    guard let handle = opendir(directory) else {
      items.append(.problem(openProblem(directory, errno)))
      return
    }
    var names: [String] = []
    while let entry = readdir(handle) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
      }
      if name == "." || name == ".." { continue }
      names.append(name)
    }
    closedir(handle)
    names.sort { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    let prefix = directory.hasSuffix("/") ? directory : directory + "/"
    for name in names {
      let path = prefix + name
      if options.exclude.contains(where: { Glob.matches($0, name: name, path: path) }) { continue }
      var info = stat()
      guard lstat(path, &info) == 0 else {
        items.append(.problem(openProblem(path, errno)))
        continue
      }
      let type = info.st_mode & S_IFMT
      if type == S_IFDIR {
        walk(path, options, into: &items)
        continue
      }
      if type == S_IFLNK {
        // Follow links to files; never to directories (no cycles).
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR else { continue }
      }
      guard (info.st_mode & S_IFMT) == S_IFREG else { continue }
      if !options.include.isEmpty, !options.include.contains(where: { Glob.matches($0, name: name, path: path) }) {
        continue
      }
      items.append(.file(path: path, size: Int(info.st_size)))
    }
  }
}

/// Shell glob matching (`fnmatch`): a pattern with a `/` matches the whole path, any other
/// pattern the file or folder name.
enum Glob {
  /// Whether `pattern` matches.
  static func matches(_ pattern: String, name: String, path: String) -> Bool {
    if pattern.contains("/") {
      return fnmatch(pattern, path, 0) == 0 || fnmatch("*/" + pattern, path, 0) == 0
    }
    return fnmatch(pattern, name, 0) == 0
  }
}
