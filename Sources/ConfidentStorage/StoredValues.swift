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

  /// Reads a row of `answer`; `nil` if a value is not one this version writes.
  init?(row: Row) {
    let order: String = row["shownOrder"]
    let shown = order.isEmpty ? [] : order.split(separator: ",").compactMap { Int($0) }
    let certaintyValue: Int? = row["certainty"]
    guard let mode = AnswerMode(rawValue: row["mode"]) else { return nil }
    self.init(
      caseID: row["caseID"], stepID: row["stepID"], authoredOption: row["authoredOption"],
      shownOrder: shown, groundID: row["groundID"], certainty: certaintyValue.flatMap(Certainty.init(rawValue:)),
      decisionPoints: row["decisionPoints"], groundPoints: row["groundPoints"], cbmMark: row["cbmMark"],
      timeTakenMilliseconds: row["timeTakenMs"], mode: mode, sessionID: row["sessionID"],
      answeredAt: StoredDate.date(row["answeredAt"]), stepContentHash: row["stepContentHash"])
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

  /// Reads a row of `card`; `nil` if the key or the state is not one this version writes.
  init?(row: Row) {
    let lastReview: Int64? = row["lastReview"]
    guard let key = CardKey(row["key"] as String), let state = Card.State(rawValue: row["state"]) else {
      return nil
    }
    let card = Card(
      state: state, step: row["step"], stability: row["stability"], difficulty: row["difficulty"],
      due: StoredDate.date(row["due"]), lastReview: lastReview.map(StoredDate.date))
    self.init(key: key, card: card)
  }
}
