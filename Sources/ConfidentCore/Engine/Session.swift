import Foundation

/// The single learner's shell as a pure state machine: one input line in, output blocks out.
///
/// No terminal, no files: the shell driver feeds lines and renders what comes back, and tests
/// drive it directly. Cases are played through ``CasePlay``.
public struct Session: Sendable {
  /// Where the session is.
  public enum State: Sendable, Hashable {
    /// At the home prompt, no case running.
    case home
    /// Waiting for the decision (an option letter) at a step.
    case decision(caseID: String, stepID: String)
    /// Waiting for the legal ground after the decision; `option` is the authored index.
    case ground(caseID: String, stepID: String, option: Int)
    /// The result of a step is shown: Entrée explains, « suivant » goes on.
    case result(caseID: String, stepID: String)
  }

  /// How the session was started.
  public enum Mode: Sendable, Hashable {
    /// The shell: home screen, any case.
    case shell
    /// `confident jouer <id>`: play one case, then finish.
    case single(caseID: String)
  }

  /// Replaced between lines by ``replaceBank(_:)`` when the files change (`recharger`).
  public internal(set) var bank: Bank
  public let mode: Mode
  /// How options are ordered; each play draws its own permutation from it.
  public let order: OptionOrder
  /// The screen the output is meant for: the result block is kept within its height.
  public var screen = Screen()
  public internal(set) var state: State = .home
  public internal(set) var isFinished = false
  /// Every answered or skipped step of the session, in order.
  public internal(set) var results: [StepResult] = []
  /// The case being played.
  public internal(set) var play: CasePlay?
  /// Cases in the bank's programme order: `jouer 12` always means the same case.
  public internal(set) var catalogue: CaseCatalogue
  /// The user typed « recharger »: the driver reloads the bank once the session is at home.
  public internal(set) var reloadRequested = false
  /// `jouer --auteur`: the trainer note, hints, author notes and answer key beside the play.
  public var showsAuthorNotes = false
  /// What the shell asks its driver to run instead of a line (`pratique`, `progression`).
  public enum Handover: Sendable, Hashable {
    /// A practice session; the text after `pratique`, if any.
    case practice(String?)
    /// The progress report.
    case progress
  }

  /// Set by `pratique` and `progression`: the driver takes it with ``takeHandover()``.
  public internal(set) var handover: Handover?
  /// A line for the home screen (« 4 cas à revoir aujourd'hui · 12 nouveaux — tapez « pratique » »).
  public var homeSummary: String?
  var plays = 0
  /// The last step whose answer was revealed, for `pourquoi`.
  var lastRevealed: (caseID: String, stepID: String)?
  /// The explanation of the current result was shown (a second Entrée goes on).
  var explained = false
  /// The whole list of grounds was shown once; later questions show the compact form.
  var groundListShown = false
  /// A case the user asked for while another one is running: waiting for « o » or « n ».
  var pendingCase: String?

  public init(bank: Bank, mode: Mode = .shell, order: OptionOrder = .random()) {
    self.bank = bank
    self.mode = mode
    self.order = order
    catalogue = CaseCatalogue(bank: bank)
  }

  /// The pending handover, cleared.
  public mutating func takeHandover() -> Handover? {
    defer { handover = nil }
    return handover
  }

  /// Asks the driver to run `handover`; only at home, so no case is dropped.
  mutating func handOver(_ wanted: Handover) -> [Output] {
    guard state == .home else {
      return [.paragraph("Terminez d'abord le cas en cours (ou « passer »).", .warning)]
    }
    handover = wanted
    return []
  }

  /// What to show before the first prompt.
  public mutating func start() -> [Output] {
    switch mode {
    case .shell:
      return welcome()
    case .single(let caseID):
      guard let found = bank.case(caseID) else {
        isFinished = true
        return [.paragraph("Cas inconnu : « \(caseID) ». Tapez « confident cas » pour la liste.", .bad)]
      }
      return begin(found)
    }
  }

  /// The prompt for the current state.
  public var prompt: String {
    if pendingCase != nil { return "abandonner le cas en cours ? [o/n] › " }
    switch state {
    case .home:
      return "confident › "
    case .decision:
      let count = play?.step.options.count ?? 1
      return "réponse [a-\(optionLetter(count - 1))] › "
    case .ground:
      return "fondement [1-\(bank.grounds.count) ou identifiant] › "
    case .result:
      return "Entrée ou « suivant » › "
    }
  }

  /// Handles one line typed by the user.
  public mutating func handle(_ line: String) -> [Output] {
    let trimmed = line.trimmingUnicodeWhitespace()
    if pendingCase != nil { return confirmAbandon(trimmed) }
    if case .result = state, trimmed.isEmpty || Command.isNext(trimmed) {
      return trimmed.isEmpty && !explained ? explainResult() : goOn()
    }
    if trimmed.isEmpty { return [] }
    if let command = Command(parsing: trimmed) {
      return run(command)
    }
    switch state {
    case .home:
      return [.paragraph("Commande inconnue : « \(trimmed.echoed) ». Tapez « aide » pour la liste des commandes.", .warning)]
    case .decision:
      return answerDecision(trimmed)
    case .ground(_, _, let option):
      return answerGround(trimmed, option: option)
    case .result:
      return [.paragraph("Appuyez sur Entrée pour l'explication, ou tapez « suivant » pour continuer.", .warning)]
    }
  }

  /// End of input (Ctrl-D or the end of a pipe): says goodbye with the session's score.
  public mutating func endOfInput() -> [Output] {
    guard !isFinished else { return [] }
    var output: [Output] = []
    if case .result = state, let play, play.nextStepID == nil {
      // The last answer was given: the case is complete.
      output += finish(play.played)
      if isFinished { return output }
    } else if state != .home {
      output.append(.paragraph("Cas interrompu : les étapes restées sans réponse ne sont pas comptées.", .muted))
    }
    output += farewell()
    return output
  }

  /// The current question again (`question`, Ctrl-L), or the home hint.
  public mutating func redraw() -> [Output] {
    guard let play else { return welcome() }
    switch state {
    case .decision, .ground:
      return [.heading(play.played.title), .paragraph(play.played.situation)] + question(play)
    case .result, .home:
      return welcome()
    }
  }

  /// Candidates for Tab completion of the word being typed, given the text left of the cursor.
  public func completions(for textBeforeCursor: String) -> [String] {
    let words = textBeforeCursor.split(separator: " ", omittingEmptySubsequences: false)
    let current = String(words.last ?? "")
    let candidates: [String]
    if words.count <= 1 {
      candidates = Command.frenchNames + (state.isGround ? bank.grounds.map(\.id) + ["liste"] : [])
    } else {
      switch Command.name(String(words[0])) {
      case "jouer": candidates = bank.cases.map(\.id)
      case "ref": candidates = bank.references.map(\.id) + bank.grounds.map(\.id)
      case "cas": candidates = bank.programme.map(\.id)
      default: candidates = []
      }
    }
    return candidates.filter { $0.hasPrefix(current) }.sorted()
  }
}

/// The size of the screen output is meant for.
public struct Screen: Sendable, Hashable {
  public var width: Int
  public var height: Int

  public init(width: Int = 80, height: Int = 24) {
    self.width = max(width, 30)
    self.height = max(height, 10)
  }

  /// Lines a result block may take: 12 on a 24-line screen, half the screen elsewhere.
  public var resultLines: Int { max(8, min(12, height / 2)) }
}

extension Session.State {
  var isGround: Bool {
    if case .ground = self { return true }
    return false
  }
}

extension String {
  /// What the user typed, as quoted back in a message: at most 60 characters.
  var echoed: String { count <= 60 ? self : String(prefix(60)) + "…" }

  /// Trimmed of every Unicode white space (NBSP, tabs, line separators…), not only ASCII.
  func trimmingUnicodeWhitespace() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
    let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
    return String(scalars[first...last])
  }
}
