import ConfidentScheduling
import Foundation
import Testing

@Suite("FSRS-6 against the py-fsrs 6.3.2 fixtures")
struct OracleReplayTests {
  @Test func theFixturesHoldAtLeastTenThousandReviewsOverSeveralConfigurations() throws {
    let configurations = try OracleFixtures.configurationNames.map(OracleFixtures.configuration)
    let reviews = configurations.map { $0.cards.map(\.count).reduce(0, +) }.reduce(0, +)
    #expect(reviews >= 10_000)
    #expect(Set(configurations.map(\.parameters)).count >= 4)
    #expect(Set(configurations.map(\.desired_retention)).count >= 3)
    #expect(configurations.allSatisfy { $0.fsrs_version == "6.3.2" })
  }

  @Test(arguments: OracleFixtures.configurationNames)
  func everyReviewMatchesPyFSRS(configurationName: String) throws {
    let configuration = try OracleFixtures.configuration(configurationName)
    let scheduler = try configuration.scheduler()
    let date = OracleFixtures.timeParser()
    var mismatches: [String] = []
    for (cardIndex, reviews) in configuration.cards.enumerated() {
      guard let first = reviews.first, let start = date(first.time) else {
        Issue.record("card \(cardIndex): no first review time")
        continue
      }
      var card = Card(due: start)
      for (index, review) in reviews.enumerated() {
        let place = "card \(cardIndex) review \(index)"
        guard let time = date(review.time) else {
          mismatches.append("\(place): unreadable time \(review.time)")
          break
        }
        let before = scheduler.retrievability(of: card, at: time)
        card = scheduler.review(card, rating: review.rating, at: time)
        let due = Date(timeIntervalSince1970: review.due)
        let after = scheduler.retrievability(of: card, at: card.due)
        let agrees =
          card.state == review.state && card.step == review.step
          && closeEnough(card.stability, review.stability)
          && closeEnough(card.difficulty, review.difficulty) && card.due == due
          && card.lastReview == time && closeEnough(before, review.retrievabilityBefore)
          && closeEnough(after, review.retrievabilityAtDue)
        if !agrees {
          mismatches.append(
            "\(place): got \(card.state) \(card.step as Any) S \(card.stability as Any) "
              + "D \(card.difficulty as Any) due \(card.due.timeIntervalSince1970) R \(before)/\(after); "
              + "py-fsrs \(review.state) \(review.step as Any) S \(review.stability) "
              + "D \(review.difficulty) due \(review.due) R \(review.retrievabilityBefore)/\(review.retrievabilityAtDue)"
          )
          break  // the rest of this card would only repeat the divergence
        }
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.count) cards diverge; first: \(mismatches.prefix(3))")
  }
}
