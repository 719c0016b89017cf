import ConfidentCore
import ConfidentScheduling
import ConfidentStorage
import Foundation

/// Temporary folders and sample records for the store tests.
enum StoreFixtures {
  /// A new, empty temporary folder (not created: the store creates it).
  static func folder() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("confident-store-\(UUID().uuidString)")
  }

  static func open(_ folder: URL) throws -> SQLiteProgressStore {
    let opened = try SQLiteProgressStore.open(folder: folder)
    if let aside = opened.movedAside { throw Unexpected(message: aside.message) }
    return opened.store
  }

  struct Unexpected: Error {
    var message: String
  }

  static let start = Date(timeIntervalSince1970: 1_764_842_400)  // 2025-12-04 10:00 UTC

  /// The `index`th sample answer: varied options, certainties, modes and times.
  static func answer(_ index: Int, caseID: String? = nil, session: String = "s1") -> AnswerRecord {
    let certainty = index % 4 == 3 ? nil : Certainty(rawValue: index % 4 + 1)
    return AnswerRecord(
      caseID: caseID ?? "cas-\(index % 7)", stepID: "e\(index % 3)",
      authoredOption: index % 5 == 4 ? nil : index % 3, shownOrder: [2, 0, 1],
      groundID: index % 2 == 0 ? "secret" : nil, certainty: certainty,
      decisionPoints: Double(index % 3), groundPoints: [0, 0.5, 1][index % 3],
      cbmMark: certainty?.mark(isRight: index % 2 == 0), timeTakenMilliseconds: 1000 + index,
      mode: AnswerMode.allCases[index % 4], sessionID: session,
      answeredAt: start.addingTimeInterval(Double(index) * 61.125), stepContentHash: "00c0ffee00c0ffee")
  }

  /// A reviewed card for `key`, different for each `index`.
  static func card(_ key: CardKey, _ index: Int) -> CardRecord {
    var card = Card(due: start)
    for review in 0...(index % 5) {
      card = Scheduler.standard.review(
        card, rating: Rating.allCases[(index + review) % 4],
        at: start.addingTimeInterval(Double(review * 90_000 + index)))
    }
    return CardRecord(key: key, card: card)
  }

  static func permissions(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
  }
}
