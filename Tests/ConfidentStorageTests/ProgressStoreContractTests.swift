import ConfidentCore
import ConfidentScheduling
import ConfidentStorage
import Foundation
import Testing

/// What every ``ProgressStore`` must do, checked on the in-memory and the SQLite store.
@Suite("ProgressStore contract")
struct ProgressStoreContractTests {
  enum Kind: String, CaseIterable, CustomTestStringConvertible {
    case inMemory, sqlite
    var testDescription: String { rawValue }

    func make() throws -> any ProgressStore {
      switch self {
      case .inMemory: InMemoryProgressStore()
      case .sqlite: try StoreFixtures.open(StoreFixtures.folder())
      }
    }
  }

  @Test(arguments: Kind.allCases)
  func answersComeBackAsRecordedInOrder(kind: Kind) throws {
    let store = try kind.make()
    let answers = (0..<40).map { StoreFixtures.answer($0) }
    for answer in answers { try store.record(answer, cards: []) }
    #expect(try store.answers(.all) == answers)
  }

  @Test(arguments: Kind.allCases)
  func answersAreFilteredByCaseModeAndDate(kind: Kind) throws {
    let store = try kind.make()
    let answers = (0..<40).map { StoreFixtures.answer($0) }
    for answer in answers { try store.record(answer, cards: []) }
    let since = StoreFixtures.start.addingTimeInterval(20 * 61.125)
    #expect(try store.answers(AnswerFilter(caseIDs: ["cas-1", "cas-2"])) == answers.filter { ["cas-1", "cas-2"].contains($0.caseID) })
    #expect(try store.answers(AnswerFilter(mode: .practice)) == answers.filter { $0.mode == .practice })
    #expect(try store.answers(AnswerFilter(since: since)).count == 20)
    #expect(try store.answers(AnswerFilter(caseIDs: ["cas-3"], mode: .room, since: since)) == answers.filter {
      $0.caseID == "cas-3" && $0.mode == .room && $0.answeredAt >= since
    })
  }

  @Test(arguments: Kind.allCases)
  func recordingACardReplacesTheOneUnderTheSameKey(kind: Kind) throws {
    let store = try kind.make()
    let first = StoreFixtures.card(.case("cas-1"), 1)
    let ground = StoreFixtures.card(.ground("secret"), 2)
    try store.record(StoreFixtures.answer(0), cards: [first, ground])
    let second = StoreFixtures.card(.case("cas-1"), 3)
    try store.record(StoreFixtures.answer(1), cards: [second])
    #expect(try store.allCards() == [.case("cas-1"): second.card, .ground("secret"): ground.card])
    #expect(try store.cards(for: [.ground("secret"), .case("absent")]) == [.ground("secret"): ground.card])
    #expect(first.card != second.card)
  }

  @Test(arguments: Kind.allCases)
  func aSavedSessionIsReplacedThenCleared(kind: Kind) throws {
    let store = try kind.make()
    #expect(try store.savedSession() == nil)
    let first = SavedSession(sessionID: "a", mode: .practice, savedAt: StoreFixtures.start, payload: Data([1, 2, 3]))
    let second = SavedSession(sessionID: "b", mode: .assessment, savedAt: StoreFixtures.start, payload: Data("{}".utf8))
    try store.saveSession(first)
    #expect(try store.savedSession() == first)
    try store.saveSession(second)
    #expect(try store.savedSession() == second)
    try store.saveSession(nil)
    #expect(try store.savedSession() == nil)
  }

  @Test(arguments: Kind.allCases)
  func erasingSaysWhatItErasedAndLeavesNothing(kind: Kind) throws {
    let store = try kind.make()
    for index in 0..<5 {
      try store.record(StoreFixtures.answer(index), cards: [StoreFixtures.card(.case("cas-\(index % 2)"), index)])
    }
    try store.saveSession(SavedSession(sessionID: "a", mode: .practice, savedAt: StoreFixtures.start, payload: Data()))
    #expect(try store.eraseAll() == ErasedProgress(answers: 5, cards: 2, savedSession: true))
    #expect(try store.answers(.all).isEmpty)
    #expect(try store.allCards().isEmpty)
    #expect(try store.savedSession() == nil)
    #expect(try store.eraseAll() == ErasedProgress(answers: 0, cards: 0, savedSession: false))
  }
}
