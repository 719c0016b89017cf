import ConfidentScheduling
import Foundation
import Testing

@testable import ConfidentCore

@Suite("Progress values")
struct ProgressValueTests {
  @Test func cardKeysReadAndWriteTheirStoredText() {
    #expect(CardKey.case("police-puis-juge").description == "case:police-puis-juge")
    #expect(CardKey.ground("secret").description == "ground:secret")
    #expect(CardKey("case:a:b") == CardKey(.case, "a:b"))
    #expect(CardKey("ground:secret") == .ground("secret"))
    #expect(CardKey("theme:police") == nil)
    #expect(CardKey("case:") == nil)
    #expect(CardKey("secret") == nil)
  }

  @Test func theContentHashIsStableAndIgnoresFeedbackAndHints() throws {
    let step = SampleBank.twoSteps.steps[0]
    #expect(step.contentHash.count == 16)
    #expect(step.contentHash == SampleBank.twoSteps.steps[0].contentHash)
    var reworded = step
    reworded.options[0].feedback = "Très bien."
    reworded.hint = "Pensez à l'article 458."
    #expect(reworded.contentHash == step.contentHash)
  }

  @Test func theContentHashChangesWhenWhatIsAskedChanges() {
    let step = SampleBank.twoSteps.steps[0]
    var edits: [Step] = []
    var question = step
    question.question += " Encore."
    edits.append(question)
    var verdict = step
    verdict.options[2].verdict = .incorrect
    edits.append(verdict)
    var ground = step
    ground.ground.partial = ["temoignage"]
    edits.append(ground)
    var reordered = step
    reordered.options.swapAt(0, 1)
    edits.append(reordered)
    for edit in edits { #expect(edit.contentHash != step.contentHash) }
    #expect(Set(edits.map(\.contentHash)).count == edits.count)
  }

  @Test func anEmptyFilterMatchesEveryAnswerAndEachCriterionNarrowsIt() {
    let date = Date(timeIntervalSince1970: 1_764_842_400)
    let answer = AnswerRecord(
      caseID: "cas", stepID: "e1", authoredOption: 0, shownOrder: [1, 0], groundID: nil,
      certainty: .certain, decisionPoints: 2, groundPoints: 0, cbmMark: 3,
      timeTakenMilliseconds: 1200, mode: .practice, sessionID: "s", answeredAt: date,
      stepContentHash: "0")
    #expect(AnswerFilter.all.matches(answer))
    #expect(AnswerFilter(caseIDs: ["cas"], mode: .practice, since: date).matches(answer))
    #expect(!AnswerFilter(caseIDs: ["autre"]).matches(answer))
    #expect(!AnswerFilter(mode: .room).matches(answer))
    #expect(!AnswerFilter(since: date.addingTimeInterval(1)).matches(answer))
  }

  @Test func theInMemoryStoreKeepsOnlyWhatItWasGiven() throws {
    let store = InMemoryProgressStore()
    let now = Date(timeIntervalSince1970: 1_764_842_400)
    let card = Scheduler.standard.review(Card(due: now), rating: .good, at: now)
    let answer = AnswerRecord(
      caseID: "cas", stepID: "e1", authoredOption: nil, shownOrder: [0, 1], groundID: "secret",
      certainty: nil, decisionPoints: 0, groundPoints: 1, cbmMark: nil,
      timeTakenMilliseconds: 800, mode: .shell, sessionID: "s", answeredAt: now,
      stepContentHash: "0")
    try store.record(answer, cards: [CardRecord(key: .case("cas"), card: card)])
    #expect(try store.answers(.all) == [answer])
    #expect(try store.cards(for: [.case("cas"), .ground("secret")]) == [.case("cas"): card])
  }
}
