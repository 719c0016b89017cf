import ConfidentScheduling
import Foundation
import Testing

@testable import ConfidentCore

@Suite struct ResumeTests {
  @Test func anInterruptedAssessmentResumesWhereItStopped() throws {
    let slot = InMemoryResumeSlot()
    let store = InMemoryProgressStore()
    let bank = AssessmentFixtures.crafted
    var first = AssessmentSession(bank: bank, seed: 11, sessionID: "premiere", store: store, resumeSlot: slot)
    _ = first.start()
    _ = first.handle("")
    for _ in 0..<4 { AssessmentFixtures.answer(&first, authored: 0) }
    _ = first.handle("b")  // a decision without its ground: not an answer yet
    let goodbye = AssessmentFixtures.text(first.handle("quitter"))
    #expect(first.isFinished)
    #expect(goodbye.contains("reprendra à la question 5/15"))
    #expect(try slot.load() != nil)

    // Another seed and id: the saved assessment wins.
    var second = AssessmentSession(bank: bank, seed: 999, sessionID: "autre", store: store, resumeSlot: slot)
    #expect(second.wasResumed)
    #expect(second.questions == first.questions)
    #expect(second.answers == first.answers)
    #expect(second.sessionID == "premiere")
    let opening = AssessmentFixtures.text(second.start())
    #expect(opening.contains("on continue à la question 5/15"))
    #expect(second.prompt == "Entrée pour reprendre › ")
    _ = second.handle("")
    #expect(second.prompt.hasPrefix("Question 5/15"))
    for index in 4..<15 {
      #expect(second.play(index)!.shownOrder == first.play(index)!.shownOrder)
      AssessmentFixtures.answer(&second, authored: 2, certainty: "1")
    }
    #expect(second.state == .profile)
    #expect(try slot.load() == nil)

    let recorded = try store.answers(AnswerFilter(mode: .assessment))
    #expect(recorded.count == 15)
    #expect(Set(recorded.map(\.sessionID)) == ["premiere"])
    #expect(recorded.prefix(4).allSatisfy { $0.cbmMark == 3 && $0.certainty == .certain && $0.decisionPoints == 2 })
    #expect(recorded.suffix(11).allSatisfy { $0.cbmMark == 0 && $0.certainty == .doubt && $0.decisionPoints == 0 })
    // Practice sees what the assessment found: every case asked has a reviewed card.
    let cards = try store.allCards()
    #expect(cards.count == 15)
    #expect(cards.values.allSatisfy { $0.lastReview != nil })
  }

  @Test func aSavedAssessmentWhoseCasesAreGoneStartsAFreshOne() throws {
    let slot = InMemoryResumeSlot()
    var first = AssessmentSession(bank: AssessmentFixtures.crafted, seed: 11, sessionID: "a", resumeSlot: slot)
    _ = first.start()
    _ = first.handle("")
    AssessmentFixtures.answer(&first, authored: 0)
    var smaller = AssessmentFixtures.crafted
    smaller.cases.removeAll { $0.id == first.questions[0].caseID }
    let second = AssessmentSession(bank: smaller, seed: 12, sessionID: "b", resumeSlot: slot)
    #expect(!second.wasResumed)
    #expect(second.answers.isEmpty)
  }

  @Test func leavingBeforeTheFirstAnswerSaysNothingIsKept() throws {
    let slot = InMemoryResumeSlot()
    var session = AssessmentSession(bank: AssessmentFixtures.crafted, seed: 1, sessionID: "a", resumeSlot: slot)
    _ = session.start()
    #expect(AssessmentFixtures.text(session.endOfInput()) == "Évaluation interrompue avant la première réponse : rien n'est enregistré. « confident evaluation » tirera de nouvelles questions.")
    #expect(session.isFinished)
    #expect(try slot.load() == nil)
  }

  @Test func aDamagedSavedAssessmentIsIgnored() throws {
    let slot = InMemoryResumeSlot()
    try slot.save(Data("{\"version\": 1, \"seed\": \"pas un nombre\"}".utf8))
    let session = AssessmentSession(bank: AssessmentFixtures.crafted, seed: 3, sessionID: "a", resumeSlot: slot)
    #expect(!session.wasResumed)
    #expect(session.questions.count == 15)
  }
}
