import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Folders and files that only the user may write: the data folder, its cache, its history.
///
/// Whatever another user can write there (a forged cache, a symlink at a temporary name) is an
/// attack, so such a folder is not used at all.
public enum PrivateFolder {
  /// Why a folder cannot be used.
  public enum Problem: Error, Equatable, Sendable {
    /// It could not be created (the message is `strerror`).
    case uncreatable(String)
    /// It exists but is not a folder.
    case notAFolder
    /// It belongs to another user.
    case foreignOwner
    /// Group or others may write in it.
    case sharedWritable
    /// It is read-only for us.
    case readOnly
  }

  /// Creates `path` and its missing parents with mode 0700 from the start (no window under
  /// `umask 000`), then checks that the folder is ours and that no one else may write in it.
  public static func prepare(_ path: String) -> Problem? {
    if let problem = create(path) { return problem }
    return check(path)
  }

  /// Checks, without creating it, that `path` is a folder of ours that no one else may write.
  public static func check(_ path: String) -> Problem? {
    var info = stat()
    guard stat(path, &info) == 0 else { return .uncreatable(String(cString: strerror(errno))) }
    guard (info.st_mode & S_IFMT) == S_IFDIR else { return .notAFolder }
    guard info.st_uid == geteuid() else { return .foreignOwner }
    guard info.st_mode & 0o022 == 0 else { return .sharedWritable }
    guard access(path, W_OK | X_OK) == 0 else { return .readOnly }
    return nil
  }

  private static func create(_ path: String) -> Problem? {
    var info = stat()
    if stat(path, &info) == 0 { return nil }
    let parent = (path as NSString).deletingLastPathComponent
    if !parent.isEmpty, parent != path, let problem = create(parent) { return problem }
    guard mkdir(path, 0o700) == 0 || errno == EEXIST else { return .uncreatable(String(cString: strerror(errno))) }
    return nil
  }

  /// A new file `prefix.<random>.tmp`, created with `O_CREAT | O_EXCL | O_NOFOLLOW` and mode
  /// 0600: a name planted in advance (a symlink) makes it fail, never write elsewhere.
  static func temporaryFile(prefix: String) -> (path: String, descriptor: Int32)? {
    for _ in 0..<8 {
      let path = "\(prefix).\(String(UInt64.random(in: 0...UInt64.max), radix: 36)).tmp"
      let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
      if descriptor >= 0 { return (path, descriptor) }
      if errno != EEXIST { return nil }
    }
    return nil
  }

  /// Opens a file of the folder for reading: not through a symlink, never blocking, a regular
  /// file of ours that no one else may write; nil otherwise.
  static func openOwnFile(_ path: String) -> (descriptor: Int32, size: Int)? {
    guard case .success(let (descriptor, info)) = SafeFile.openRegular(path, followSymlinks: false) else { return nil }
    guard info.st_uid == geteuid(), info.st_mode & 0o022 == 0 else {
      close(descriptor)
      return nil
    }
    return (descriptor, Int(info.st_size))
  }
}
