import ConfidentCore
import LineEditing

/// Runs a ``RoomSession`` on a line source: reads, hands each line to the engine with the time,
/// renders; clears the terminal when a new screen starts.
public final class RoomDriver {
  public private(set) var session: RoomSession
  private let reader: LineReading
  private let renderer: () -> Renderer
  private let write: (String) -> Void
  private let screen: () -> Screen
  private let pages: Bool
  private let clears: Bool
  private let clock: () -> Double
  private var shownScreen = -1
  private var notesShown: String?
  /// A line typed at the pager's prompt, handled next.
  private var pending: String?
  /// Called with each typed line before the engine handles it (the journal).
  public var lineTyped: ((String) -> Void)?
  /// Called with the trainer's notes each time another case comes on screen.
  public var notesChanged: ((String) -> Void)?
  /// The participants' devices (`--salle`): shown the open question, their votes added at
  /// each prompt.
  public var remote: RoomRemoteVoting?
  /// Raw text shown under the title screen (the room's address and QR code).
  public var introBanner: String?

  /// - Parameters:
  ///   - clears: start each new screen on a cleared terminal (only when stdout is one).
  ///   - clock: the time in seconds, for the vote timer.
  public init(
    session: RoomSession, reader: LineReading, renderer: @escaping () -> Renderer,
    write: @escaping (String) -> Void, screen: @escaping () -> Screen = { Screen() },
    pages: Bool = false, clears: Bool = false, clock: @escaping () -> Double = { 0 }
  ) {
    self.session = session
    self.reader = reader
    self.renderer = renderer
    self.write = write
    self.screen = screen
    self.pages = pages
    self.clears = clears
    self.clock = clock
  }

  /// The words Tab completes in the room.
  static let commandNames = [
    "aide", "annuler", "fin", "note", "passer", "question", "remarque", "retour", "reveler", "revoter", "scores", "suivant",
  ]

  /// Shows `notices` then runs until « fin » or the end of input; `resuming` shows the screen a
  /// replayed session is on instead of the title screen.
  public func run(notices: [Output] = [], resuming: Bool = false) {
    reader.completions = { text in
      text.contains(" ") ? [] : Self.commandNames.filter { $0.hasPrefix(text) }
    }
    session.screen = screen()
    let start = resuming ? session.resume(now: clock()) : session.start(now: clock())
    show(notices + start)
    while !session.isFinished {
      if let line = pending {
        pending = nil
        lineTyped?(line)
        show(session.handle(line, now: clock()))
        continue
      }
      syncRemote()
      // « 9/14 ont voté » follows the phones live while the trainer types nothing (this prompt
      // only: the pager's own prompt stays as it is).
      let live = remote == nil ? nil : reader as? IdleRefreshing
      live?.whileIdle(every: 1) { [unowned self] in idlePrompt() }
      let event = reader.readLine(prompt: renderer().prompt(promptText()))
      live?.whileIdle(every: 1, prompt: nil)
      session.screen = screen()
      syncRemote()
      switch event {
      case .line(let line):
        lineTyped?(line)
        let before = (session.openBallotKey, session.openBallotDeviceCounts)
        show(session.handle(line, now: clock()))
        discardUndoneDeviceVotes(before: before)
      case .interrupted:
        continue
      case .interruptedOnEmptyLine:
        show([.paragraph("« fin » (ou Ctrl-D) termine la séance et affiche le bilan.", .muted)])
      case .redraw:
        show(session.redraw())
      case .endOfInput:
        show(session.endOfInput())
      }
    }
    remote?.publish(session.publicView)
  }

  /// The session's prompt, with « 9/14 ont voté » from the devices during a vote.
  func promptText() -> String {
    let prompt = session.prompt(now: clock())
    guard let remote, let key = session.openBallotKey, prompt.hasSuffix(" › ") else { return prompt }
    let tally = remote.tally(for: key)
    return String(prompt.dropLast(3)) + " · \(tally.voted)/\(tally.connected) ont voté › "
  }

  /// The prompt while the trainer types nothing: the devices' new votes recorded, the question
  /// left on screen as it is (only the prompt line changes).
  func idlePrompt() -> String {
    if let remote, let key = session.openBallotKey, let recorded = session.openBallotDeviceCounts {
      let tally = remote.tally(for: key)
      if recorded.indices.map({ tally.counts[$0] ?? 0 }) != recorded || session.openBallotDevicePseudonyms != tally.pseudonyms {
        _ = session.record(.devices(tally.counts, pseudonyms: tally.pseudonyms))
        shownScreen = session.screenNumber
      }
    }
    return renderer().prompt(promptText())
  }

  /// Hands the devices' votes of the open vote to the session (through `record`, as typed
  /// tallies), and what the devices may show now.
  func syncRemote() {
    guard let remote else { return }
    if let key = session.openBallotKey, let recorded = session.openBallotDeviceCounts {
      let tally = remote.tally(for: key)
      if recorded.indices.map({ tally.counts[$0] ?? 0 }) != recorded || session.openBallotDevicePseudonyms != tally.pseudonyms {
        show(session.record(.devices(tally.counts, pseudonyms: tally.pseudonyms)))
      }
    }
    remote.publish(session.publicView)
  }

  /// After « annuler » (the same vote still open, its devices' votes gone from the session), the
  /// box forgets them too, so the next prompt does not bring them back.
  func discardUndoneDeviceVotes(before: (key: String?, counts: [Int]?)) {
    guard let remote, let key = before.key, key == session.openBallotKey,
      before.counts?.contains(where: { $0 > 0 }) == true, session.openBallotDeviceCounts?.allSatisfy({ $0 == 0 }) == true
    else { return }
    remote.discard(key)
  }

  private func show(_ outputs: [Output]) {
    guard !outputs.isEmpty else { return }
    if clears, session.screenNumber != shownScreen { write("\u{1B}[H\u{1B}[2J") }
    shownScreen = session.screenNumber
    remote?.publish(session.publicView)
    if let notes = session.trainerNotesText, notes != notesShown {
      notesShown = notes
      notesChanged?(notes)
    }
    var text = renderer().render(outputs)
    if let introBanner, session.phase == .intro { text += introBanner }
    guard pages else { return write(text) }
    let renderer = renderer()
    pending = Pager(reader: reader, write: write, pageHeight: max(screen().height - 2, 5), prompt: renderer.prompt).page(text)
  }
}
