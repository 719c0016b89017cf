import Foundation

/// The interactive trainer as a pure state machine: one input line in, output blocks out.
///
/// No terminal, no files: the shell driver feeds lines and renders what comes back, and tests
/// drive it directly.
public struct Session: Sendable {
  /// Where the session is.
  public enum State: Sendable, Hashable {
    /// At the home prompt, no case running.
    case home
    /// Waiting for the decision (an option letter) at a step.
    case decision(caseID: String, stepID: String)
    /// Waiting for the legal ground after the decision.
    case ground(caseID: String, stepID: String, option: Int)
  }

  /// How the session was started.
  public enum Mode: Sendable, Hashable {
    /// The shell: home screen, any case.
    case shell
    /// `confident jouer <id>`: play one case, then finish.
    case single(caseID: String)
  }

  public let bank: Bank
  public let mode: Mode
  public internal(set) var state: State = .home
  public internal(set) var isFinished = false
  /// Every answered or skipped step, in order.
  public internal(set) var results: [StepResult] = []
  /// The last step whose answer was revealed, for `pourquoi`.
  var lastRevealed: (caseID: String, stepID: String)?
  /// The case list as last shown by `cas`, so `jouer 3` works.
  var lastListing: [String] = []

  public init(bank: Bank, mode: Mode = .shell) {
    self.bank = bank
    self.mode = mode
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
    switch state {
    case .home:
      return "confident › "
    case .decision(let caseID, let stepID):
      let count = bank.case(caseID)?.step(stepID)?.options.count ?? 1
      return "réponse [a-\(letter(count - 1))] › "
    case .ground:
      return "fondement [1-\(bank.grounds.count) ou id] › "
    }
  }

  /// Handles one line typed by the user.
  public mutating func handle(_ line: String) -> [Output] {
    let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
    if trimmed.isEmpty { return [] }
    if let command = Command(parsing: trimmed) {
      return run(command)
    }
    switch state {
    case .home:
      return [.paragraph("Commande inconnue : « \(trimmed) ». Tapez « aide » pour la liste des commandes.", .warning)]
    case .decision(let caseID, let stepID):
      return answerDecision(trimmed, caseID: caseID, stepID: stepID)
    case .ground(let caseID, let stepID, let option):
      return answerGround(trimmed, caseID: caseID, stepID: stepID, option: option)
    }
  }

  /// End of input (Ctrl-D or the end of a pipe): says goodbye with the session's score.
  public mutating func endOfInput() -> [Output] {
    guard !isFinished else { return [] }
    var output: [Output] = []
    if state != .home {
      output.append(.paragraph("Cas interrompu : les étapes non répondues ne sont pas comptées.", .muted))
    }
    output += farewell()
    return output
  }

  /// Candidates for Tab completion of the word being typed, given the text left of the cursor.
  public func completions(for textBeforeCursor: String) -> [String] {
    let words = textBeforeCursor.split(separator: " ", omittingEmptySubsequences: false)
    let current = String(words.last ?? "")
    let candidates: [String]
    if words.count <= 1 {
      candidates = Command.names + (state.isGround ? bank.grounds.map(\.id) : [])
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

extension Session.State {
  var isGround: Bool {
    if case .ground = self { return true }
    return false
  }
}

/// `a`, `b`, `c`… for option index 0, 1, 2…
func letter(_ index: Int) -> String {
  String(UnicodeScalar(UInt8(97 + max(0, min(index, 25)))))
}
