import Foundation

/// How sure the participant says they are of a decision, as in Moodle's certainty-based
/// marking (CBM): « je doute » (C1), « probable » (C2), « certain » (C3).
public enum Certainty: Int, Sendable, Hashable, Codable, CaseIterable {
  /// C1, « je doute ».
  case doubt = 1
  /// C2, « probable ».
  case probable = 2
  /// C3, « certain ».
  case certain = 3

  /// The label shown to the participant.
  public var label: String {
    switch self {
    case .doubt: "je doute"
    case .probable: "probable"
    case .certain: "certain"
    }
  }

  /// Reads an answer to the certainty question: the number (`1`, `2`, `3`) or the words
  /// (« je doute », « doute », « probable », « certain »), in any case, surrounding spaces ignored.
  public init?(answer: String) {
    let text = answer.trimmingCharacters(in: .whitespaces).lowercased()
    switch text {
    case "1", "je doute", "doute", "c1": self = .doubt
    case "2", "probable", "c2": self = .probable
    case "3", "certain", "c3": self = .certain
    default: return nil
    }
  }

  /// The CBM mark of a decision given with this certainty: right +1 / +2 / +3,
  /// wrong 0 / −2 / −6.
  public func mark(isRight: Bool) -> Int {
    switch self {
    case .doubt: isRight ? 1 : 0
    case .probable: isRight ? 2 : -2
    case .certain: isRight ? 3 : -6
    }
  }

  /// The rates of right answers for which this level has the best expected mark: below 2/3
  /// « je doute », from 2/3 to 4/5 « probable », above 4/5 « certain ». Calibration compares a
  /// participant's rate of right answers at each level with this range.
  public var payingRange: ClosedRange<Double> {
    switch self {
    case .doubt: 0...(2.0 / 3.0)
    case .probable: (2.0 / 3.0)...0.8
    case .certain: 0.8...1
    }
  }
}

/// The answer to « À quel point êtes-vous sûr ? », or « je ne sais pas » instead of a decision.
public enum CertaintyAnswer: Sendable, Hashable, Codable {
  /// A decision given with a certainty level.
  case level(Certainty)
  /// No decision: « je ne sais pas ». Marked 0, never penalised.
  case dontKnow

  /// The CBM mark: that of the level, or 0 for « je ne sais pas » whatever `isRight` says.
  public func mark(isRight: Bool) -> Int {
    switch self {
    case .level(let certainty): certainty.mark(isRight: isRight)
    case .dontKnow: 0
    }
  }
}
