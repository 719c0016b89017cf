import Foundation

/// What happened at one step.
public struct StepResult: Sendable, Hashable {
  public var caseID: String
  public var stepID: String
  /// Authored index (the file's order) of the chosen option; `nil` when the step was skipped.
  public var option: Int?
  /// The authored indices of the options in the order they were shown.
  public var shownOrder: [Int]
  public var ground: String?
  public var decisionPoints: Double
  public var decisionMax: Double
  public var groundPoints: Double
  public var groundMax: Double

  public init(
    caseID: String, stepID: String, option: Int?, shownOrder: [Int] = [], ground: String?,
    decisionPoints: Double, decisionMax: Double, groundPoints: Double, groundMax: Double = 1
  ) {
    self.caseID = caseID
    self.stepID = stepID
    self.option = option
    self.shownOrder = shownOrder
    self.ground = ground
    self.decisionPoints = decisionPoints
    self.decisionMax = decisionMax
    self.groundPoints = groundPoints
    self.groundMax = groundMax
  }
}

/// Decision and ground points kept apart, as "bonne décision, mauvais fondement" needs.
public struct Score: Sendable, Hashable {
  public var decision: Double = 0
  public var decisionMax: Double = 0
  public var ground: Double = 0
  public var groundMax: Double = 0

  public init() {}

  public init(_ results: some Sequence<StepResult>) {
    for result in results {
      decision += result.decisionPoints
      decisionMax += result.decisionMax
      ground += result.groundPoints
      groundMax += result.groundMax
    }
  }

  public var total: Double { decision + ground }
  public var totalMax: Double { decisionMax + groundMax }
}

/// Formats points the French way: `2`, `0,5`.
public func formatPoints(_ value: Double) -> String {
  if value == value.rounded() { return String(Int(value)) }
  return String(value).replacingOccurrences(of: ".", with: ",")
}
