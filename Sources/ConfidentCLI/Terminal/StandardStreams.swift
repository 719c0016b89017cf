#if canImport(Glibc)
  import Glibc
#endif

/// Writes to stdout and stderr with `write(2)`, so that a closed pipe is an error we handle,
/// not a crash.
enum StandardStreams {
  /// Run before the process ends on a failed write to stdout (the shell saves its history).
  nonisolated(unsafe) static var beforeFailureExit: (() -> Void)?

  /// Writes `text` to standard output. When that fails the process ends, never with status 0:
  /// the reader has gone (EPIPE, `confident verifier | head`): quietly, with 141 as coreutils
  /// do; any other error (ENOSPC on `> /dev/full`, EBADF on `>&-`, EIO): with a message on
  /// stderr and status 1.
  static func out(_ text: String) {
    _ = ignoreBrokenPipe
    guard !write(text, to: 1) else { return }
    let code = errno
    beforeFailureExit?()
    if code == EPIPE { exit(141) }
    err("confident : impossible d'écrire la sortie (\(String(cString: strerror(code)))).\n")
    exit(1)
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
