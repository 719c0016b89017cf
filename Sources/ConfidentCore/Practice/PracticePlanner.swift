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

    let dueCases = pool.indices.compactMap { offset -> (Date, Int)? in
      guard let card = cards[.case(pool[offset].id)], card.due < dueBy else { return nil }
      return (card.due, offset)
    }.sorted { $0 < $1 }
    for (_, offset) in dueCases.prefix(count) { add(pool[offset].id, .dueCase) }

    let dueGrounds = cards.filter { $0.key.kind == .ground && $0.value.due < dueBy }
      .sorted { ($0.value.due, $0.key.id) < ($1.value.due, $1.key.id) }
    var casesByGround: [String: [Case]] = [:]
    if !dueGrounds.isEmpty {
      for item in pool {
        for ground in item.acceptedGrounds { casesByGround[ground, default: []].append(item) }
      }
    }
    for (key, _) in dueGrounds where planned.count < count {
      let accepting = (casesByGround[key.id] ?? []).filter { !chosen.contains($0.id) }
      let seen = accepting.compactMap { item in cards[.case(item.id)].map { (item, $0.lastReview ?? .distantPast) } }
        .sorted { ($0.1, position[$0.0.id] ?? 0) < ($1.1, position[$1.0.id] ?? 0) }
      if let (item, _) = seen.first {
        add(item.id, .dueGround(key.id))
      } else if newLeft > 0, let item = accepting.sorted(by: { easier($0, $1, position) }).first {
        add(item.id, .dueGround(key.id))
        newLeft -= 1
      }
    }

    if planned.count < count, newLeft > 0 {
      let unseen = pool.indices.filter { cards[.case(pool[$0].id)] == nil && !chosen.contains(pool[$0].id) }
        .map { (pool[$0].level, $0) }.sorted { $0 < $1 }
      for (_, offset) in unseen.prefix(newLeft) { add(pool[offset].id, .new) }
    }
    return planned
  }

  private static func easier(_ left: Case, _ right: Case, _ position: [String: Int]) -> Bool {
    (left.level, position[left.id] ?? 0) < (right.level, position[right.id] ?? 0)
  }
}
