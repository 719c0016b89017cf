#if canImport(Glibc)
  import Glibc
#endif

/// Writes to stdout and stderr with `write(2)`, so that a closed pipe is an error we handle,
/// not a crash.
enum StandardStreams {
  /// Writes `text` to standard output. When the reader has gone (EPIPE: `confident cas | head`),
  /// there is no one left to talk to: the process ends quietly with status 0.
  static func out(_ text: String) {
    _ = ignoreBrokenPipe
    if !write(text, to: 1) { exit(0) }
  }

  /// SIGPIPE would kill the process before `write` could report EPIPE.
  private static let ignoreBrokenPipe: Void = { signal(SIGPIPE, SIG_IGN) }()

  /// Writes `text` to standard error; a failure there is ignored.
  static func err(_ text: String) {
    _ = write(text, to: 2)
  }

  /// Returns false on a write error other than EINTR (EPIPE, EBADF, ENOSPC…).
  private static func write(_ text: String, to descriptor: Int32) -> Bool {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes { buffer in
        Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        return false
      }
      offset += written
    }
    return true
  }
}
