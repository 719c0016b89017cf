import ConfidentScheduling
import Foundation

/// The py-fsrs 6.3.2 fixtures written by `scripts/fsrs-fixtures.py` in `Tests/Fixtures/fsrs`.
enum OracleFixtures {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures").appendingPathComponent("fsrs")

  /// The configuration files (every file but the parameter bounds).
  static let configurationNames: [String] = {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return files.filter { $0.hasSuffix(".json") && $0 != "parameter-bounds.json" }
      .map { String($0.dropLast(5)) }.sorted()
  }()

  /// One scheduler configuration and the reviews py-fsrs made with it.
  struct Configuration: Decodable {
    var name: String
    var fsrs_version: String
    var parameters: [Double]
    var desired_retention: Double
    var learning_steps: [Double]
    var relearning_steps: [Double]
    var maximum_interval: Int
    var cards: [[Review]]

    func scheduler() throws -> Scheduler {
      try Scheduler(
        parameters: parameters, desiredRetention: desired_retention, learningSteps: learning_steps,
        relearningSteps: relearning_steps, maximumInterval: maximum_interval)
    }
  }

  /// One review and the card py-fsrs gave back.
  struct Review: Decodable {
    var rating: Rating
    var time: String
    var state: Card.State
    var step: Int?
    var stability: Double
    var difficulty: Double
    var due: Double
    var retrievabilityBefore: Double
    var retrievabilityAtDue: Double

    init(from decoder: any Decoder) throws {
      var row = try decoder.unkeyedContainer()
      rating = try row.decode(Rating.self)
      time = try row.decode(String.self)
      state = try row.decode(Card.State.self)
      step = try row.decodeIfPresent(Int.self)
      stability = try row.decode(Double.self)
      difficulty = try row.decode(Double.self)
      due = try row.decode(Double.self)
      retrievabilityBefore = try row.decode(Double.self)
      retrievabilityAtDue = try row.decode(Double.self)
    }
  }

  /// The parameter lists py-fsrs refused and accepted.
  struct Bounds: Decodable {
    var rejected: [[Double]]
    var accepted: [[Double]]
  }

  static func configuration(_ name: String) throws -> Configuration {
    let data = try Data(contentsOf: folder.appendingPathComponent(name + ".json"))
    return try JSONDecoder().decode(Configuration.self, from: data)
  }

  static func bounds() throws -> Bounds {
    let data = try Data(contentsOf: folder.appendingPathComponent("parameter-bounds.json"))
    return try JSONDecoder().decode(Bounds.self, from: data)
  }

  /// A parser of ISO 8601 times with `Z` or a `±hh:mm` offset (one per test: not Sendable).
  static func timeParser() -> (String) -> Date? {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return { formatter.date(from: $0) }
  }
}

/// A relative difference, or an absolute one near 0.
func closeEnough(_ actual: Double?, _ expected: Double, tolerance: Double = 1e-9) -> Bool {
  guard let actual else { return false }
  return abs(actual - expected) <= tolerance * max(1, abs(expected))
}
