/// How a step was answered, as far as scheduling cares.
public struct AnsweredStep: Sendable, Hashable {
  /// Whether the decision was right. The caller decides what an « acceptable » option counts
  /// as; `false` also stands for « je ne sais pas ».
  public var decisionIsRight: Bool
  /// Whether the ground given was an accepted one (a partial or wrong ground is `false`).
  public var groundIsAccepted: Bool
  /// The certainty stated, or `nil` when it was not asked (`--sans-certitude`).
  public var certainty: Certainty?

  /// The answer to a step.
  public init(decisionIsRight: Bool, groundIsAccepted: Bool, certainty: Certainty?) {
    self.decisionIsRight = decisionIsRight
    self.groundIsAccepted = groundIsAccepted
    self.certainty = certainty
  }
}

extension Rating {
  /// The FSRS rating of an answered step (issue #9):
  /// - a wrong decision: Again;
  /// - a right decision with a wrong or partial ground, or with « je doute »: Hard;
  /// - otherwise « probable »: Good, « certain »: Easy, and no certainty asked: Good.
  public init(_ answer: AnsweredStep) {
    guard answer.decisionIsRight else {
      self = .again
      return
    }
    guard answer.groundIsAccepted else {
      self = .hard
      return
    }
    switch answer.certainty {
    case .doubt: self = .hard
    case .probable, nil: self = .good
    case .certain: self = .easy
    }
  }
}
