import ConfidentCore
import ConfidentStorage
import Foundation
import GRDB
import Testing

@Suite("Untrusted progress files are moved aside")
struct MovingAsideTests {
  private static let now = Date(timeIntervalSince1970: 1_764_870_645)  // 2025-12-04 17:50:45 UTC

  /// Writes `contents` as progress.sqlite, opens the store, and checks the file was moved
  /// aside intact and a working store was made.
  private func openAfterWriting(_ folder: URL, reason: SQLiteProgressStore.MovedAside.Reason) throws -> SQLiteProgressStore.MovedAside {
    let path = folder.appendingPathComponent("progress.sqlite").path
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    let opened = try SQLiteProgressStore.open(folder: folder, now: Self.now)
    let aside = try #require(opened.movedAside)
    #expect(aside.reason == reason)
    #expect(aside.url.lastPathComponent.hasPrefix("progress.sqlite.abime-20251204-175045"))
    #expect(try Data(contentsOf: aside.url) == before)
    try opened.store.record(StoreFixtures.answer(0), cards: [])
    #expect(try opened.store.answers(.all).count == 1)
    return aside
  }

  private func folder(withFile contents: Data) throws -> URL {
    let folder = StoreFixtures.folder()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try contents.write(to: folder.appendingPathComponent("progress.sqlite"))
    return folder
  }

  @Test func aFileThatIsNotSQLiteIsMovedAsideAsDamaged() throws {
    let folder = try folder(withFile: Data(String(repeating: "pas une base de données\n", count: 200).utf8))
    let aside = try openAfterWriting(folder, reason: .damaged)
    #expect(aside.url.lastPathComponent == "progress.sqlite.abime-20251204-175045")
    #expect(
      aside.message
        == "Le fichier de progression progress.sqlite est abîmé : il a été mis de côté sous le nom "
        + "progress.sqlite.abime-20251204-175045 (rien n'a été effacé) et une nouvelle progression commence.")
  }

  @Test func aProgressFileWithADamagedHeaderIsMovedAsideWithItsSideFiles() throws {
    let folder = StoreFixtures.folder()
    do {
      let store = try StoreFixtures.open(folder)
      for index in 0..<50 { try store.record(StoreFixtures.answer(index), cards: []) }
    }
    let path = folder.appendingPathComponent("progress.sqlite").path
    var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    bytes.replaceSubrange(0..<100, with: Data(repeating: 0xA5, count: 100))
    try bytes.write(to: URL(fileURLWithPath: path))
    let wal = Data("journal".utf8)
    try wal.write(to: URL(fileURLWithPath: path + "-wal"))
    let aside = try openAfterWriting(folder, reason: .damaged)
    #expect(try Data(contentsOf: URL(fileURLWithPath: aside.url.path + "-wal")) == wal)
    #expect(!FileManager.default.fileExists(atPath: path + ".abime-20251204-175045-2"))
  }

  @Test func anotherProgramsSQLiteFileIsMovedAsideAsForeign() throws {
    let folder = StoreFixtures.folder()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("progress.sqlite").path
    try DatabaseQueue(path: path).write { db in
      try db.execute(sql: "CREATE TABLE recette (nom TEXT); INSERT INTO recette VALUES ('gaufre')")
    }
    let aside = try openAfterWriting(folder, reason: .foreign)
    #expect(aside.message.contains("n'est pas un fichier de progression de Confident : il a été mis de côté"))
  }

  @Test func aFileFromANewerConfidentIsMovedAsideNotDowngraded() throws {
    let folder = StoreFixtures.folder()
    do { _ = try StoreFixtures.open(folder) }
    let path = folder.appendingPathComponent("progress.sqlite").path
    try DatabaseQueue(path: path).write { db in
      try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v2-from-the-future')")
    }
    let aside = try openAfterWriting(folder, reason: .newerSchema)
    #expect(aside.message.contains("a été écrit par une version plus récente de Confident"))
  }

  @Test func aSecondDamagedFileTheSameSecondGetsItsOwnName() throws {
    let garbage = Data(repeating: 0x42, count: 4096)
    let folder = try folder(withFile: garbage)
    _ = try openAfterWriting(folder, reason: .damaged)
    // The fresh database is damaged in turn.
    try garbage.write(to: folder.appendingPathComponent("progress.sqlite"))
    for suffix in ["-wal", "-shm"] {
      try? FileManager.default.removeItem(at: folder.appendingPathComponent("progress.sqlite" + suffix))
    }
    let second = try openAfterWriting(folder, reason: .damaged)
    #expect(second.url.lastPathComponent == "progress.sqlite.abime-20251204-175045-2")
  }
}
