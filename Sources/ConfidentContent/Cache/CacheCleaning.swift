import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Removes what earlier runs left in the cache folder: temporary files of a killed write, and
/// caches of banks not loaded for a long time (every spelling of `--scenarios`, every temporary
/// bank has its own).
enum CacheCleaning {
  /// A temporary file this old is not being written any more.
  static let temporaryAge = 10 * 60
  /// A cache not rewritten for this long is removed (it is rebuilt if needed).
  static let cacheAge = 30 * 24 * 3600

  static func removeStale(in directory: String, keeping current: String) {
    guard let names = BankWalker.list(directory) else { return }
    let now = Int(time(nil))
    for name in names where name.hasPrefix("bank-") {
      let path = directory + "/" + name
      guard path != current else { continue }
      var info = stat()
      guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG || (info.st_mode & S_IFMT) == S_IFLNK else { continue }
      let age = now - Int(info.st_mtim.tv_sec)
      if (name.hasSuffix(".tmp") && age > temporaryAge) || (name.hasSuffix(".bin") && age > cacheAge) {
        unlink(path)
      }
    }
  }
}
