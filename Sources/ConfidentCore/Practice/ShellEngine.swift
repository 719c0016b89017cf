/// What the shell driver runs: a pure engine that takes a typed line and gives output blocks.
///
/// ``Session`` (the learner's shell) and ``PracticeSession`` (`pratique`) both conform, so the
/// same driver, pager and line editor serve either.
public protocol ShellEngine {
  /// The prompt for the current state.
  var prompt: String { get }
  /// The engine is done: the driver stops reading for it.
  var isFinished: Bool { get }
  /// The screen the output is meant for.
  var screen: Screen { get set }
  /// What to show before the first prompt.
  mutating func start() -> [Output]
  /// Handles one typed line.
  mutating func handle(_ line: String) -> [Output]
  /// End of input (Ctrl-D, the end of a pipe).
  mutating func endOfInput() -> [Output]
  /// The current question again (Ctrl-L).
  mutating func redraw() -> [Output]
  /// Tab completion candidates for the word being typed.
  func completions(for textBeforeCursor: String) -> [String]
}

extension Session: ShellEngine {}
