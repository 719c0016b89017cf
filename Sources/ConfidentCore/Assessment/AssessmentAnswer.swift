import ConfidentScheduling

/// The answer to one assessment question, as scored at the end.
public struct AssessmentAnswer: Sendable, Hashable, Codable {
  /// The question answered.
  public var question: AssessmentQuestion
  /// The step answered (the case's first).
  public var stepID: String
  /// The options as shown, by authored index.
  public var shownOrder: [Int]
  /// The chosen option's authored index; `nil` for « je ne sais pas ».
  public var option: Int?
  /// The ground given; `nil` for « je ne sais pas ».
  public var groundID: String?
  /// The certainty stated, or « je ne sais pas ».
  public var certainty: CertaintyAnswer
  /// Points for the decision: 2, 1 or 0.
  public var decisionPoints: Double
  /// The best decision points possible at the step.
  public var decisionMax: Double
  /// Points for the ground (1, 0.5 or 0), out of 1.
  public var groundPoints: Double
  /// Whether the decision counts as right for certainty-based marking: a best option, or on
  /// a debated step any option that is not incorrect.
  public var isRight: Bool

  /// An answer; see each property.
  public init(
    question: AssessmentQuestion, stepID: String, shownOrder: [Int], option: Int?, groundID: String?,
    certainty: CertaintyAnswer, decisionPoints: Double, decisionMax: Double, groundPoints: Double, isRight: Bool
  ) {
    self.question = question
    self.stepID = stepID
    self.shownOrder = shownOrder
    self.option = option
    self.groundID = groundID
    self.certainty = certainty
    self.decisionPoints = decisionPoints
    self.decisionMax = decisionMax
    self.groundPoints = groundPoints
    self.isRight = isRight
  }

  /// The CBM mark: +1/+2/+3 right, 0/−2/−6 wrong, 0 for « je ne sais pas ».
  public var mark: Int { certainty.mark(isRight: isRight) }

  /// « je ne sais pas ».
  public var isDontKnow: Bool { certainty == .dontKnow }

  /// A wrong decision given as « certain » or « probable ».
  public var isConfidentMistake: Bool {
    guard case .level(let level) = certainty, !isRight else { return false }
    return level != .doubt
  }

  /// Scores `option` and `ground` at the first step of `played`, with `certainty`;
  /// « je ne sais pas » scores 0 whatever was chosen before it.
  public static func scored(
    _ question: AssessmentQuestion, case played: Case, shownOrder: [Int], option: Int?, groundID: String?,
    certainty: CertaintyAnswer
  ) -> AssessmentAnswer {
    let step = played.steps[0]
    let decisionMax = step.options.map(\.verdict.points).max() ?? 0
    guard certainty != .dontKnow, let option, step.options.indices.contains(option) else {
      return AssessmentAnswer(
        question: question, stepID: step.id, shownOrder: shownOrder, option: nil, groundID: nil,
        certainty: .dontKnow, decisionPoints: 0, decisionMax: decisionMax, groundPoints: 0, isRight: false)
    }
    let verdict = step.options[option].verdict
    let isRight = step.debated ? verdict != .incorrect : step.bestOptions.contains(option)
    return AssessmentAnswer(
      question: question, stepID: step.id, shownOrder: shownOrder, option: option, groundID: groundID,
      certainty: certainty, decisionPoints: verdict.points, decisionMax: decisionMax,
      groundPoints: step.ground.points(for: groundID), isRight: isRight)
  }
}
