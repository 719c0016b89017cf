/// What a shell driver needs of an engine: a line in, output blocks out.
///
/// ``Session`` is one; each mode with its own engine (``AssessmentSession``…) is another, so
/// that one driver can run any of them.
public protocol ShellEngine {
  /// What to show before the first prompt.
  mutating func start() -> [Output]
  /// The prompt for the current state.
  var prompt: String { get }
  /// Handles one line typed by the user.
  mutating func handle(_ line: String) -> [Output]
  /// End of input (Ctrl-D or the end of a pipe).
  mutating func endOfInput() -> [Output]
  /// Whether the engine is done (the driver stops reading).
  var isFinished: Bool { get }
}

extension Session: ShellEngine {}
