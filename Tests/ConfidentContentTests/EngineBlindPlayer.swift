import ConfidentContent
import ConfidentCore

/// Plays cases through the session engine as a blind learner would: it sees only the options
/// as displayed, picks one by its form, and always gives the same ground.
enum EngineBlindPlayer {
  /// Picks a displayed option from the displayed texts.
  typealias Rule = @Sendable ([String]) -> Int

  static let longest: Rule = { texts in
    let lengths = texts.map(\.whitespaceNormalized.count)
    return lengths.indices.first { lengths[$0] == lengths.max() } ?? 0
  }
  static let shortest: Rule = { texts in
    let lengths = texts.map(\.whitespaceNormalized.count)
    return lengths.indices.first { lengths[$0] == lengths.min() } ?? 0
  }
  static let first: Rule = { _ in 0 }

  /// The score of one play of every case of `bank`; a case is left at a step already played
  /// (the next `jouer` starts the following case).
  ///
  /// Whether the session shows the next step at once or waits on a result screen for
  /// « suivant », and whether it asks before leaving a case, the player goes on the same way.
  static func score(_ bank: Bank, choosing rule: Rule, ground: String) -> Score {
    var session = Session(bank: bank, order: .shuffled(seed: 20261204))
    _ = session.start()
    for played in bank.cases {
      var output = session.handle("jouer \(played.id)")
      if session.prompt.hasPrefix("abandonner") { output = session.handle("o") }
      var visited: Set<String> = []
      while case .decision(_, let stepID) = session.state, visited.insert(stepID).inserted {
        let shown = displayedOptions(output)
        guard !shown.isEmpty else { break }
        _ = session.handle(String(shown[rule(shown.map(\.text))].marker.dropLast()))
        output = session.handle(ground)
        var nudges = 0
        while !isDecisionOrHome(session.state), nudges < 3 {
          output = session.handle("suivant")
          nudges += 1
        }
      }
    }
    return Score(session.results)
  }

  private static func isDecisionOrHome(_ state: Session.State) -> Bool {
    if case .decision = state { return true }
    return state == .home
  }

  /// The last run of lettered options in `output`: `a)`, `b)`…
  static func displayedOptions(_ output: [Output]) -> [(marker: String, text: String)] {
    var options: [(marker: String, text: String)] = []
    for block in output {
      guard case .item(let marker, let text, _) = block, marker.count == 2, marker.hasSuffix(")") else { continue }
      if marker == "a)" { options = [] }
      options.append((marker, text))
    }
    return options
  }
}
