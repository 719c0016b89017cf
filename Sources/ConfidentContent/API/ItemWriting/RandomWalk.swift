import ConfidentCore

/// The expected scores of a player who picks every option uniformly at random, following the
/// case graph from the first step; the ground strategies ride along the same path.
///
/// Exact when the case graph has no cycle. The checker allows a cycle with an exit: a return to
/// a step already on the path then counts as the end of the play, and a step's expectation is
/// computed once, in the context where it is first reached.
struct RandomWalk {
  /// Expected points and maxima from one step on.
  struct Expectation {
    var decision = ItemWriting.Share()
    var groundChance = ItemWriting.Share()
    var secret = ItemWriting.Share()
    var frequent = ItemWriting.Share()

    static func + (a: Expectation, b: Expectation) -> Expectation {
      Expectation(
        decision: a.decision + b.decision, groundChance: a.groundChance + b.groundChance,
        secret: a.secret + b.secret, frequent: a.frequent + b.frequent)
    }

    func scaled(by factor: Double) -> Expectation {
      func scale(_ share: ItemWriting.Share) -> ItemWriting.Share {
        ItemWriting.Share(points: share.points * factor, maximum: share.maximum * factor)
      }
      return Expectation(
        decision: scale(decision), groundChance: scale(groundChance), secret: scale(secret), frequent: scale(frequent))
    }
  }

  let played: Case
  let grounds: [String]
  let secret: String
  let frequent: String?
  private var memo: [String: Expectation] = [:]
  private var onPath: Set<String> = []

  init(_ played: Case, grounds: [String], secret: String, frequent: String?) {
    self.played = played
    self.grounds = grounds
    self.secret = secret
    self.frequent = frequent
  }

  /// The expectation of a whole play of the case.
  mutating func expectation() -> Expectation {
    guard let first = played.steps.first else { return Expectation() }
    return expectation(from: first)
  }

  private mutating func expectation(from step: Step) -> Expectation {
    if let known = memo[step.id] { return known }
    guard !step.options.isEmpty else { return Expectation() }
    onPath.insert(step.id)
    let points = step.options.map(\.verdict.points)
    let chance = grounds.isEmpty ? 0 : grounds.map(step.ground.points(for:)).reduce(0, +) / Double(grounds.count)
    var result = Expectation(
      decision: ItemWriting.Share(points: points.reduce(0, +) / Double(points.count), maximum: points.max() ?? 0),
      groundChance: ItemWriting.Share(points: chance, maximum: 1),
      secret: ItemWriting.Share(points: step.ground.points(for: secret), maximum: 1),
      frequent: ItemWriting.Share(points: step.ground.points(for: frequent), maximum: 1))
    for option in step.options {
      guard let next = option.next.flatMap(played.step), !onPath.contains(next.id) else { continue }
      result = result + expectation(from: next).scaled(by: 1 / Double(step.options.count))
    }
    onPath.remove(step.id)
    memo[step.id] = result
    return result
  }
}
