import ConfidentCore
import LineEditing

/// Runs a ``Session`` on a line source: reads, hands each line to the engine, renders.
public final class ShellDriver {
  public private(set) var session: Session
  private let reader: LineReading
  private let renderer: () -> Renderer
  private let write: (String) -> Void
  private let screen: () -> Screen
  private let pages: Bool
  private let reloader: BankReloading?

  /// - Parameters:
  ///   - renderer: asked again before each output, so a resized terminal rewraps.
  ///   - write: where rendered text goes (stdout, or a buffer in tests).
  ///   - screen: the terminal's size, asked before each line is handled.
  ///   - pages: output taller than the screen stops at each screenful (Entrée for more).
  ///   - reloader: asked before each prompt for a newer bank (edited files, « recharger »).
  public init(
    session: Session, reader: LineReading, renderer: @escaping () -> Renderer,
    write: @escaping (String) -> Void, screen: @escaping () -> Screen = { Screen() }, pages: Bool = false,
    reloader: BankReloading? = nil
  ) {
    self.reloader = reloader
    self.session = session
    self.reader = reader
    self.renderer = renderer
    self.write = write
    self.screen = screen
    self.pages = pages
  }

  /// Shows `notices` then runs until the user quits or input ends.
  public func run(notices: [Output] = []) {
    reader.completions = { [unowned self] text in self.session.completions(for: text) }
    session.screen = screen()
    show(notices + session.start())
    while !session.isFinished {
      reloadIfNeeded()
      let event = reader.readLine(prompt: renderer().prompt(session.prompt))
      session.screen = screen()
      switch event {
      case .line(let line):
        // A file edited while the prompt waited: the typed command runs on the new bank.
        reloadIfNeeded()
        show(session.handle(line))
      case .interrupted:
        continue
      case .interruptedOnEmptyLine:
        show([.paragraph("Ctrl-D ou « quitter » pour quitter.", .muted)])
      case .redraw:
        write("\u{1B}[H\u{1B}[2J")
        show(session.redraw())
      case .endOfInput:
        show(session.endOfInput())
      }
    }
  }

  /// Replaces the session's bank between lines when the files changed or the user asked.
  private func reloadIfNeeded() {
    guard session.canReplaceBank, let reloader else { return }
    guard let update = reloader.newerBank(force: session.reloadRequested) else { return }
    session.replaceBank(update.bank)
    show(update.notices)
  }

  private func show(_ outputs: [Output]) {
    guard !outputs.isEmpty else { return }
    let text = renderer().render(outputs)
    guard pages else { return write(text) }
    page(text)
  }

  /// Writes `text` a screenful at a time: Entrée shows the next one; « q » jumps to the last
  /// screenful (which holds the question or the closing hint, never to be lost).
  private func page(_ text: String) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    let pageHeight = max(screen().height - 2, 5)
    guard lines.count > pageHeight + 1 else { return write(text) }
    var start = 0
    while start < lines.count {
      // A last line or two left over: shown with this page rather than after another stop.
      let end = lines.count - start <= pageHeight + 2 ? lines.count : start + pageHeight
      write(lines[start..<end].map { $0 + "\n" }.joined())
      start = end
      guard start < lines.count else { break }
      let remaining = lines.count - start
      switch reader.readLine(prompt: renderer().prompt("— suite : Entrée (\(remaining) ligne\(remaining > 1 ? "s" : "")) · q : passer — ")) {
      case .line(let answer) where answer.lowercased().hasPrefix("q"):
        start = max(start, lines.count - pageHeight)
      case .endOfInput:
        return
      default:
        continue
      }
    }
  }
}
