#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import KoEn

/// `void koen_free(void *p)`: releases a buffer or message a KoEn function returned. NULL is
/// ignored.
@_cdecl("koen_free")
public func koen_free(_ p: UnsafeMutableRawPointer?) {
  free(p)
}

/// The version string, made once (Swift initializes globals once, thread-safely) and never
/// written again, so sharing it across threads is safe.
nonisolated(unsafe) private let versionCString: UnsafeMutablePointer<CChar>? = copyCString(KoEnVersion.string)

/// `const char *koen_version(void)`: KoEn's version (`"0.1.0"`), owned by the library,
/// never freed.
@_cdecl("koen_version")
public func koen_version() -> UnsafePointer<CChar>? {
  UnsafePointer(versionCString)
}
