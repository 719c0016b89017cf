import ConfidentCore
import ConfidentScheduling
import Foundation
import GRDB

/// The ``ProgressStore`` of `progress.sqlite` in the user's data folder, through GRDB.
///
/// The database is in WAL mode, so that two shells can read and write it at once; each
/// ``record(_:cards:)`` is one transaction, committed when it returns (`synchronous = FULL`).
/// Open it with ``open(folder:now:)``, which moves aside a file it cannot trust.
public final class SQLiteProgressStore: ProgressStore {
  /// The database's file name in the data folder.
  public static let fileName = "progress.sqlite"

  /// The database file.
  public let url: URL
  let pool: DatabasePool

  init(pool: DatabasePool, url: URL) {
    self.pool = pool
    self.url = url
  }

  public func record(_ answer: AnswerRecord, cards: [CardRecord]) throws {
    try pool.write { db in
      try db.cachedStatement(sql: AnswerRecord.insertSQL).execute(arguments: answer.arguments)
      let upsert = try db.cachedStatement(sql: CardRecord.upsertSQL)
      for card in cards { try upsert.execute(arguments: card.arguments) }
    }
  }

  /// Records many answers and their cards in one transaction, in order: for imports and
  /// benchmarks (the engine records each answer when it is given, with ``record(_:cards:)``).
  public func record(batch: [(answer: AnswerRecord, cards: [CardRecord])]) throws {
    try pool.write { db in
      let insert = try db.cachedStatement(sql: AnswerRecord.insertSQL)
      let upsert = try db.cachedStatement(sql: CardRecord.upsertSQL)
      for (answer, cards) in batch {
        try insert.execute(arguments: answer.arguments)
        for card in cards { try upsert.execute(arguments: card.arguments) }
      }
    }
  }

  public func cards(for keys: [CardKey]) throws -> [CardKey: Card] {
    // Past a few hundred keys, one scan of the table beats chunks of `IN (…)` lookups.
    guard keys.count <= 500 else {
      let wanted = Set(keys)
      return try readCards { wanted.contains($0) }
    }
    let marks = Array(repeating: "?", count: keys.count).joined(separator: ",")
    return try pool.read { db in
      var cards: [CardKey: Card] = [:]
      let rows = try Row.fetchCursor(
        db, sql: "SELECT \(CardRecord.columns) FROM card WHERE key IN (\(marks))",
        arguments: StatementArguments(keys.map(\.description)))
      while let row = try rows.next() {
        if let record = CardRecord(row: row) { cards[record.key] = record.card }
      }
      return cards
    }
  }

  public func allCards() throws -> [CardKey: Card] {
    try readCards { _ in true }
  }

  /// Scans the card table, decoding only the cards whose key `wanted` accepts.
  private func readCards(_ wanted: (CardKey) -> Bool) throws -> [CardKey: Card] {
    try pool.read { db in
      var cards: [CardKey: Card] = [:]
      let rows = try Row.fetchCursor(db, sql: "SELECT \(CardRecord.columns) FROM card")
      while let row = try rows.next() {
        guard let key = CardKey(row[0] as String), wanted(key) else { continue }
        if let record = CardRecord(row: row) { cards[key] = record.card }
      }
      return cards
    }
  }

  public func answers(_ filter: AnswerFilter) throws -> [AnswerRecord] {
    var conditions: [String] = []
    var arguments = StatementArguments()
    if let mode = filter.mode {
      conditions.append("mode = ?")
      arguments += [mode.rawValue]
    }
    if let since = filter.since {
      conditions.append("answeredAt >= ?")
      arguments += [StoredDate.value(since)]
    }
    let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
    return try pool.read { db in
      var answers: [AnswerRecord] = []
      let rows = try Row.fetchCursor(db, sql: "SELECT \(AnswerRecord.columns) FROM answer\(whereClause) ORDER BY id", arguments: arguments)
      while let row = try rows.next() {
        // The case filter is applied here: a set of ids can be large.
        if let answer = AnswerRecord(row: row), filter.caseIDs?.contains(answer.caseID) ?? true {
          answers.append(answer)
        }
      }
      return answers
    }
  }

  public func firstAnswerDates(forCases caseIDs: Set<String>) throws -> [String: Date] {
    guard !caseIDs.isEmpty else { return [:] }
    let ids = Array(caseIDs)
    return try pool.read { db in
      var first: [String: Date] = [:]
      // Chunks stay under SQLite's limit on bound parameters; the caseID index serves them.
      for start in stride(from: 0, to: ids.count, by: 500) {
        let chunk = Array(ids[start..<min(start + 500, ids.count)])
        let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
        let rows = try Row.fetchCursor(
          db, sql: "SELECT caseID, MIN(answeredAt) FROM answer WHERE caseID IN (\(marks)) GROUP BY caseID",
          arguments: StatementArguments(chunk))
        while let row = try rows.next() {
          first[row[0]] = StoredDate.date(row[1])
        }
      }
      return first
    }
  }

  public func saveSession(_ session: SavedSession?) throws {
    try pool.write { db in
      try db.execute(sql: "DELETE FROM savedSession")
      guard let session else { return }
      try db.execute(
        sql: "INSERT INTO savedSession (id, sessionID, mode, savedAt, payload) VALUES (1, ?, ?, ?, ?)",
        arguments: [session.sessionID, session.mode.rawValue, StoredDate.value(session.savedAt), session.payload])
    }
  }

  public func savedSession() throws -> SavedSession? {
    try pool.read { db in
      guard let row = try Row.fetchOne(db, sql: "SELECT * FROM savedSession WHERE id = 1"),
        let mode = AnswerMode(rawValue: row["mode"])
      else { return nil }
      return SavedSession(
        sessionID: row["sessionID"], mode: mode, savedAt: StoredDate.date(row["savedAt"]),
        payload: row["payload"])
    }
  }

  @discardableResult
  public func eraseAll() throws -> ErasedProgress {
    let erased = try pool.write { db in
      let erased = ErasedProgress(
        answers: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM answer") ?? 0,
        cards: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM card") ?? 0,
        savedSession: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM savedSession") ?? 0 > 0)
      try db.execute(sql: "DELETE FROM answer; DELETE FROM card; DELETE FROM savedSession;")
      return erased
    }
    // Erased rows must not linger in free pages or in the WAL.
    try pool.vacuum()
    try pool.writeWithoutTransaction { db in
      _ = try db.checkpoint(.truncate)
    }
    return erased
  }
}
