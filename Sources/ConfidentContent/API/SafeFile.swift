import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Opening files that may be hostile: a FIFO, a device or a symlink to one must never block
/// or be read.
enum SafeFile {
  /// Why a file could not be read.
  enum Failure: Error, Equatable {
    /// Not a regular file (a FIFO, a device, a socket, a folder).
    case notRegular
    /// `open` or `read` failed with this `errno`.
    case system(Int32)

    /// The French reason, for « fichier illisible (…) ».
    var reason: String {
      switch self {
      case .notRegular: return "ce n'est pas un fichier ordinaire"
      case .system(EACCES), .system(EPERM): return "droits insuffisants"
      case .system(ELOOP): return "lien symbolique refusé"
      case .system(let code): return String(cString: strerror(code))
      }
    }
  }

  /// Opens `path` for reading without ever blocking (`O_NONBLOCK`: a FIFO with no writer would
  /// block `open` forever) and accepts regular files only (checked with `fstat` on the
  /// descriptor, so a file swapped in between cannot slip through).
  ///
  /// - Parameter followSymlinks: false adds `O_NOFOLLOW` (files in the data folder).
  static func openRegular(_ path: String, followSymlinks: Bool = true) -> Result<(descriptor: Int32, info: stat), Failure> {
    var flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY
    if !followSymlinks { flags |= O_NOFOLLOW }
    let descriptor = open(path, flags)
    guard descriptor >= 0 else { return .failure(.system(errno)) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      let code = errno
      close(descriptor)
      return .failure(.system(code))
    }
    guard (info.st_mode & S_IFMT) == S_IFREG else {
      close(descriptor)
      return .failure(.notRegular)
    }
    return .success((descriptor, info))
  }

  /// The file's bytes, at most `limit + 1` of them (enough to tell that it is too large without
  /// reading a huge file into memory).
  static func read(_ path: String, limit: Int) -> Result<[UInt8], Failure> {
    switch openRegular(path) {
    case .failure(let failure): return .failure(failure)
    case .success(let (descriptor, info)):
      defer { close(descriptor) }
      return readAll(descriptor, expected: Int(info.st_size), limit: limit)
    }
  }

  /// Reads up to `limit + 1` bytes from `descriptor`; `expected` sizes the first buffer.
  static func readAll(_ descriptor: Int32, expected: Int, limit: Int) -> Result<[UInt8], Failure> {
    let wanted = limit + 1
    var bytes = [UInt8](repeating: 0, count: max(0, min(expected, wanted)))
    var count = 0
    while count < wanted {
      if count == bytes.count { bytes += repeatElement(0, count: min(max(bytes.count, 4096), wanted - count)) }
      let read = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + count, $0.count - count) }
      if read < 0 {
        if errno == EINTR { continue }
        return .failure(.system(errno))
      }
      if read == 0 { break }
      count += read
    }
    bytes.removeSubrange(count...)
    return .success(bytes)
  }
}
