import Foundation

/// The FSRS-6 scheduler, computing exactly what py-fsrs 6.3.2 computes with
/// `enable_fuzzing=False`.
///
/// Every formula keeps py-fsrs's order of operations and its `math.e ** x` (``pow(_:_:)`` of
/// e, not `exp`), so that results match it bit for bit on Linux (see
/// `shared/research/fsrs-notes.md`). Time is absolute (`Date`, no time zone): elapsed time
/// counts whole 24-hour days, never calendar days, and due dates are the review instant plus
/// an exact duration.
public struct Scheduler: Sendable, Hashable {
  /// py-fsrs 6.3.2's default weights w0 … w20.
  public static let defaultParameters: [Double] = [
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
  ]
  /// The lowest value py-fsrs 6.3.2 accepts for each weight.
  public static let lowerBounds: [Double] = [
    0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001,
    0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1,
  ]
  /// The highest value py-fsrs 6.3.2 accepts for each weight.
  public static let upperBounds: [Double] = [
    100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5,
    5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8,
  ]
  /// The smallest stability FSRS ever gives.
  public static let minimumStability = 0.001

  /// The scheduler with py-fsrs's defaults: desired retention 0.9, learning steps 1 and
  /// 10 min, relearning 10 min, maximum interval 36,500 days.
  public static let standard = Scheduler(validated: defaultParameters, 0.9, [60, 600], [600], 36500)

  /// The weights w0 … w20.
  public let parameters: [Double]
  /// The probability of recall a review-state card is scheduled for.
  public let desiredRetention: Double
  /// The learning steps, in seconds.
  public let learningSteps: [TimeInterval]
  /// The relearning steps, in seconds.
  public let relearningSteps: [TimeInterval]
  /// The longest interval given to a review-state card, in days.
  public let maximumInterval: Int

  /// `-w20`.
  let decay: Double
  /// `0.9^(1/decay) − 1`: the literal 0.9, whatever the desired retention.
  let factor: Double

  /// A scheduler with the given settings, checked as py-fsrs checks them.
  ///
  /// - Throws: ``SchedulerError`` if there are not 21 parameters, one is outside its bounds,
  ///   the retention is not in (0, 1), the maximum interval is under a day or a step is not
  ///   positive. (py-fsrs checks only the parameters; the other checks are this port's.)
  public init(
    parameters: [Double] = Scheduler.defaultParameters,
    desiredRetention: Double = 0.9,
    learningSteps: [TimeInterval] = [60, 600],
    relearningSteps: [TimeInterval] = [600],
    maximumInterval: Int = 36500
  ) throws(SchedulerError) {
    try Self.check(parameters: parameters)
    guard desiredRetention > 0, desiredRetention < 1 else {
      throw .desiredRetentionOutOfRange(desiredRetention)
    }
    guard maximumInterval >= 1 else { throw .maximumIntervalTooShort(maximumInterval) }
    if let step = (learningSteps + relearningSteps).first(where: { !($0 > 0) }) {
      throw .nonPositiveStep(step)
    }
    self.init(validated: parameters, desiredRetention, learningSteps, relearningSteps, maximumInterval)
  }

  private init(
    validated parameters: [Double], _ desiredRetention: Double, _ learningSteps: [TimeInterval],
    _ relearningSteps: [TimeInterval], _ maximumInterval: Int
  ) {
    self.parameters = parameters
    self.desiredRetention = desiredRetention
    self.learningSteps = learningSteps
    self.relearningSteps = relearningSteps
    self.maximumInterval = maximumInterval
    decay = -parameters[20]
    factor = pow(0.9, 1 / decay) - 1
  }

  /// Checks the count and the bounds of FSRS-6 weights.
  public static func check(parameters: [Double]) throws(SchedulerError) {
    guard parameters.count == lowerBounds.count else {
      throw .wrongParameterCount(parameters.count)
    }
    for (index, value) in parameters.enumerated() {
      let bounds = lowerBounds[index]...upperBounds[index]
      guard bounds.contains(value) else {
        throw .parameterOutOfBounds(index: index, value: value, bounds: bounds)
      }
    }
  }

  /// The probability that `card` is recalled at `date`: 0 if it was never reviewed.
  ///
  /// Elapsed time counts whole days (py-fsrs's `timedelta.days`), never less than 0.
  public func retrievability(of card: Card, at date: Date) -> Double {
    guard let lastReview = card.lastReview, let stability = card.stability else { return 0 }
    let days = max(0, Self.elapsedDays(from: lastReview, to: date))
    return forgettingCurve(elapsedDays: days, stability: stability)
  }

  /// Whole days from `start` to `end`, rounded down (negative if `end` is earlier).
  static func elapsedDays(from start: Date, to end: Date) -> Double {
    (end.timeIntervalSince(start) / 86400).rounded(.down)
  }
}
