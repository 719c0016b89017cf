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
    // SIGKILL, not terminate(): a child spawned from a test thread inherits that thread's
    // signal mask, where SIGTERM may be blocked.
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    let deadline = ContinuousClock.now + .seconds(5)
    while process.isRunning, ContinuousClock.now < deadline { usleep(10_000) }
    close(master)
  }

  /// Everything read so far: ANSI escapes, BEL and `\r` removed.
  var transcript: String { Self.clean(raw) }

  /// The bytes exactly as the program wrote them (with the tty's `\r\n`).
  var rawOutput: [UInt8] { raw }

  /// Types `keys`: "\r" is Enter, "\t" Tab, "\u{03}" Ctrl-C, "\u{04}" Ctrl-D,
  /// "\u{7F}" Backspace, "\u{1B}[A" Up.
  ///
  /// Waits first for the line editor to take the terminal (see ``waitForLineEditor(timeout:)``),
  /// so call it after expecting the prompt that will read the keys.
  func send(_ keys: String) {
    waitForLineEditor()
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

  /// Waits until the terminal leaves canonical mode, i.e. until libedit reads keys itself.
  ///
  /// libedit writes the prompt and only then switches the terminal to raw mode (strace: the
  /// prompt's `write`, then `TCSETSW`, about 1 ms apart). Keys sent as soon as the prompt shows
  /// lose that race about one time in ten and meet the kernel's line discipline instead: Ctrl-C
  /// is echoed and the line flushed, Ctrl-D becomes a NUL byte and the editor then waits
  /// forever, typed text is echoed twice. A person can't type that fast; a test can.
  /// Returns false if the terminal stayed canonical for `timeout`.
  @discardableResult
  func waitForLineEditor(timeout: Duration = .seconds(2)) -> Bool {
    let deadline = ContinuousClock.now + timeout
    var settings = termios()
    while ContinuousClock.now < deadline, process.isRunning {
      guard tcgetattr(master, &settings) == 0 else { return false }
      if settings.c_lflag & tcflag_t(ICANON) == 0 { return true }
      pump(for: .milliseconds(1))
    }
    return false
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
        throw Failure(what: "timed out waiting for \(text.debugDescription) (\(childState))", transcript: current)
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

  /// The child's scheduler state and kernel wait channel, to tell a hung read from a hung write.
  var childState: String {
    let pid = process.processIdentifier
    let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
    let state = status.split(separator: "\n").first { $0.hasPrefix("State:") } ?? "State: ?"
    let wchan = (try? String(contentsOfFile: "/proc/\(pid)/wchan", encoding: .utf8)) ?? "?"
    let stack = (try? String(contentsOfFile: "/proc/\(pid)/stack", encoding: .utf8)) ?? ""
    return "pid \(pid) \(state) wchan \(wchan) raw \(raw.count) bytes\n\(stack)"
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
