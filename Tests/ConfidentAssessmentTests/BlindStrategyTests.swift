import ConfidentScheduling
import Foundation
import Testing

@testable import ConfidentCore

/// The assessment measures knowledge, not test-taking: strategies that never read the case,
/// played through the assessment on the bundled bank over 200 seeds, must not beat chance.
@Suite struct BlindStrategyTests {
  enum Strategy: CaseIterable {
    case longestOption, firstShown, dontKnow
  }

  struct Tally {
    var decision = 0.0
    var decisionMax = 0.0
    var chance = 0.0
    var ground = 0.0
    var questions = 0
    var rate: Double { decision / decisionMax }
    var chanceRate: Double { chance / decisionMax }
  }

  /// Plays 200 assessments with `strategy` for the decision and `ground` for the ground.
  static func play(_ strategy: Strategy, ground: String = "1") -> Tally {
    var tally = Tally()
    for seed in UInt64(1)...200 {
      var session = AssessmentSession(bank: AssessmentFixtures.bundled, seed: seed, sessionID: "aveugle")
      _ = session.start()
      _ = session.handle("")
      while case .decision(let index) = session.state {
        let play = session.play(index)!
        let step = play.step
        // What a random pick would score on average.
        tally.chance += step.options.map(\.verdict.points).reduce(0, +) / Double(step.options.count)
        switch strategy {
        case .dontKnow:
          _ = session.handle("?")
        case .firstShown, .longestOption:
          let position = strategy == .firstShown
            ? 0 : play.shownOrder.indices.max { step.options[play.shownOrder[$0]].text.count < step.options[play.shownOrder[$1]].text.count }!
          _ = session.handle(optionLetter(position))
          _ = session.handle(ground)
          _ = session.handle("3")
        }
      }
      #expect(session.state == .profile)
      tally.decision += session.answers.map(\.decisionPoints).reduce(0, +)
      tally.decisionMax += session.answers.map(\.decisionMax).reduce(0, +)
      tally.ground += session.answers.map(\.groundPoints).reduce(0, +)
      tally.questions += session.answers.count
    }
    return tally
  }

  @Test(arguments: [Strategy.longestOption, .firstShown])
  func aBlindDecisionDoesNotBeatChanceByMoreThanTenPoints(_ strategy: Strategy) {
    let tally = Self.play(strategy)
    #expect(tally.questions == 3000)
    #expect(tally.rate - tally.chanceRate <= 0.10, "\(strategy): \(percent(tally.rate)) against chance \(percent(tally.chanceRate))")
  }

  @Test func alwaysTheSecretGroundEarnsUnderFortyFivePercentOfTheGroundPoints() {
    let secret = AssessmentFixtures.bundled.grounds.firstIndex { $0.id == "secret" }! + 1
    let tally = Self.play(.firstShown, ground: String(secret))
    #expect(tally.ground / Double(tally.questions) < 0.45, "secret: \(percent(tally.ground / Double(tally.questions)))")
  }

  @Test func alwaysDontKnowScoresNothing() {
    let tally = Self.play(.dontKnow)
    #expect(tally.decision == 0 && tally.ground == 0)
  }
}
