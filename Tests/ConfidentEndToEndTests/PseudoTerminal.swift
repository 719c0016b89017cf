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
  var processIdentifier: Int32 { process.processIdentifier }
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
      try Self.withNoSignalBlocked { try process.run() }
    } catch {
      close(masterFD)
      throw error
    }
    try slave.close()
  }

  /// Runs `body` with no signal blocked on the calling thread.
  ///
  /// A child starts with the signal mask of the thread that spawned it, and test threads
  /// (libdispatch workers) block nearly every signal. A program started that way never stops on
  /// Ctrl-Z (its SIGTSTP stays pending) and never hears SIGWINCH. A shell starts programs with
  /// nothing blocked: so does the harness.
  static func withNoSignalBlocked<T>(_ body: () throws -> T) rethrows -> T {
    var none = sigset_t()
    var previous = sigset_t()
    sigemptyset(&none)
    pthread_sigmask(SIG_SETMASK, &none, &previous)
    defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
    return try body()
  }

  deinit {
    // SIGKILL, not terminate(): it can be neither caught nor blocked, and it ends a stopped
    // child too.
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
  /// "\u{7F}" Backspace, "\u{1B}[A" Up, "\u{1A}" Ctrl-Z.
  ///
  /// Waits first for the line editor to take the terminal (see ``waitForLineEditor(timeout:)``),
  /// so call it after expecting the prompt that will read the keys.
  func send(_ keys: String) {
    send(bytes: Array(keys.utf8))
  }

  /// Types raw bytes, invalid UTF-8 included, like ``send(_:)``.
  ///
  /// The bytes go `chunkSize` at a time and the program's echo is read in between: a long line
  /// written in one go would fill the pty's input buffer while the echo fills its output buffer,
  /// and the test and the program would each wait for the other.
  func send(bytes: [UInt8], chunkSize: Int = 256) {
    waitForLineEditor()
    let flags = fcntl(master, F_GETFL)
    _ = fcntl(master, F_SETFL, flags | O_NONBLOCK)
    defer { _ = fcntl(master, F_SETFL, flags) }
    var bytes = bytes
    var offset = 0
    let deadline = ContinuousClock.now + .seconds(5)
    while offset < bytes.count, ContinuousClock.now < deadline {
      let count = min(chunkSize, bytes.count - offset)
      let written = bytes[offset..<(offset + count)].withUnsafeMutableBytes { write(master, $0.baseAddress, $0.count) }
      if written < 0 {
        guard errno == EINTR || errno == EAGAIN else { return }
        if !pump(for: .milliseconds(1)), !process.isRunning { return }
        continue
      }
      offset += written
      while pump(for: .zero) {}
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

  /// Whether the terminal is in canonical mode (the kernel's line editing, as a shell leaves it).
  var isCanonical: Bool {
    var settings = termios()
    return tcgetattr(master, &settings) == 0 && settings.c_lflag & tcflag_t(ICANON) != 0
  }

  /// Gives the terminal a new size, as a terminal emulator does when its window is resized.
  ///
  /// The kernel sends SIGWINCH only to the foreground process group of a controlling terminal.
  /// This pty is nobody's controlling terminal (``Process`` starts the program in its own
  /// process group, without `TIOCSCTTY`), so then the signal is sent by hand, as the kernel would.
  func resize(rows: UInt16, columns: UInt16) throws {
    var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    guard ioctl(master, UInt(TIOCSWINSZ), &size) == 0 else {
      throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
    }
    let pid = process.processIdentifier
    if tcgetpgrp(master) != pid { kill(pid, SIGWINCH) }
  }

  /// The child's state letter from `/proc/<pid>/stat`: R running, S sleeping, T stopped…
  var schedulerState: Character? {
    guard let stat = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/stat", encoding: .utf8),
      let name = stat.lastIndex(of: ")")  // the command name may hold spaces and parentheses
    else { return nil }
    return stat[name...].dropFirst().first { $0 != " " }
  }

  /// Waits until the child's state is `state` (see ``schedulerState``), reading its output
  /// meanwhile. Returns false on timeout.
  func waitForState(_ state: Character, timeout: Duration = .seconds(2)) -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
      if schedulerState == state { return true }
      pump(for: .milliseconds(5))
    }
    return schedulerState == state
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
    let state = status.split(separator: "\n").filter { $0.hasPrefix("State:") || $0.hasPrefix("SigBlk:") }
      .joined(separator: " ")
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
    let stripped =
      text
      .replacing(#/\u{1B}\[[0-9;?<=>]*[ -\/]*[@-~]/#, with: "")  // CSI: colours, cursor moves
      .replacing(#/\u{1B}\][^\u{07}\u{1B}]*(\u{07}|\u{1B}\\)/#, with: "")  // OSC: titles
      .replacing(#/\u{1B}[()][0-9A-Za-z]/#, with: "")  // character sets
      .replacing(#/\u{1B}[=>78]/#, with: "")  // keypad modes, save/restore cursor
      .replacing("\u{07}", with: "")
    // By scalar: "\r\n" is one Character, which `replacing("\r", with: "")` would not match.
    return String(String.UnicodeScalarView(stripped.unicodeScalars.filter { $0 != "\r" }))
  }

  struct Failure: Error, CustomStringConvertible {
    let what: String
    let transcript: String
    var description: String { "\(what); transcript so far:\n\(transcript)" }
  }
}
