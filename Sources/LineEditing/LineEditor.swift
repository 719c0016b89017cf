import CLibEdit

#if canImport(Glibc)
  import Glibc
#endif

/// A libedit line editor with history and Tab completion.
///
/// Not `Sendable`: libedit is not thread-safe. Use it from the main thread only, never from an
/// `async` context (it blocks in `read(2)`).
public final class LineEditor: LineReading {
  /// What became of the history file at start-up.
  public enum HistoryStatus: Equatable, Sendable {
    /// No history file requested.
    case off
    /// Loaded (or new): it will be saved.
    case ready
    /// The file exists but is not a libedit history: it is left untouched and not saved.
    case foreign(path: String)
  }

  private let editLine: OpaquePointer
  private let history: OpaquePointer
  private let output: UnsafeMutablePointer<FILE>
  private let historyFile: String?
  private var promptStorage: UnsafeMutablePointer<CChar>
  private var interruptRequested = false
  private var redrawRequested = false
  private var interruptedEmptyLine = false
  public private(set) var historyStatus: HistoryStatus = .off
  public var completions: (String) -> [String] = { _ in [] }
  /// See ``IdleRefreshing``.
  private var idlePrompt: (() -> String?)?
  private var idleInterval = 1.0

  /// - Parameter historyFile: where history is loaded from and saved to; `nil` keeps none.
  public init(programName: String, historyFile: String? = nil) {
    // libedit only edits when its output stream is a terminal: keep editing when stdout is
    // piped (`confident | tee log`) by writing prompts and echo to stderr.
    output = isatty(1) == 0 && isatty(2) != 0 ? cle_stderr() : cle_stdout()
    guard let editLine = el_init(programName, cle_stdin(), output, cle_stderr()),
      let history = history_init()
    else { fatalError("libedit initialisation failed") }
    self.editLine = editLine
    self.history = history
    promptStorage = strdup("> ")

    cle_history_setsize(history, 1000)
    cle_history_setunique(history, 1)
    if let historyFile {
      if LineEditor.isOurs(historyFile), cle_history_load(history, historyFile) >= 0 || LineEditor.isEmptyOrAbsent(historyFile) {
        historyStatus = .ready
        self.historyFile = historyFile
      } else {
        historyStatus = .foreign(path: historyFile)
        self.historyFile = nil
      }
    } else {
      self.historyFile = nil
    }

    cle_set_editor(editLine, "emacs")
    cle_set_history(editLine, history)
    // libedit restores the tty on SIGTSTP/SIGCONT and follows SIGWINCH.
    cle_set_signal(editLine, 1)
    cle_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
    cle_set_prompt(editLine, { LineEditor.owner(of: $0).promptStorage }, 1)
    // Our reader waits with a timeout, so that a SIGTERM or SIGHUP landing after the prompt is
    // drawn but before libedit's read() began still ends the line within a second (libedit's
    // own reader would block in read() with the signal already recorded).
    cle_set_getcfn(editLine) { el, character in
      LineEditor.owner(of: el).readCharacter(into: character!)
    }

    cle_add_function(editLine, "confident-complete", "Complete the word") { el, _ in
      LineEditor.owner(of: el).complete()
    }
    cle_bind(editLine, "^I", "confident-complete")

    // Ctrl-C while editing arrives as a key (ISIG off) and abandons the line only.
    cle_setty(editLine, "-d", "-isig")
    cle_add_function(editLine, "confident-interrupt", "Abandon the line") { el, _ in
      let owner = LineEditor.owner(of: el)
      owner.interruptRequested = true
      if let info = el_line(el) { owner.interruptedEmptyLine = info.pointee.lastchar == info.pointee.buffer }
      return UInt8(CC_NEWLINE)
    }
    cle_bind(editLine, "^C", "confident-interrupt")
    // Ctrl-L: the caller clears the screen and shows the current question again.
    cle_add_function(editLine, "confident-redraw", "Clear and redraw") { el, _ in
      LineEditor.owner(of: el).redrawRequested = true
      return UInt8(CC_NEWLINE)
    }
    cle_bind(editLine, "^L", "confident-redraw")
    // ISIG off also swallows Ctrl-Z: raise SIGTSTP by hand (EL_SIGNAL restores the tty).
    cle_add_function(editLine, "confident-suspend", "Suspend") { _, _ in
      kill(getpid(), SIGTSTP)
      return UInt8(CC_REDISPLAY)
    }
    cle_bind(editLine, "^Z", "confident-suspend")

    el_source(editLine, nil)  // the user's ~/.editrc, if any
  }

  /// libedit's own check reads only the first line's start: `_` alone would pass and be
  /// overwritten. Absent or empty files are ours to write; anything else must be a regular file
  /// (opened without following a symlink and without blocking on a FIFO) carrying the header.
  static func isOurs(_ path: String) -> Bool {
    if isEmptyOrAbsent(path) { return true }
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
    let header = Array("_HiStOrY_V2_\n".utf8)
    var bytes = [UInt8](repeating: 0, count: header.count)
    return read(descriptor, &bytes, header.count) == header.count && bytes == header
  }

  /// No entry at all, or an empty regular file (not a symlink).
  static func isEmptyOrAbsent(_ path: String) -> Bool {
    var info = stat()
    guard lstat(path, &info) == 0 else { return errno == ENOENT }
    return (info.st_mode & S_IFMT) == S_IFREG && info.st_size == 0
  }

  deinit {
    history_end(history)
    el_end(editLine)
    free(promptStorage)
  }

  /// Writes the history file. Returns false when it could not be written.
  ///
  /// Writes a new temporary file (an unpredictable name, `O_CREAT | O_EXCL | O_NOFOLLOW`, mode
  /// 0600) and renames it over the old one: a symlink planted in the folder is never followed,
  /// and two shells on the same data folder, or a full disk, never leave a half-written history
  /// (the last writer wins).
  ///
  /// - Parameter durable: also wait for the disk (`fsync`); the save after each line skips it,
  ///   since a renamed file already survives the process's crash.
  @discardableResult
  public func saveHistory(durable: Bool = true) -> Bool {
    guard let historyFile else { return true }
    var temporary = ""
    var descriptor: Int32 = -1
    for _ in 0..<8 where descriptor < 0 {
      temporary = "\(historyFile).\(String(UInt64.random(in: 0...UInt64.max), radix: 36)).tmp"
      descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
      if descriptor < 0, errno != EEXIST { return false }
    }
    guard descriptor >= 0 else { return false }
    guard let file = fdopen(descriptor, "w") else {
      close(descriptor)
      unlink(temporary)
      return false
    }
    let saved = cle_history_save_fp(history, file) >= 0
    let flushed = fflush(file) == 0 && (!durable || fsync(descriptor) == 0)
    let closed = fclose(file) == 0
    guard saved, flushed, closed, rename(temporary, historyFile) == 0 else {
      unlink(temporary)
      return false
    }
    return true
  }

  /// Shows `prompt` and reads one edited line.
  ///
  /// Wrap ANSI codes in the prompt between "\u{1}" pairs so they don't count toward its width.
  public func readLine(prompt: String) -> LineEvent {
    free(promptStorage)
    promptStorage = strdup(prompt)
    interruptRequested = false
    redrawRequested = false
    interruptedEmptyLine = false
    TerminationSignals.install()
    if TerminationSignals.pending != nil { return .endOfInput }
    var count: Int32 = 0
    let bytes = el_gets(editLine, &count)
    let interruptedCall = bytes == nil && count == -1 && errno == EINTR
    // SIGTERM or SIGHUP: end as on Ctrl-D, so that the history is saved.
    if bytes == nil, TerminationSignals.pending != nil { return .endOfInput }
    // Ctrl-C on an empty line also ends el_gets without a line: it must never read as Ctrl-D.
    if interruptRequested || interruptedCall {
      fputs("^C\n", output)
      return interruptRequested && !interruptedEmptyLine ? .interrupted : .interruptedOnEmptyLine
    }
    if redrawRequested { return .redraw }
    guard let bytes else { return .endOfInput }
    var line = String(decoding: UnsafeRawBufferPointer(start: bytes, count: Int(count)), as: UTF8.self)
    if line.hasSuffix("\n") { line.removeLast() }
    // Tab completion leaves a trailing space: keep history entries without it.
    let entry = String(line.reversed().drop(while: \.isWhitespace).reversed())
    if !entry.isEmpty {
      cle_history_enter(history, entry)
      // Saved at once: a crash or a SIGKILL loses no line already entered.
      saveHistory(durable: false)
    }
    return .line(line)
  }

  /// Reads the next character for libedit (EL_GETCFN): waits for input at most `idleInterval`
  /// at a time and, between waits, ends the line if a termination signal came and, while
  /// ``whileIdle(every:prompt:)`` is set, shows the new prompt in place if the line is still
  /// empty and the prompt changed.
  private func readCharacter(into character: UnsafeMutablePointer<wchar_t>) -> Int32 {
    let input = fileno(cle_stdin())
    while true {
      var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
      let ready = poll(&descriptor, 1, Int32(idleInterval * 1000))
      if ready < 0, errno != EINTR { return -1 }
      if ready < 0 || ready == 0 {
        // SIGTERM or SIGHUP: el_gets ends (readLine then reports the end of input). Any other
        // interruption (SIGWINCH, SIGCONT after Ctrl-Z) only redraws, as libedit's reader does.
        if TerminationSignals.pending != nil { return -1 }
        if ready < 0 { cle_refresh(editLine) } else { showIdlePrompt() }
        continue
      }
      let read = cle_read_char(input, character)
      if read < 0, errno == EINTR, TerminationSignals.pending == nil { continue }
      return read
    }
  }

  /// The idle prompt, when the line is empty and it differs from the one shown.
  private func showIdlePrompt() {
    guard let idlePrompt, let info = el_line(editLine), info.pointee.lastchar == info.pointee.buffer,
      let prompt = idlePrompt(), prompt != String(cString: promptStorage)
    else { return }
    free(promptStorage)
    promptStorage = strdup(prompt)
    // libedit redraws from where it believes the line starts: back to it, and clear the old one.
    fputs("\r\u{1B}[K", output)
    cle_refresh(editLine)
  }

  private static func owner(of el: OpaquePointer?) -> LineEditor {
    Unmanaged<LineEditor>.fromOpaque(cle_clientdata(el!)!).takeUnretainedValue()
  }

  private func complete() -> UInt8 {
    guard let info = el_line(editLine)?.pointee else { return UInt8(CC_ERROR) }
    let left = String(
      decoding: UnsafeRawBufferPointer(start: info.buffer, count: info.cursor - info.buffer),
      as: UTF8.self)
    let word = String(left.split(separator: " ", omittingEmptySubsequences: false).last ?? "")
    let matches = completions(left).filter { $0.hasPrefix(word) }
    guard let first = matches.first else { return UInt8(CC_REFRESH_BEEP) }
    if matches.count == 1 {
      el_insertstr(editLine, String(first.dropFirst(word.count)) + " ")
      return UInt8(CC_REFRESH)
    }
    let common = matches.dropFirst().reduce(first) {
      String(zip($0, $1).prefix { $0 == $1 }.map(\.0))
    }
    if common.count > word.count {
      el_insertstr(editLine, String(common.dropFirst(word.count)))
      return UInt8(CC_REFRESH)
    }
    fputs("\n" + Self.columns(matches, width: terminalWidth()) + "\n", output)
    return UInt8(CC_REDISPLAY)
  }

  /// The terminal's width, or 80.
  private func terminalWidth() -> Int {
    var size = winsize()
    if ioctl(fileno(output), UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    return 80
  }

  /// Completion candidates laid out in lines of whole words, at most `width` columns each.
  public static func columns(_ words: [String], width: Int) -> String {
    var lines: [String] = []
    var current = ""
    for word in words {
      if current.isEmpty {
        current = word
      } else if current.count + 2 + word.count <= width {
        current += "  " + word
      } else {
        lines.append(current)
        current = word
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines.joined(separator: "\n")
  }
}

extension LineEditor: IdleRefreshing {
  public func whileIdle(every seconds: Double, prompt: (() -> String?)?) {
    idlePrompt = prompt
    idleInterval = prompt == nil ? 1.0 : max(seconds, 0.05)
  }
}
