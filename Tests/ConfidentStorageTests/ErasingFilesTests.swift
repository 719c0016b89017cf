import ConfidentStorage
import Foundation
import Testing

@Suite("Erasing the progress files")
struct ErasingFilesTests {
  @Test func eraseFilesRemovesTheDatabaseItsSideFilesAndMovedAsideFilesOnly() throws {
    let folder = StoreFixtures.folder()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data("abîmé".utf8).write(to: folder.appendingPathComponent("progress.sqlite"))
    let first = try SQLiteProgressStore.open(folder: folder)
    let aside = try #require(first.movedAside)
    try first.store.record(StoreFixtures.answer(0), cards: [])
    try Data("historique".utf8).write(to: folder.appendingPathComponent("history"))
    try first.store.close()

    let erased = try SQLiteProgressStore.eraseFiles(in: folder)
    #expect(erased.contains("progress.sqlite"))
    #expect(erased.contains(aside.url.lastPathComponent))
    #expect(erased.allSatisfy { $0.hasPrefix("progress.sqlite") })
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["history"])
  }

  @Test func afterErasingTheFilesANewProgressStarts() throws {
    let folder = StoreFixtures.folder()
    let store = try StoreFixtures.open(folder)
    try store.record(StoreFixtures.answer(0), cards: [])
    try store.close()
    #expect(try SQLiteProgressStore.eraseFiles(in: folder).contains("progress.sqlite"))
    #expect(try StoreFixtures.open(folder).answers(.all).isEmpty)
  }

  @Test func erasingAMissingFolderErasesNothing() throws {
    #expect(try SQLiteProgressStore.eraseFiles(in: StoreFixtures.folder()).isEmpty)
  }
}
