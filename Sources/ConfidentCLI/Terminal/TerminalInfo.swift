#if canImport(Glibc)
  import Glibc
#endif
import ConfidentCore
import Foundation

/// Facts about the terminal the process runs on.
public enum TerminalInfo {
  public static var stdinIsTerminal: Bool { isatty(0) != 0 }
  public static var stdoutIsTerminal: Bool { isatty(1) != 0 }

  /// Colour only on a terminal, without `NO_COLOR`, and not on a dumb terminal.
  public static func colourWanted(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
    guard stdoutIsTerminal else { return false }
    if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return false }
    return environment["TERM"] != "dumb"
  }

  /// The terminal's width; `COLUMNS` or 80 when stdout is not a terminal.
  public static func width() -> Int {
    var size = winsize()
    if stdoutIsTerminal, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
      return Int(size.ws_col)
    }
    return getenv("COLUMNS").flatMap { smallNumber(String(cString: $0)) } ?? 80
  }

  /// The terminal's height; `LINES` or 24 when stdout is not a terminal.
  public static func height() -> Int {
    var size = winsize()
    if stdoutIsTerminal, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 {
      return Int(size.ws_row)
    }
    return getenv("LINES").flatMap { smallNumber(String(cString: $0)) } ?? 24
  }
}
