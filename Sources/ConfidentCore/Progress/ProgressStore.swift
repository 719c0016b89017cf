import ConfidentScheduling
import Foundation

/// Where a participant's progress is kept: every answer given, the FSRS card of each case and
/// legal ground, and an interrupted session.
///
/// The session engine sees only this protocol. ``InMemoryProgressStore`` serves engine tests;
/// `ConfidentStorage.SQLiteProgressStore` keeps `progress.sqlite` in the data folder.
/// Every method is synchronous and durable when it returns: a store never buffers an answer.
public protocol ProgressStore: AnyObject, Sendable {
  /// Records an answer and the cards it reviewed, in one transaction.
  ///
  /// When this returns, the answer and the cards are committed: a crash or a kill right
  /// after it loses neither. A card already stored under the same key is replaced.
  func record(_ answer: AnswerRecord, cards: [CardRecord]) throws

  /// The stored cards among `keys` (keys with no card yet are absent from the result).
  func cards(for keys: [CardKey]) throws -> [CardKey: Card]

  /// Every stored card.
  func allCards() throws -> [CardKey: Card]

  /// The stored answers that `filter` selects, oldest first.
  func answers(_ filter: AnswerFilter) throws -> [AnswerRecord]

  /// The date of the first stored answer to each of `caseIDs` that has one.
  func firstAnswerDates(forCases caseIDs: Set<String>) throws -> [String: Date]

  /// Keeps `session` as the interrupted session to resume, replacing any other; `nil` clears it.
  func saveSession(_ session: SavedSession?) throws

  /// The interrupted session to resume, if one was saved.
  func savedSession() throws -> SavedSession?

  /// Erases every answer, card and saved session, and says how many there were.
  @discardableResult
  func eraseAll() throws -> ErasedProgress
}

extension ProgressStore {
  /// Reads every answer to the cases; a store with an index should do better.
  public func firstAnswerDates(forCases caseIDs: Set<String>) throws -> [String: Date] {
    var first: [String: Date] = [:]
    for answer in try answers(AnswerFilter(caseIDs: caseIDs)) where first[answer.caseID] == nil {
      first[answer.caseID] = answer.answeredAt
    }
    return first
  }
}

/// Which stored answers to read, for statistics. Every criterion left `nil` matches all.
public struct AnswerFilter: Sendable, Hashable {
  /// Only answers to these cases.
  public var caseIDs: Set<String>?
  /// Only answers given in this mode.
  public var mode: AnswerMode?
  /// Only answers given at or after this date.
  public var since: Date?

  /// A filter; with no argument, every answer.
  public init(caseIDs: Set<String>? = nil, mode: AnswerMode? = nil, since: Date? = nil) {
    self.caseIDs = caseIDs
    self.mode = mode
    self.since = since
  }

  /// Every answer.
  public static let all = AnswerFilter()

  /// Whether `answer` passes the filter.
  public func matches(_ answer: AnswerRecord) -> Bool {
    (caseIDs?.contains(answer.caseID) ?? true) && (mode.map { $0 == answer.mode } ?? true)
      && (since.map { answer.answeredAt >= $0 } ?? true)
  }
}

/// What ``ProgressStore/eraseAll()`` erased.
public struct ErasedProgress: Sendable, Hashable {
  /// The number of answers erased.
  public var answers: Int
  /// The number of cards erased.
  public var cards: Int
  /// Whether an interrupted session was erased.
  public var savedSession: Bool

  /// A count of erased records.
  public init(answers: Int, cards: Int, savedSession: Bool) {
    self.answers = answers
    self.cards = cards
    self.savedSession = savedSession
  }
}
