import ConfidentScheduling
import Foundation

/// What `progression` shows: per programme point and per legal ground, what was seen, how well
/// it is mastered and what is due; and the calibration of the certainty levels.
///
/// Mastery is the share of right answers among the *last* answer to each step: for a point, a
/// right decision with an accepted ground; for a ground, an accepted ground at a step that
/// accepts it. Calibration counts every answer given with a certainty: how often the decision
/// was right at each level, against ``Certainty/payingRange``.
public struct ProgressReport: Sendable, Hashable, Codable {
  /// One programme point.
  public struct PointRow: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var cases: Int
    public var seen: Int
    /// Share of right last answers, `nil` before any answer.
    public var mastery: Double?
    public var due: Int
  }

  /// One legal ground.
  public struct GroundRow: Sendable, Hashable, Codable {
    public var id: String
    public var label: String
    /// Steps of the bank that accept it.
    public var steps: Int
    /// Of those, steps answered at least once.
    public var seen: Int
    public var mastery: Double?
    /// Its card is due before the end of today.
    public var due: Bool
  }

  /// One certainty level.
  public struct CalibrationRow: Sendable, Hashable, Codable {
    public var level: Int
    public var label: String
    public var answers: Int
    public var right: Int
    /// `right / answers`, `nil` with no answer.
    public var rate: Double?
    /// The rates of right answers at which the level pays best.
    public var payingFrom: Double
    public var payingTo: Double
  }

  /// Answers stored, in every mode.
  public var answers: Int
  public var casesTotal: Int
  public var casesSeen: Int
  /// Case cards due before the end of today.
  public var dueToday: Int
  public var points: [PointRow]
  public var grounds: [GroundRow]
  public var calibration: [CalibrationRow]

  /// The report of `answers` (oldest first) and `cards` over `bank`, as of `now`.
  public init(bank: Bank, answers: [AnswerRecord], cards: [CardKey: Card], dueBy end: Date) {
    var last: [String: AnswerRecord] = [:]
    for answer in answers { last[answer.caseID + "\u{1F}" + answer.stepID] = answer }
    func isDue(_ key: CardKey) -> Bool { cards[key].map { $0.due < end } ?? false }
    func decisionRight(_ answer: AnswerRecord) -> Bool {
      guard let step = bank.case(answer.caseID)?.step(answer.stepID), let option = answer.authoredOption,
        step.options.indices.contains(option)
      else { return answer.authoredOption != nil && answer.decisionPoints >= 2 }
      let verdict = step.options[option].verdict
      return step.debated ? verdict != .incorrect : verdict == .correct
    }
    self.answers = answers.count
    casesTotal = bank.cases.count
    casesSeen = bank.cases.filter { cards[.case($0.id)] != nil }.count
    dueToday = bank.cases.filter { isDue(.case($0.id)) }.count
    points = bank.programme.compactMap { point in
      let cases = bank.cases.filter { $0.points.contains { CaseCatalogue.point($0, isUnder: point.id) } }
      guard !cases.isEmpty else { return nil }
      let lastAnswers = cases.flatMap { item in item.steps.compactMap { last[item.id + "\u{1F}" + $0.id] } }
      let right = lastAnswers.filter { decisionRight($0) && $0.groundPoints >= 1 }.count
      return PointRow(
        id: point.id, title: point.title, cases: cases.count,
        seen: cases.filter { cards[.case($0.id)] != nil }.count,
        mastery: lastAnswers.isEmpty ? nil : Double(right) / Double(lastAnswers.count),
        due: cases.filter { isDue(.case($0.id)) }.count)
    }
    grounds = bank.grounds.compactMap { ground in
      let steps = bank.cases.flatMap { item in
        item.steps.filter { $0.ground.accepted.contains(ground.id) }.map { (item.id, $0.id) }
      }
      guard !steps.isEmpty else { return nil }
      let lastAnswers = steps.compactMap { last[$0.0 + "\u{1F}" + $0.1] }
      let right = lastAnswers.filter { $0.groundPoints >= 1 }.count
      return GroundRow(
        id: ground.id, label: ground.label, steps: steps.count, seen: lastAnswers.count,
        mastery: lastAnswers.isEmpty ? nil : Double(right) / Double(lastAnswers.count),
        due: isDue(.ground(ground.id)))
    }
    calibration = Certainty.allCases.map { level in
      let given = answers.filter { $0.certainty == level }
      let right = given.filter(decisionRight).count
      return CalibrationRow(
        level: level.rawValue, label: level.label, answers: given.count, right: right,
        rate: given.isEmpty ? nil : Double(right) / Double(given.count),
        payingFrom: level.payingRange.lowerBound, payingTo: level.payingRange.upperBound)
    }
  }
}
