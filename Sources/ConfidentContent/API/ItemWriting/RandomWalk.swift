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
  /// The case's steps by id (a case may hold thousands).
  let steps: [String: Step]
  let grounds: [String]
  let secret: String
  let frequent: String?
  private var memo: [String: Expectation] = [:]
  private var onPath: Set<String> = []

  init(_ played: Case, grounds: [String], secret: String, frequent: String?) {
    self.played = played
    self.steps = played.stepsByID
    self.grounds = grounds
    self.secret = secret
    self.frequent = frequent
  }

  /// The expectation of a whole play of the case.
  ///
  /// A depth-first walk with an explicit stack: a file may chain thousands of steps.
  mutating func expectation() -> Expectation {
    guard let first = played.steps.first, !first.options.isEmpty else { return Expectation() }
    var stack = [Frame(step: first, sum: local(first))]
    onPath.insert(first.id)
    while let top = stack.last {
      if top.nextOption == top.step.options.count {
        stack.removeLast()
        onPath.remove(top.step.id)
        memo[top.step.id] = top.sum
        guard let parent = stack.indices.last else { return top.sum }
        stack[parent].sum = stack[parent].sum + top.sum.scaled(by: 1 / Double(stack[parent].step.options.count))
        continue
      }
      let option = top.step.options[top.nextOption]
      stack[stack.count - 1].nextOption += 1
      guard let next = option.next.flatMap({ steps[$0] }), !onPath.contains(next.id), !next.options.isEmpty else { continue }
      if let known = memo[next.id] {
        stack[stack.count - 1].sum = top.sum + known.scaled(by: 1 / Double(top.step.options.count))
      } else {
        onPath.insert(next.id)
        stack.append(Frame(step: next, sum: local(next)))
      }
    }
    return Expectation()
  }

  /// A step being walked: the options already followed and the expectation summed so far.
  private struct Frame {
    var step: Step
    var nextOption = 0
    var sum: Expectation
  }

  /// What the step itself is worth to the random player and the ground strategies.
  private func local(_ step: Step) -> Expectation {
    let points = step.options.map(\.verdict.points)
    let chance = grounds.isEmpty ? 0 : grounds.map(step.ground.points(for:)).reduce(0, +) / Double(grounds.count)
    return Expectation(
      decision: ItemWriting.Share(points: points.reduce(0, +) / Double(points.count), maximum: points.max() ?? 0),
      groundChance: ItemWriting.Share(points: chance, maximum: 1),
      secret: ItemWriting.Share(points: step.ground.points(for: secret), maximum: 1),
      frequent: ItemWriting.Share(points: step.ground.points(for: frequent), maximum: 1))
  }
}
