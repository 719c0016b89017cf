import ConfidentCore
import LineEditing

/// Why `pratique` cannot start (no progress store, bad options), in French.
public struct PracticeUnavailable: Error, Sendable {
  public var message: String
  public init(_ message: String) { self.message = message }
}

/// Runs a ``Session`` on a line source: reads, hands each line to the engine, renders.
public final class ShellDriver {
  public private(set) var session: Session
  private let reader: LineReading
  private let renderer: () -> Renderer
  private let write: (String) -> Void
  private let screen: () -> Screen
  private let pages: Bool
  private let reloader: BankReloading?
  /// The practice session running instead of the shell, if any.
  public private(set) var practice: PracticeSession?
  /// Makes the practice session `pratique` asks for (with the text after it), or says why not.
  public var startPractice: ((String?, Bank) -> (engine: PracticeSession?, notices: [Output]))?
  /// The progress report `progression` shows.
  public var progressReport: ((Bank, Int) -> [Output])?
  /// The home screen's summary line, asked again whenever the shell comes back home.
  public var homeSummary: ((Bank) -> String?)?
  /// Run only `practice`, then stop (`confident pratique`).
  private var practiceOnly = false

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

  /// Runs `practice` alone, then stops: `confident pratique`.
  public func run(practice: PracticeSession, notices: [Output] = []) {
    self.practice = practice
    practiceOnly = true
    run(notices: notices)
  }

  /// Shows `notices` then runs until the user quits or input ends.
  public func run(notices: [Output] = []) {
    reader.completions = { [unowned self] text in
      self.practice?.completions(for: text) ?? self.session.completions(for: text)
    }
    session.screen = screen()
    session.homeSummary = homeSummary?(session.bank)
    if var practice {
      practice.screen = screen()
      show(notices + practice.start())
      self.practice = practice
    } else {
      show(notices + session.start())
    }
    while true {
      if var engine = practice {
        if !engine.isFinished { step(&engine) }
        practice = engine
        guard engine.isFinished else { continue }
        practice = nil
        if practiceOnly { break }
        session.homeSummary = homeSummary?(session.bank)
        continue
      }
      guard !session.isFinished else { break }
      reloadIfNeeded()
      var shell = session
      step(&shell) { self.reload(&$0) }
      session = shell
      switch session.takeHandover() {
      case .practice(let argument)?: beginPractice(argument)
      case .progress?: show(progressReport?(session.bank, screen().width) ?? [])
      case nil: break
      }
    }
  }

  /// Reads one line (or key) for `engine` and shows what it answers.
  private func step<Engine: ShellEngine>(_ engine: inout Engine, beforeLine: (inout Engine) -> Void = { _ in }) {
    let event = reader.readLine(prompt: renderer().prompt(engine.prompt))
    engine.screen = screen()
    switch event {
    case .line(let line):
      // A file edited while the prompt waited: the typed command runs on the new bank.
      beforeLine(&engine)
      show(engine.handle(line))
    case .interrupted:
      return
    case .interruptedOnEmptyLine:
      show([.paragraph("Ctrl-D ou « quitter » pour quitter.", .muted)])
    case .redraw:
      write("\u{1B}[H\u{1B}[2J")
      show(engine.redraw())
    case .endOfInput:
      show(engine.endOfInput())
    }
  }

  /// `pratique` typed in the shell: the practice engine takes over until it ends.
  private func beginPractice(_ argument: String?) {
    guard let startPractice else {
      return show([.paragraph("La pratique n'est pas disponible ici.", .warning)])
    }
    let (made, notices) = startPractice(argument, session.bank)
    guard var engine = made else { return show(notices) }
    engine.screen = screen()
    show(notices + engine.start())
    practice = engine
  }

  /// Replaces the session's bank between lines when the files changed or the user asked.
  private func reloadIfNeeded() {
    var shell = session
    reload(&shell)
    session = shell
  }

  private func reload(_ session: inout Session) {
    guard session.canReplaceBank, let reloader else { return }
    guard let update = reloader.newerBank(force: session.reloadRequested) else { return }
    session.replaceBank(update.bank)
    show(update.notices)
  }

  private func show(_ outputs: [Output]) {
    guard !outputs.isEmpty else { return }
    let text = renderer().render(outputs)
    guard pages else { return write(text) }
    page(text, height: screen().height, reader: reader, prompt: { self.renderer().prompt($0) }, write: write)
  }
}
