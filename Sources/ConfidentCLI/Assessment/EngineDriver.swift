import ConfidentCore
import LineEditing

/// Runs any ``ShellEngine`` on a line source, as ``ShellDriver`` runs the learner's
/// ``Session``: reads, hands each line to the engine, renders, pages long output.
final class EngineDriver<Engine: ShellEngine> {
  private(set) var engine: Engine
  private let reader: LineReading
  private let renderer: () -> Renderer
  private let write: (String) -> Void
  private let height: () -> Int
  private let pages: Bool
  private let promptsShown: Bool

  /// - Parameter promptsShown: the reader shows prompts (a terminal): what follows Ctrl-D
  ///   starts on a new line rather than after the prompt.
  init(
    engine: Engine, reader: LineReading, renderer: @escaping () -> Renderer, write: @escaping (String) -> Void,
    height: @escaping () -> Int = { 24 }, pages: Bool = false, promptsShown: Bool = false
  ) {
    self.promptsShown = promptsShown
    self.engine = engine
    self.reader = reader
    self.renderer = renderer
    self.write = write
    self.height = height
    self.pages = pages
  }

  /// Shows `notices` then runs until the engine is finished or input ends.
  func run(notices: [Output] = []) {
    reader.completions = { _ in [] }
    show(notices + engine.start())
    while !engine.isFinished {
      switch reader.readLine(prompt: renderer().prompt(engine.prompt)) {
      case .line(let line): show(engine.handle(line))
      case .interrupted: continue
      case .interruptedOnEmptyLine: show([.paragraph("Ctrl-D ou « quitter » pour quitter.", .muted)])
      case .redraw:
        write("\u{1B}[H\u{1B}[2J")
        show(engine.handle("question"))
      case .endOfInput:
        if promptsShown { write("\n") }
        show(engine.endOfInput())
      }
    }
  }

  private func show(_ outputs: [Output]) {
    guard !outputs.isEmpty else { return }
    let text = renderer().render(outputs)
    guard pages else { return write(text) }
    page(text, height: height(), reader: reader, prompt: { self.renderer().prompt($0) }, write: write)
  }
}
