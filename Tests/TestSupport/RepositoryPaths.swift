/// Locations inside the KoEn repository, found from this source file, so tests read the
/// committed corpora wherever the checkout lives.
public enum RepositoryPaths {
  /// The repository's root folder.
  public static var root: String {
    var path = #filePath
    for _ in 0..<3 {  // Tests/TestSupport/RepositoryPaths.swift
      path = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
    }
    return path
  }

  /// The `Corpora` folder.
  public static var corpora: String { root + "/Corpora" }
}
