/// Why a ``Scheduler`` could not be made from the given settings.
public enum SchedulerError: Error, Sendable, Equatable, CustomStringConvertible {
  /// FSRS-6 takes exactly 21 parameters (w0 … w20).
  case wrongParameterCount(Int)
  /// A parameter lies outside the bounds py-fsrs 6.3.2 accepts.
  case parameterOutOfBounds(index: Int, value: Double, bounds: ClosedRange<Double>)
  /// The desired retention must lie strictly between 0 and 1.
  case desiredRetentionOutOfRange(Double)
  /// The maximum interval must be at least one day.
  case maximumIntervalTooShort(Int)
  /// Learning and relearning steps must be positive durations.
  case nonPositiveStep(Double)

  /// The message in French, for whoever set these values.
  public var description: String {
    switch self {
    case .wrongParameterCount(let count):
      "FSRS-6 attend 21 paramètres (w0 à w20), pas \(count)."
    case .parameterOutOfBounds(let index, let value, let bounds):
      "Le paramètre w\(index) = \(value) sort de ses bornes [\(bounds.lowerBound), \(bounds.upperBound)]."
    case .desiredRetentionOutOfRange(let value):
      "La rétention visée doit être comprise entre 0 et 1 (exclus), pas \(value)."
    case .maximumIntervalTooShort(let days):
      "L'intervalle maximal doit être d'au moins un jour, pas \(days)."
    case .nonPositiveStep(let seconds):
      "Une étape d'apprentissage doit durer plus de 0 seconde, pas \(seconds)."
    }
  }
}
