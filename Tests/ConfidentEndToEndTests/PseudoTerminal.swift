import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program with stdin, stdout and stderr on a new pseudo-terminal, as a user would.
///
/// The program sees a real terminal (`isatty` is true, `tcsetattr` works) but no controlling
/// tty is needed: Ctrl-C and Ctrl-D reach it as keys because the line editor turns ISIG off.
/// Everything the program writes is kept in ``transcript``, ANSI-stripped and without `\r`.
/// ``expect(_:timeout:)`` consumes the transcript like `pexpect`: each match starts after the
/// previous one, so a prompt printed again is not mistaken for the one already seen.
final class PseudoTerminal {
  let process = Process()
  private let master: Int32
  private var raw: [UInt8] = []
  /// UTF-8 length of the part of ``transcript`` already matched by ``expect(_:timeout:)``.
  private var consumed = 0

  /// - Parameter environment: the whole environment of the child, on top of
  ///   `LANG=C.UTF-8` and `TERM=xterm`. Nothing is inherited from the test process, so a
  ///   `LC_ALL`, `NO_COLOR` or `~/.editrc` of the machine running the tests can't interfere.
  init(
    executable: URL, arguments: [String] = [], environment: [String: String] = [:],
    rows: UInt16 = 40, columns: UInt16 = 100
  ) throws {
    var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    var masterFD: Int32 = -1
    var slaveFD: Int32 = -1
    guard openpty(&masterFD, &slaveFD, nil, nil, &size) == 0 else {
      throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
    }
    // Neither end may leak into a program another test spawns meanwhile (the child gets the
    // slave through dup2, which clears the flag).
    _ = fcntl(masterFD, F_SETFD, FD_CLOEXEC)
    _ = fcntl(slaveFD, F_SETFD, FD_CLOEXEC)
    master = masterFD
    let slave = FileHandle(fileDescriptor: slaveFD, closeOnDealloc: true)
    process.executableURL = executable
    process.arguments = arguments
    process.environment = ["LANG": "C.UTF-8", "TERM": "xterm"].merging(environment) { $1 }
    process.standardInput = slave
    process.standardOutput = slave
    process.standardError = slave
    do {
      try process.run()
    } catch {
      close(masterFD)
      throw error
    }
    try slave.close()
  }

  deinit {
    if process.isRunning {
      process.terminate()
      process.waitUntilExit()
    }
    close(master)
  }

  /// Everything read so far: ANSI escapes, BEL and `\r` removed.
  var transcript: String { Self.clean(raw) }

  /// The bytes exactly as the program wrote them (with the tty's `\r\n`).
  var rawOutput: [UInt8] { raw }

  /// Types `keys`: "\r" is Enter, "\t" Tab, "\u{03}" Ctrl-C, "\u{04}" Ctrl-D,
  /// "\u{7F}" Backspace, "\u{1B}[A" Up.
  func send(_ keys: String) {
    var bytes = Array(keys.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeMutableBytes { write(master, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        return
      }
      offset += written
    }
  }

  /// Waits until `text` appears after the previous match, and returns the transcript up to the
  /// end of the match (from the previous match).
  @discardableResult
  func expect(_ text: String, timeout: Duration = .seconds(5)) throws -> String {
    let deadline = ContinuousClock.now + timeout
    while true {
      let current = transcript
      let start = current.utf8.index(current.utf8.startIndex, offsetBy: min(consumed, current.utf8.count))
      if let range = current[start...].range(of: text) {
        consumed = current.utf8.distance(from: current.utf8.startIndex, to: range.upperBound)
        return String(current[start..<range.upperBound])
      }
      let left = deadline - ContinuousClock.now
      guard left > .zero else {
        throw Failure(what: "timed out waiting for \(text.debugDescription)", transcript: current)
      }
      if !pump(for: left), !process.isRunning {
        // The program is gone and its output is drained: the text will never come.
        pump(for: .zero)
        if transcript == current {
          throw Failure(what: "the program exited while waiting for \(text.debugDescription)", transcript: current)
        }
      }
    }
  }

  /// Reads for `duration` and checks that `text` does not show up in that time.
  func expectAbsence(of text: String, during duration: Duration = .milliseconds(300)) -> Bool {
    let deadline = ContinuousClock.now + duration
    while ContinuousClock.now < deadline { pump(for: deadline - ContinuousClock.now) }
    return !transcript.contains(text)
  }

  /// Waits for the program to end, reading its output meanwhile so it never blocks on a full
  /// pty buffer. Returns the exit status, or nil on timeout.
  func waitForExit(timeout: Duration = .seconds(5)) -> Int32? {
    let deadline = ContinuousClock.now + timeout
    while process.isRunning {
      guard ContinuousClock.now < deadline else { return nil }
      pump(for: .milliseconds(50))
    }
    process.waitUntilExit()
    pump(for: .zero)
    return process.terminationStatus
  }

  /// Reads what the program wrote within `duration`. Returns false when nothing came.
  @discardableResult
  private func pump(for duration: Duration) -> Bool {
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    let milliseconds = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
    let ready = poll(&descriptor, 1, Int32(clamping: max(milliseconds, duration > .zero ? 1 : 0)))
    guard ready > 0 else { return false }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = read(master, &buffer, buffer.count)
    // EIO: every slave descriptor is closed (the program exited). Wait a little rather than spin.
    guard count > 0 else {
      if duration > .zero { usleep(10_000) }
      return false
    }
    raw += buffer[..<count]
    return true
  }

  /// Decodes UTF-8 and removes what a terminal would not show as text.
  static func clean(_ bytes: [UInt8]) -> String {
    stripANSI(String(decoding: bytes, as: UTF8.self))
  }

  /// Removes CSI and other escape sequences, BEL and carriage returns.
  static func stripANSI(_ text: String) -> String {
    text
      .replacing(#/\u{1B}\[[0-9;?<=>]*[ -\/]*[@-~]/#, with: "")  // CSI: colours, cursor moves
      .replacing(#/\u{1B}\][^\u{07}\u{1B}]*(\u{07}|\u{1B}\\)/#, with: "")  // OSC: titles
      .replacing(#/\u{1B}[()][0-9A-Za-z]/#, with: "")  // character sets
      .replacing(#/\u{1B}[=>78]/#, with: "")  // keypad modes, save/restore cursor
      .replacing("\u{07}", with: "")
      .replacing("\r", with: "")
  }

  struct Failure: Error, CustomStringConvertible {
    let what: String
    let transcript: String
    var description: String { "\(what); transcript so far:\n\(transcript)" }
  }
}
