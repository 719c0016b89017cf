import ConfidentScheduling
import Foundation
import Testing

@testable import ConfidentCore

@Suite struct StratificationTests {
  @Test func fifteenQuestionsFollowTheCourseWeights() {
    let quotas = AssessmentDraw.quotas(count: 15)
    #expect(quotas == [.foundations: 3, .exceptions: 3, .tempering: 2, .insideCPAS: 1, .thirdParties: 5, .conclusions: 1])
  }

  @Test func quotasAddUpAndKeepEveryPartFromSixQuestions() {
    for count in 1...AssessmentSession.maximumCount {
      let quotas = AssessmentDraw.quotas(count: count)
      #expect(quotas.values.reduce(0, +) == count, "count \(count)")
      if count >= 6 { #expect(quotas.values.allSatisfy { $0 >= 1 }, "count \(count): \(quotas)") }
    }
  }

  @Test func everyDrawOnTheBundledBankHasEveryPartWithinOneQuestionOfItsShare() {
    let bank = AssessmentFixtures.bundled
    #expect(bank.cases.count > 100)
    for seed in UInt64(0)..<200 {
      let questions = AssessmentDraw.draw(from: bank, count: 15, seed: seed)
      #expect(questions.count == 15)
      #expect(Set(questions.map(\.caseID)).count == 15, "seed \(seed): a case drawn twice")
      for part in ProgrammePart.allCases {
        let asked = questions.filter { $0.part == part }.count
        let share = 15 * part.courseWeight
        #expect(asked >= 1 && abs(Double(asked) - share) <= 1, "seed \(seed): \(part.label) has \(asked), share \(share)")
        for question in questions where question.part == part {
          #expect(bank.case(question.caseID)!.points.contains { part.contains(point: $0) })
        }
      }
      let levels = Set(questions.compactMap { bank.case($0.caseID)?.level })
      #expect(levels == [1, 2, 3], "seed \(seed): levels \(levels)")
    }
  }

  @Test func theSameSeedDrawsTheSameQuestionsAndOptionOrders() {
    let bank = AssessmentFixtures.bundled
    let first = AssessmentSession(bank: bank, seed: 77, sessionID: "a")
    let second = AssessmentSession(bank: bank, seed: 77, sessionID: "b")
    #expect(first.questions == second.questions)
    for index in first.questions.indices {
      #expect(first.play(index)!.shownOrder == second.play(index)!.shownOrder)
    }
    let other = AssessmentSession(bank: bank, seed: 78, sessionID: "c")
    #expect(other.questions != first.questions)
  }

  @Test func optionsAreShuffledAcrossTheAssessment() {
    let session = AssessmentSession(bank: AssessmentFixtures.bundled, seed: 5, sessionID: "a")
    let orders = session.questions.indices.map { session.play($0)!.shownOrder }
    #expect(orders.contains { $0 != Array(0..<$0.count) })
  }

  @Test func aPartWithTooFewCasesGivesItsQuestionsToTheHeaviestParts() {
    var bank = AssessmentFixtures.crafted
    bank.cases.removeAll { $0.points.first == "I.5.partage" }
    let questions = AssessmentDraw.draw(from: bank, count: 15, seed: 3)
    #expect(questions.count == 15)
    #expect(!questions.contains { $0.part == .tempering })
    #expect(questions.filter { $0.part == .thirdParties }.count == 5)
  }

  @Test func aMultiStepCaseIsAskedByItsFirstStepOnly() {
    var session = AssessmentSession(bank: AssessmentFixtures.crafted, count: 2, seed: 9, sessionID: "s")
    _ = session.start()
    _ = session.handle("")
    AssessmentFixtures.answer(&session, authored: 0)
    #expect(session.answers.count == 1)
    #expect(session.answers[0].stepID == "premiere")
    #expect(session.state == .decision(index: 1))
  }
}
