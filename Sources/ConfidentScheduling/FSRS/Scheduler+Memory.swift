import Foundation

/// Python's `math.e`.
private let e = 2.718281828459045

/// The FSRS-6 formulas, written in py-fsrs 6.3.2's order of operations.
extension Scheduler {
  /// `(1 + factor·t/S)^decay`.
  func forgettingCurve(elapsedDays: Double, stability: Double) -> Double {
    pow(1 + factor * elapsedDays / stability, decay)
  }

  /// The interval in whole days for `stability`: rounded half to even, at least 1 day, at most
  /// the maximum interval.
  public func nextInterval(stability: Double) -> Int {
    let raw = (stability / factor) * (pow(desiredRetention, 1 / decay) - 1)
    let days = raw.rounded(.toNearestOrEven)
    return Int(min(max(days, 1), Double(maximumInterval)))
  }

  /// S0(G) = w[G−1], at least the minimum stability.
  func initialStability(_ rating: Rating) -> Double {
    max(parameters[rating.rawValue - 1], Self.minimumStability)
  }

  /// D0(G) = w4 − e^(w5·(G−1)) + 1, unclamped.
  func initialDifficulty(_ rating: Rating) -> Double {
    parameters[4] - pow(e, parameters[5] * Double(rating.rawValue - 1)) + 1
  }

  func clampDifficulty(_ difficulty: Double) -> Double {
    min(max(difficulty, 1), 10)
  }

  /// Linear damping towards 10, then mean reversion towards the unclamped D0(Easy).
  func nextDifficulty(_ difficulty: Double, rating: Rating) -> Double {
    let target = initialDifficulty(.easy)
    let delta = -(parameters[6] * Double(rating.rawValue - 3))
    let damped = difficulty + (10.0 - difficulty) * delta / 9.0
    return clampDifficulty(parameters[7] * target + (1 - parameters[7]) * damped)
  }

  /// Same-day stability; the increase is floored at 1 for Hard, Good and Easy (6.3.2).
  func shortTermStability(_ stability: Double, rating: Rating) -> Double {
    var increase =
      pow(e, parameters[17] * (Double(rating.rawValue - 3) + parameters[18]))
      * pow(stability, -parameters[19])
    if rating != .again { increase = max(increase, 1.0) }
    return max(stability * increase, Self.minimumStability)
  }

  /// Stability after a review a day or more after the previous one.
  func longTermStability(
    _ stability: Double, difficulty: Double, retrievability: Double, rating: Rating
  ) -> Double {
    let next =
      rating == .again
      ? forgetStability(stability, difficulty: difficulty, retrievability: retrievability)
      : recallStability(stability, difficulty: difficulty, retrievability: retrievability, rating: rating)
    return max(next, Self.minimumStability)
  }

  private func forgetStability(_ stability: Double, difficulty: Double, retrievability: Double) -> Double {
    let longTerm =
      parameters[11] * pow(difficulty, -parameters[12]) * (pow(stability + 1, parameters[13]) - 1)
      * pow(e, (1 - retrievability) * parameters[14])
    let shortTerm = stability / pow(e, parameters[17] * parameters[18])
    return min(longTerm, shortTerm)
  }

  private func recallStability(
    _ stability: Double, difficulty: Double, retrievability: Double, rating: Rating
  ) -> Double {
    let hardPenalty = rating == .hard ? parameters[15] : 1
    let easyBonus = rating == .easy ? parameters[16] : 1
    return stability
      * (1 + pow(e, parameters[8]) * (11 - difficulty) * pow(stability, -parameters[9])
        * (pow(e, (1 - retrievability) * parameters[10]) - 1) * hardPenalty * easyBonus)
  }
}
