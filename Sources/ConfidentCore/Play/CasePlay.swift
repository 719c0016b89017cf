/// One play of one case: the step reached, the option order shown at each step, the answers.
///
/// Every mode (the shell, practice, assessment, the room) plays cases through this type, so
/// shuffling, branching and scoring are the same everywhere. It knows nothing of prompts or
/// screens.
public struct CasePlay: Sendable {
  public let played: Case
  /// The step waiting for an answer, or the last one answered once the play is over.
  public private(set) var stepID: String
  /// Per step id, the authored option indices in the order they are shown.
  public let orders: [String: [Int]]
  /// This play's answers, in order.
  public private(set) var results: [StepResult] = []
  public private(set) var isOver = false
  private var visited: Set<String>

  public init(_ played: Case, order: OptionOrder) {
    self.played = played
    var orders: [String: [Int]] = [:]
    for (index, step) in played.steps.enumerated() {
      orders[step.id] = order.permutation(count: step.options.count, step: index)
    }
    self.orders = orders
    stepID = played.steps.first?.id ?? ""
    visited = [stepID]
    isOver = played.steps.isEmpty
  }

  /// The current step.
  public var step: Step { played.step(stepID) ?? played.steps[0] }

  /// The authored indices of the current step's options, in shown order.
  public var shownOrder: [Int] { orders[stepID] ?? Array(step.options.indices) }

  /// The authored index of the option shown at `position` (0 for « a »).
  public func authoredIndex(shownAt position: Int) -> Int? {
    let order = shownOrder
    return order.indices.contains(position) ? order[position] : nil
  }

  /// The letter under which the authored option `index` is shown.
  public func letter(ofAuthored index: Int) -> String {
    optionLetter(shownOrder.firstIndex(of: index) ?? index)
  }

  /// Scores an answer at the current step: `option` is an authored index (`nil` = skipped).
  public mutating func answer(option: Int?, ground: String?) -> StepResult {
    let step = step
    let chosen = option.flatMap { step.options.indices.contains($0) ? step.options[$0] : nil }
    let result = StepResult(
      caseID: played.id, stepID: step.id, option: chosen == nil ? nil : option,
      shownOrder: shownOrder, ground: chosen == nil ? nil : ground,
      decisionPoints: chosen?.verdict.points ?? 0,
      decisionMax: step.options.map(\.verdict.points).max() ?? 0,
      groundPoints: chosen == nil ? 0 : step.ground.points(for: ground))
    results.append(result)
    return result
  }

  /// The step the last answer leads to, if any (without moving there).
  public var nextStepID: String? {
    let step = step
    guard let option = results.last?.option ?? step.bestOptions.first,
      let next = step.options[option].next, played.step(next) != nil, !visited.contains(next)
    else { return nil }
    return next
  }

  /// Moves on after the last answer: the step its option leads to, or the end of the case.
  ///
  /// A skipped step follows its best option. A step already played in this play ends it, so a
  /// loop in a file can never be farmed for points.
  @discardableResult
  public mutating func advance() -> Step? {
    guard let next = nextStepID, let following = played.step(next) else {
      isOver = true
      return nil
    }
    visited.insert(next)
    stepID = next
    return following
  }

  /// Decision and ground points of this play only.
  public var score: Score { Score(results) }
}

/// `a`, `b`, … `z`, then `aa`, `ab`…: letters for shown positions 0, 1, 2…
public func optionLetter(_ position: Int) -> String {
  // Scalars, not an array of Characters built at every call: the checker letters every option.
  func letter(_ index: Int) -> String { String(Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8(index)))) }
  let position = max(0, position)
  if position < 26 { return letter(position) }
  return letter(min(position / 26 - 1, 25)) + letter(position % 26)
}

/// The shown position a typed letter or number stands for: "b", "B", "b)", "2" → 1.
///
/// Digits only, at most four of them: no arithmetic on what was typed can overflow.
public func optionPosition(_ answer: String, count: Int) -> Int? {
  var text = answer.lowercased()
  if text.hasSuffix(")") || text.hasSuffix(".") { text.removeLast() }
  if let number = smallNumber(text) { return (1...max(count, 1)).contains(number) && count > 0 ? number - 1 : nil }
  for position in 0..<count where optionLetter(position) == text { return position }
  return nil
}

/// A typed whole number of at most 6 ASCII digits (no sign), else `nil`.
public func smallNumber(_ text: String) -> Int? {
  guard !text.isEmpty, text.utf8.count <= 6, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
  return Int(text)
}
