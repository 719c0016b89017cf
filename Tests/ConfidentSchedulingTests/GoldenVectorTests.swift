import ConfidentScheduling
import Foundation
import Testing

/// The golden vectors of `shared/research/fsrs-notes.md`, read off py-fsrs 6.3.2 with the
/// default scheduler, typed in by hand (independent of the generated fixtures).
@Suite("FSRS-6 golden vectors")
struct GoldenVectorTests {
  private struct Row {
    var card: Int
    var rating: Rating
    var time: String
    var state: Card.State
    var step: Int?
    var stability: Double
    var difficulty: Double
    var due: String
  }

  private static let rows: [Row] = [
    Row(card: 1, rating: .good, time: "2024-03-01T09:00:00Z", state: .learning, step: 1, stability: 2.3065, difficulty: 2.118103970459016, due: "2024-03-01T09:10:00Z"),
    Row(card: 1, rating: .good, time: "2024-03-01T09:01:00Z", state: .review, step: nil, stability: 2.3065, difficulty: 2.111214235785395, due: "2024-03-03T09:01:00Z"),
    Row(card: 2, rating: .again, time: "2024-03-01T09:02:00Z", state: .learning, step: 0, stability: 0.212, difficulty: 6.4133, due: "2024-03-01T09:03:00Z"),
    Row(card: 2, rating: .hard, time: "2024-03-01T09:03:00Z", state: .learning, step: 0, stability: 0.212, difficulty: 7.604209769076838, due: "2024-03-01T09:08:30Z"),
    Row(card: 1, rating: .good, time: "2024-03-01T09:11:00Z", state: .review, step: nil, stability: 2.3065, difficulty: 2.1043313908464483, due: "2024-03-03T09:11:00Z"),
    Row(card: 2, rating: .good, time: "2024-03-01T09:09:00Z", state: .learning, step: 1, stability: 0.24668918777567272, difficulty: 7.5918339286046, due: "2024-03-01T09:19:00Z"),
    Row(card: 2, rating: .good, time: "2024-03-01T09:20:00Z", state: .review, step: nil, stability: 0.2842063592758949, difficulty: 7.579470463972833, due: "2024-03-02T09:20:00Z"),
    Row(card: 3, rating: .easy, time: "2024-03-01T10:00:00+01:00", state: .review, step: nil, stability: 8.2956, difficulty: 1.0, due: "2024-03-09T09:00:00Z"),
    Row(card: 1, rating: .good, time: "2024-03-03T08:59:00Z", state: .review, step: nil, stability: 7.323067566249242, difficulty: 2.0974554287524403, due: "2024-03-10T08:59:00Z"),
    Row(card: 1, rating: .hard, time: "2024-03-03T20:00:00Z", state: .review, step: nil, stability: 7.323067566249242, difficulty: 4.739151024325689, due: "2024-03-10T20:00:00Z"),
    Row(card: 1, rating: .good, time: "2024-03-14T09:00:00Z", state: .review, step: nil, stability: 29.292843631921205, difficulty: 4.729640242598202, due: "2024-04-12T09:00:00Z"),
    Row(card: 1, rating: .again, time: "2024-04-30T09:00:00Z", state: .relearning, step: 0, stability: 2.4477373683494728, difficulty: 8.252896955485216, due: "2024-04-30T09:10:00Z"),
    Row(card: 1, rating: .hard, time: "2024-04-30T09:10:00Z", state: .relearning, step: 0, stability: 2.4477373683494728, difficulty: 8.82541995334605, due: "2024-04-30T09:25:00Z"),
    Row(card: 1, rating: .good, time: "2024-04-30T09:25:00Z", state: .review, step: nil, stability: 2.4477373683494728, difficulty: 8.81182290268954, due: "2024-05-02T09:25:00Z"),
    Row(card: 3, rating: .good, time: "2024-03-20T12:00:00Z", state: .review, step: nil, stability: 61.86274804026273, difficulty: 1.0, due: "2024-05-21T12:00:00Z"),
    Row(card: 3, rating: .again, time: "2025-06-01T12:00:00Z", state: .relearning, step: 0, stability: 4.587712656154306, difficulty: 7.0269895692968385, due: "2025-06-01T12:10:00Z"),
    Row(card: 3, rating: .easy, time: "2025-06-03T12:00:00Z", state: .review, step: nil, stability: 12.065066920357006, difficulty: 6.018776394938751, due: "2025-06-15T12:00:00Z"),
  ]

  @Test func theNotesSampleLogGivesTheSameCardsBitForBit() throws {
    let date = OracleFixtures.timeParser()
    let scheduler = Scheduler.standard
    var cards: [Int: Card] = [:]
    for (index, row) in Self.rows.enumerated() {
      let time = try #require(date(row.time))
      let card = scheduler.review(cards[row.card] ?? Card(due: time), rating: row.rating, at: time)
      cards[row.card] = card
      #expect(card.state == row.state, "row \(index)")
      #expect(card.step == row.step, "row \(index)")
      #expect(card.stability == row.stability, "row \(index)")
      #expect(card.difficulty == row.difficulty, "row \(index)")
      #expect(card.due == date(row.due), "row \(index)")
    }
  }

  @Test func goodAtEveryDueDateGrowsIntervalsLikeUpstreamTests() throws {
    let ratings: [Rating] = [.good, .good, .good, .good, .good, .good, .again, .again, .good, .good, .good, .good, .good]
    var now = try #require(OracleFixtures.timeParser()("2022-11-29T12:30:00Z"))
    var card = Card(due: now)
    var intervals: [Int] = []
    for rating in ratings {
      card = Scheduler.standard.review(card, rating: rating, at: now)
      intervals.append(Int((card.due.timeIntervalSince(now) / 86400).rounded(.down)))
      now = card.due
    }
    #expect(intervals == [0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21])
  }

  @Test func anIntervalOfExactlyTwoAndAHalfDaysRoundsToTwo() throws {
    var parameters = Scheduler.defaultParameters
    parameters[2] = 2.5
    let scheduler = try Scheduler(parameters: parameters, learningSteps: [])
    #expect(scheduler.nextInterval(stability: 2.5) == 2)
    #expect(scheduler.nextInterval(stability: 3.5) == 4)
    let now = Date(timeIntervalSince1970: 1_700_000_000)
    let card = scheduler.review(Card(due: now), rating: .good, at: now)
    #expect(card.state == .review)
    #expect(card.due == now.addingTimeInterval(2 * 86400))
  }

  @Test func otherRetentionsChangeTheIntervalFromTheStability() throws {
    let lower = try Scheduler(desiredRetention: 0.8)
    let higher = try Scheduler(desiredRetention: 0.95)
    #expect(Scheduler.standard.nextInterval(stability: 10) == 10)
    #expect(lower.nextInterval(stability: 10) > 10)
    #expect(higher.nextInterval(stability: 10) < 10)
    #expect(Scheduler.standard.nextInterval(stability: 1e6) == 36500)
    #expect(Scheduler.standard.nextInterval(stability: 0.01) == 1)
  }

  @Test func retrievabilityCountsWholeDaysOnly() throws {
    let now = Date(timeIntervalSince1970: 1_700_000_000)
    let card = Scheduler.standard.review(Card(due: now), rating: .easy, at: now)
    let r = { (seconds: Double) in Scheduler.standard.retrievability(of: card, at: now.addingTimeInterval(seconds)) }
    #expect(r(86399) == 1)
    #expect(r(86400) < 1)
    #expect(r(86400) == r(2 * 86400 - 1))
    #expect(r(-5 * 86400) == 1)
    #expect(Scheduler.standard.retrievability(of: Card(due: now), at: now) == 0)
  }

  @Test func aHardReviewOnTheSameDayNeverLowersStability() throws {
    let now = Date(timeIntervalSince1970: 1_700_000_000)
    var card = Scheduler.standard.review(Card(due: now), rating: .easy, at: now)
    let stability = try #require(card.stability)
    card = Scheduler.standard.review(card, rating: .hard, at: now.addingTimeInterval(3600))
    #expect(card.stability == stability)
    card = Scheduler.standard.review(card, rating: .again, at: now.addingTimeInterval(7200))
    #expect(try #require(card.stability) < stability)
  }
}
