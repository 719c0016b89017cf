import ConfidentCore
import ConfidentScheduling
import ConfidentStorage
import Foundation
import GRDB
import Testing

@Suite("progress.sqlite")
struct SQLiteProgressStoreTests {
  @Test func progressSurvivesReopeningTheFile() throws {
    let folder = StoreFixtures.folder()
    let answers = (0..<30).map { StoreFixtures.answer($0) }
    let cards = (0..<10).map { StoreFixtures.card(.ground("g\($0)"), $0) }
    let session = SavedSession(sessionID: "s1", mode: .practice, savedAt: StoreFixtures.start, payload: Data([9]))
    do {
      let store = try StoreFixtures.open(folder)
      for (index, answer) in answers.enumerated() { try store.record(answer, cards: [cards[index % 10]]) }
      try store.saveSession(session)
    }
    let reopened = try StoreFixtures.open(folder)
    #expect(try reopened.answers(.all) == answers)
    #expect(try reopened.allCards() == Dictionary(uniqueKeysWithValues: cards.map { ($0.key, $0.card) }))
    #expect(try reopened.savedSession() == session)
  }

  @Test func everyFieldOfAnAnswerRoundTripsIncludingEmptyAndMissingValues() throws {
    let store = try StoreFixtures.open(StoreFixtures.folder())
    let full = StoreFixtures.answer(0)
    var bare = StoreFixtures.answer(4)
    bare.shownOrder = []
    bare.groundID = nil
    bare.authoredOption = nil
    bare.certainty = nil
    bare.cbmMark = nil
    bare.caseID = "cas « accentué » : é"
    try store.record(full, cards: [])
    try store.record(bare, cards: [])
    #expect(try store.answers(.all) == [full, bare])
  }

  @Test func aNewCardWithoutReviewRoundTrips() throws {
    let folder = StoreFixtures.folder()
    let fresh = CardRecord(key: .case("nouveau"), card: Card(due: StoreFixtures.start))
    try StoreFixtures.open(folder).record(StoreFixtures.answer(0), cards: [fresh])
    #expect(try StoreFixtures.open(folder).cards(for: [.case("nouveau")]) == [.case("nouveau"): fresh.card])
  }

  @Test func manyKeysAreLoadedInOneCall() throws {
    let store = try StoreFixtures.open(StoreFixtures.folder())
    let cards = (0..<1_200).map { StoreFixtures.card(.case("c\($0)"), $0) }
    try store.record(StoreFixtures.answer(0), cards: cards)
    let loaded = try store.cards(for: cards.map(\.key) + [.case("absent")])
    #expect(loaded.count == 1_200)
    #expect(loaded[.case("c777")] == cards[777].card)
  }

  @Test func aFreshFileHasEveryMigrationAndConfidentsApplicationID() throws {
    let folder = StoreFixtures.folder()
    _ = try StoreFixtures.open(folder)
    let queue = try DatabaseQueue(path: folder.appendingPathComponent("progress.sqlite").path)
    try queue.read { db in
      #expect(try Int32.fetchOne(db, sql: "PRAGMA application_id") == 0x436F_6E66)
      #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
      let migrations = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
      #expect(migrations == ["v1-answers-cards-session"])
      for table in ["answer", "card", "savedSession"] { #expect(try db.tableExists(table)) }
    }
  }

  @Test func anEmptyFileLeftByACrashIsTakenAsNew() throws {
    let folder = StoreFixtures.folder()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    #expect(FileManager.default.createFile(atPath: folder.appendingPathComponent("progress.sqlite").path, contents: Data()))
    let opened = try SQLiteProgressStore.open(folder: folder)
    #expect(opened.movedAside == nil)
    try opened.store.record(StoreFixtures.answer(0), cards: [])
    #expect(try opened.store.answers(.all).count == 1)
  }
}

@Suite("progress.sqlite batches")
struct BatchRecordingTests {
  @Test func aBatchIsRecordedInOrderLikeSingleAnswers() throws {
    let store = try StoreFixtures.open(StoreFixtures.folder())
    let batch = (0..<25).map { (answer: StoreFixtures.answer($0), cards: [StoreFixtures.card(.case("c\($0 % 4)"), $0)]) }
    try store.record(batch: batch)
    #expect(try store.answers(.all) == batch.map(\.answer))
    #expect(try store.cards(for: [.case("c1")]) == [.case("c1"): batch[21].cards[0].card])
  }
}
