import ConfidentScheduling
import Foundation

/// A case chosen for a practice session, and why.
public struct PlannedCase: Sendable, Hashable, Codable {
  /// Why the case is in the session.
  public enum Reason: Sendable, Hashable, Codable {
    /// Its own card is due.
    case dueCase
    /// It accepts a legal ground whose card is due (a ground missed elsewhere comes back here).
    case dueGround(String)
    /// Never seen: introduced today.
    case new
  }

  /// The case's id.
  public var caseID: String
  /// Why it was chosen.
  public var reason: Reason

  /// A planned case.
  public init(caseID: String, reason: Reason) {
    self.caseID = caseID
    self.reason = reason
  }
}

/// Chooses the cases of a practice session: due reviews first, then new cases.
public enum PracticePlanner {
  /// The session's cases, at most `count`, never one twice:
  /// 1. cases whose card is due before `dueBy`, the most overdue first;
  /// 2. for each ground card due before `dueBy` (most overdue first), a case of the pool that
  ///    accepts the ground: a seen case reviewed longest ago (so not the one where the ground
  ///    was just missed), else a new one if `newAllowed` leaves room;
  /// 3. new cases, easiest level first then programme order, up to `newAllowed` in all.
  ///
  /// - Parameter pool: the cases that may be played, in programme order.
  public static func plan(
    pool: [Case], cards: [CardKey: Card], dueBy: Date, newAllowed: Int, count: Int
  ) -> [PlannedCase] {
    var planned: [PlannedCase] = []
    var chosen = Set<String>()
    var newLeft = max(0, newAllowed)
    let position = Dictionary(pool.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })

    func add(_ id: String, _ reason: PlannedCase.Reason) {
      guard planned.count < count, !chosen.contains(id) else { return }
      chosen.insert(id)
      planned.append(PlannedCase(caseID: id, reason: reason))
    }

    let dueCases = pool.compactMap { item -> (String, Date)? in
      guard let card = cards[.case(item.id)], card.due < dueBy else { return nil }
      return (item.id, card.due)
    }.sorted { ($0.1, position[$0.0] ?? 0) < ($1.1, position[$1.0] ?? 0) }
    for (id, _) in dueCases { add(id, .dueCase) }

    let dueGrounds = cards.filter { $0.key.kind == .ground && $0.value.due < dueBy }
      .sorted { ($0.value.due, $0.key.id) < ($1.value.due, $1.key.id) }
    for (key, _) in dueGrounds where planned.count < count {
      let accepting = pool.filter { !chosen.contains($0.id) && $0.acceptedGrounds.contains(key.id) }
      let seen = accepting.compactMap { item in cards[.case(item.id)].map { (item, $0.lastReview ?? .distantPast) } }
        .sorted { ($0.1, position[$0.0.id] ?? 0) < ($1.1, position[$1.0.id] ?? 0) }
      if let (item, _) = seen.first {
        add(item.id, .dueGround(key.id))
      } else if newLeft > 0, let item = accepting.sorted(by: { easier($0, $1, position) }).first {
        add(item.id, .dueGround(key.id))
        newLeft -= 1
      }
    }

    let unseen = pool.filter { cards[.case($0.id)] == nil && !chosen.contains($0.id) }
      .sorted { easier($0, $1, position) }
    for item in unseen.prefix(newLeft) { add(item.id, .new) }
    return planned
  }

  private static func easier(_ left: Case, _ right: Case, _ position: [String: Int]) -> Bool {
    (left.level, position[left.id] ?? 0) < (right.level, position[right.id] ?? 0)
  }
}
