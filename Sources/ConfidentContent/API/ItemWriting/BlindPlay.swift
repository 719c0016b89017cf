import ConfidentCore

/// A blind strategy that looks only at the form of the options.
enum OptionRule: Sendable {
  case longest
  case shortest
  case first

  /// The option this rule picks; the first in authored order among equals.
  func choose(in step: Step) -> Int {
    guard self != .first else { return 0 }
    let lengths = step.options.map(\.text.normalizedLength)
    let target = self == .longest ? lengths.max() : lengths.min()
    return lengths.indices.first { lengths[$0] == target } ?? 0
  }
}

/// Plays a case the way the session does, with a blind rule for every decision.
enum BlindPlay {
  /// Decision points earned and available along the path the rule's choices lead to, from the
  /// first step; the play stops at the end of the case or at a step already visited.
  static func decision(_ played: Case, choosing rule: OptionRule) -> ItemWriting.Share {
    var share = ItemWriting.Share()
    let steps = played.stepsByID
    var visited: Set<String> = []
    var current = played.steps.first
    while let step = current, !step.options.isEmpty, visited.insert(step.id).inserted {
      let chosen = step.options[rule.choose(in: step)]
      share.points += chosen.verdict.points
      share.maximum += step.options.map(\.verdict.points).max() ?? 0
      current = chosen.next.flatMap { steps[$0] }
    }
    return share
  }
}

extension Case {
  /// The steps by id; the first of two steps with the same id wins, as in play.
  var stepsByID: [String: Step] {
    Dictionary(steps.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }
}
