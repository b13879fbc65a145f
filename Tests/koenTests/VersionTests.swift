import Testing
import TestSupport

@Suite("koen binary")
struct VersionTests {
  @Test func repositoryRootHoldsThePackage() {
    #expect(RepositoryPaths.root.hasSuffix("/") == false)
  }
}
