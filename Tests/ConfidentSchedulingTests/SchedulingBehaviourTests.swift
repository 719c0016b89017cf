import ConfidentScheduling
import Foundation
import Testing

/// What practice relies on, seen at the level of cards.
@Suite("Scheduling behaviour")
struct SchedulingBehaviourTests {
  private let start = Date(timeIntervalSince1970: 1_764_925_200)  // 2025-12-05 09:00 UTC

  @Test func aFailedCardComesDueBeforeASucceededOne() {
    let learnt = Scheduler.standard.review(Card(due: start), rating: .easy, at: start)
    let failed = Scheduler.standard.review(learnt, rating: .again, at: learnt.due)
    #expect(failed.state == .relearning)
    for rating in [Rating.hard, .good, .easy] {
      let succeeded = Scheduler.standard.review(learnt, rating: rating, at: learnt.due)
      #expect(failed.due < succeeded.due, "\(rating)")
    }
  }

  @Test func intervalsGrowWithSuccessesOverThirtyDays() {
    var card = Card(due: start)
    var now = start
    var intervals: [TimeInterval] = []
    while now < start.addingTimeInterval(30 * 86400) {
      card = Scheduler.standard.review(card, rating: .good, at: now)
      intervals.append(card.due.timeIntervalSince(now))
      now = card.due
    }
    #expect(intervals.count >= 4)
    #expect(zip(intervals, intervals.dropFirst()).allSatisfy { $0 < $1 }, "\(intervals)")
  }

  @Test func certainRightAnswersSpaceReviewsMoreThanDoubtfulOnes() {
    func due(after certainty: Certainty) -> Date {
      let rating = Rating(AnsweredStep(decisionIsRight: true, groundIsAccepted: true, certainty: certainty))
      var card = Scheduler.standard.review(Card(due: start), rating: .good, at: start)
      card = Scheduler.standard.review(card, rating: .good, at: card.due)
      return Scheduler.standard.review(card, rating: rating, at: card.due).due
    }
    #expect(due(after: .doubt) < due(after: .probable))
    #expect(due(after: .probable) < due(after: .certain))
  }
}
