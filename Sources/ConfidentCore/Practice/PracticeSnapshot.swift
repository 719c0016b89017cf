import ConfidentScheduling
import Foundation

/// What a practice session keeps in the store's saved-session blob after every answer, so that
/// `pratique` resumes it where it was left (JSON).
struct PracticeSnapshot: Codable, Sendable {
  /// Bumped when the layout changes: an unknown version is ignored, never misread.
  static let version = 1

  var version = PracticeSnapshot.version
  var sessionID: String
  var options: PracticeOptions
  var plan: [PlannedCase]
  /// The case being played in ``plan``.
  var index: Int
  /// The answers already given to the current case, in order: replayed on resume.
  var answers: [Answer]
  /// The case's card before this play (`nil`: a new case).
  var caseCardAtStart: Card?
  /// The worst rating of this play so far.
  var worstRating: Rating?
  var tally: PracticeTally

  struct Answer: Codable, Sendable, Hashable {
    var option: Int?
    var ground: String?
  }

  func encoded() -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    return (try? encoder.encode(self)) ?? Data()
  }

  /// A snapshot from a saved blob, if it is one this version writes (at most 1 MB).
  static func decode(_ data: Data) -> PracticeSnapshot? {
    guard data.count <= 1_000_000, let snapshot = try? JSONDecoder().decode(PracticeSnapshot.self, from: data),
      snapshot.version == version
    else { return nil }
    return snapshot
  }
}

/// The running totals of a practice session, for its closing summary.
public struct PracticeTally: Codable, Sendable, Hashable {
  /// Steps answered (or skipped).
  public var steps = 0
  /// Cases finished.
  public var cases = 0
  public var decision: Double = 0
  public var decisionMax: Double = 0
  public var ground: Double = 0
  public var groundMax: Double = 0
  /// The sum of the CBM marks.
  public var marks = 0

  /// Adds one answered step.
  mutating func add(_ result: StepResult, mark: Int?) {
    steps += 1
    decision += result.decisionPoints
    decisionMax += result.decisionMax
    ground += result.groundPoints
    groundMax += result.groundMax
    marks += mark ?? 0
  }
}
