import ConfidentCore
import ConfidentScheduling
import Foundation
import GRDB

/// Dates are stored as whole microseconds since 1970 (py-fsrs's precision): exact for every
/// date a clock or the scheduler gives to the microsecond, and readable with
/// `datetime(x / 1e6, 'unixepoch')`.
enum StoredDate {
  static func value(_ date: Date) -> Int64 {
    Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
  }

  static func date(_ value: Int64) -> Date {
    Date(timeIntervalSince1970: Double(value) / 1_000_000)
  }
}

extension AnswerRecord {
  static let insertSQL = """
    INSERT INTO answer (caseID, stepID, authoredOption, shownOrder, groundID, certainty,
      decisionPoints, groundPoints, cbmMark, timeTakenMs, mode, sessionID, answeredAt,
      stepContentHash)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    """

  var arguments: StatementArguments {
    [
      caseID, stepID, authoredOption, shownOrder.map(String.init).joined(separator: ","), groundID,
      certainty?.rawValue, decisionPoints, groundPoints, cbmMark, timeTakenMilliseconds,
      mode.rawValue, sessionID, StoredDate.value(answeredAt), stepContentHash,
    ]
  }

  /// The columns ``init(row:)`` reads, in its order.
  static let columns = """
    caseID, stepID, authoredOption, shownOrder, groundID, certainty, decisionPoints, groundPoints,
    cbmMark, timeTakenMs, mode, sessionID, answeredAt, stepContentHash
    """

  /// Reads a row of ``columns``; `nil` if a value is not one this version writes.
  init?(row: Row) {
    let order: String = row[3]
    let shown = order.isEmpty ? [] : order.split(separator: ",").compactMap { Int($0) }
    let certaintyValue: Int? = row[5]
    guard let mode = AnswerMode(rawValue: row[10]) else { return nil }
    self.init(
      caseID: row[0], stepID: row[1], authoredOption: row[2], shownOrder: shown, groundID: row[4],
      certainty: certaintyValue.flatMap(Certainty.init(rawValue:)), decisionPoints: row[6],
      groundPoints: row[7], cbmMark: row[8], timeTakenMilliseconds: row[9], mode: mode,
      sessionID: row[11], answeredAt: StoredDate.date(row[12]), stepContentHash: row[13])
  }
}

extension CardRecord {
  static let upsertSQL = """
    INSERT OR REPLACE INTO card (key, state, step, stability, difficulty, due, lastReview)
    VALUES (?, ?, ?, ?, ?, ?, ?)
    """

  var arguments: StatementArguments {
    [
      key.description, card.state.rawValue, card.step, card.stability, card.difficulty,
      StoredDate.value(card.due), card.lastReview.map(StoredDate.value),
    ]
  }

  /// The columns ``init(row:)`` reads, in its order.
  static let columns = "key, state, step, stability, difficulty, due, lastReview"

  /// Reads a row of ``columns``; `nil` if the key or the state is not one this version writes.
  init?(row: Row) {
    let lastReview: Int64? = row[6]
    guard let key = CardKey(row[0] as String), let state = Card.State(rawValue: row[1]) else {
      return nil
    }
    let card = Card(
      state: state, step: row[2], stability: row[3], difficulty: row[4],
      due: StoredDate.date(row[5]), lastReview: lastReview.map(StoredDate.date))
    self.init(key: key, card: card)
  }
}
