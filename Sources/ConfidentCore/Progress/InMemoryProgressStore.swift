import ConfidentScheduling
import Foundation

/// A ``ProgressStore`` in memory, for engine tests: nothing survives the process.
public final class InMemoryProgressStore: ProgressStore, @unchecked Sendable {
  // Guarded by `lock`.
  private var storedAnswers: [AnswerRecord] = []
  private var storedCards: [CardKey: Card] = [:]
  private var session: SavedSession?
  private let lock = NSLock()

  /// An empty store.
  public init() {}

  public func record(_ answer: AnswerRecord, cards: [CardRecord]) throws {
    lock.withLock {
      storedAnswers.append(answer)
      for record in cards { storedCards[record.key] = record.card }
    }
  }

  public func cards(for keys: [CardKey]) throws -> [CardKey: Card] {
    let wanted = Set(keys)
    return lock.withLock { storedCards.filter { wanted.contains($0.key) } }
  }

  public func allCards() throws -> [CardKey: Card] {
    lock.withLock { storedCards }
  }

  public func answers(_ filter: AnswerFilter) throws -> [AnswerRecord] {
    lock.withLock { storedAnswers.filter(filter.matches) }
  }

  public func saveSession(_ session: SavedSession?) throws {
    lock.withLock { self.session = session }
  }

  public func savedSession() throws -> SavedSession? {
    lock.withLock { session }
  }

  @discardableResult
  public func eraseAll() throws -> ErasedProgress {
    lock.withLock {
      let erased = ErasedProgress(
        answers: storedAnswers.count, cards: storedCards.count, savedSession: session != nil)
      storedAnswers = []
      storedCards = [:]
      session = nil
      return erased
    }
  }
}
