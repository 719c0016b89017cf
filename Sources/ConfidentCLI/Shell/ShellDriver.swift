import ConfidentCore
import LineEditing

/// Runs a ``Session`` on a line source: reads, hands each line to the engine, renders.
public final class ShellDriver {
  public private(set) var session: Session
  private let reader: LineReading
  private let renderer: () -> Renderer
  private let write: (String) -> Void

  /// - Parameters:
  ///   - renderer: asked again before each output, so a resized terminal rewraps.
  ///   - write: where rendered text goes (stdout, or a buffer in tests).
  public init(
    session: Session, reader: LineReading, renderer: @escaping () -> Renderer,
    write: @escaping (String) -> Void
  ) {
    self.session = session
    self.reader = reader
    self.renderer = renderer
    self.write = write
  }

  /// Shows `notices` then runs until the user quits or input ends.
  public func run(notices: [Output] = []) {
    reader.completions = { [unowned self] text in self.session.completions(for: text) }
    show(notices + session.start())
    while !session.isFinished {
      switch reader.readLine(prompt: renderer().prompt(session.prompt)) {
      case .line(let line):
        show(session.handle(line))
      case .interrupted:
        continue
      case .endOfInput:
        show(session.endOfInput())
      }
    }
  }

  private func show(_ outputs: [Output]) {
    guard !outputs.isEmpty else { return }
    write(renderer().render(outputs))
  }
}
