/// What one read of a line produced.
public enum LineEvent: Equatable, Sendable {
  /// A line, without its newline.
  case line(String)
  /// Ctrl-C: the user abandoned the line.
  case interrupted
  /// Ctrl-C on an empty line: nothing to abandon; the user may think it quits.
  case interruptedOnEmptyLine
  /// Ctrl-L: clear the screen and show the current question again.
  case redraw
  /// Ctrl-D on an empty line, or the end of piped input.
  case endOfInput
}

/// A source of input lines: the terminal, or a script in tests.
public protocol LineReading: AnyObject {
  /// Shows `prompt` (when interactive) and reads one line.
  func readLine(prompt: String) -> LineEvent
  /// Candidates for the word left of the cursor, given the text before the cursor.
  var completions: (String) -> [String] { get set }
}

/// Reads from a fixed list of events; for tests of the shell driver.
public final class ScriptedReader: LineReading {
  private var events: [LineEvent]
  /// The prompts shown so far, in order.
  public private(set) var prompts: [String] = []
  public var completions: (String) -> [String] = { _ in [] }

  public init(_ events: [LineEvent]) { self.events = events }

  /// One `.line` per line of `script`.
  public convenience init(lines: [String]) { self.init(lines.map(LineEvent.line)) }

  public func readLine(prompt: String) -> LineEvent {
    prompts.append(prompt)
    return events.isEmpty ? .endOfInput : events.removeFirst()
  }
}

/// A line source that can change its prompt while it waits (a live count), without a key.
public protocol IdleRefreshing: AnyObject {
  /// While the line being typed is empty, asks `prompt` every `seconds` for the prompt to show
  /// and redraws it in place when it changed; `nil` stops.
  func whileIdle(every seconds: Double, prompt: (() -> String?)?)
}
