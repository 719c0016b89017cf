import ConfidentCore
import ConfidentStorage
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("Two writers, and private files")
struct ConcurrencyAndPermissionTests {
  @Test func twoStoresWritingAtOnceLoseNothing() throws {
    let folder = StoreFixtures.folder()
    let stores = [try StoreFixtures.open(folder), try StoreFixtures.open(folder)]
    let failures = Failures()
    DispatchQueue.concurrentPerform(iterations: 2) { writer in
      for index in 0..<150 {
        do {
          try stores[writer].record(
            StoreFixtures.answer(index, session: "shell-\(writer)"),
            cards: [StoreFixtures.card(.case("w\(writer)-\(index % 10)"), index)])
        } catch {
          failures.add("\(writer)/\(index): \(error)")
        }
      }
    }
    #expect(failures.all.isEmpty)
    let answers = try StoreFixtures.open(folder).answers(.all)
    #expect(answers.count == 300)
    #expect(Set(answers.map(\.sessionID)) == ["shell-0", "shell-1"])
    #expect(try stores[0].allCards().count == 20)
  }

  @Test func theFolderIsPrivateAndTheFilesToEvenUnderUmaskZero() throws {
    let folder = StoreFixtures.folder()
    let previous = umask(0)
    defer { umask(previous) }
    let store = try StoreFixtures.open(folder)
    try store.record(StoreFixtures.answer(0), cards: [])
    let path = folder.appendingPathComponent("progress.sqlite").path
    #expect(try StoreFixtures.permissions(folder.path) == 0o700)
    for file in [path, path + "-wal", path + "-shm"] {
      #expect(try StoreFixtures.permissions(file) == 0o600, "\(file)")
    }
  }
}

/// Errors collected from concurrent writers.
private final class Failures: @unchecked Sendable {
  private var messages: [String] = []
  private let lock = NSLock()
  func add(_ message: String) { lock.withLock { messages.append(message) } }
  var all: [String] { lock.withLock { messages } }
}
