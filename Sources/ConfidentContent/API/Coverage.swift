import ConfidentCore

/// How many cases cover each programme point and each ground, against the bank's targets.
public struct Coverage: Sendable {
  /// One line of the coverage table.
  public struct Row: Sendable, Hashable {
    public var id: String
    public var title: String
    public var count: Int
    public var target: Int

    public var isBelowTarget: Bool { count < target }
  }

  /// Cases per leaf point of the programme (a point without sub-points), in catalogue order.
  public var points: [Row]
  /// Cases in which each ground is an accepted answer, in catalogue order.
  public var grounds: [Row]

  /// Targets of the case bank: 3 cases per programme point, 2 cases per accepted ground.
  public static let casesPerPoint = 3
  public static let casesPerGround = 2

  public init(bank: Bank) {
    let parents = Set(bank.programme.compactMap(\.parent))
    points = bank.programme.filter { !parents.contains($0.id) }.map { point in
      Row(
        id: point.id, title: point.title, count: bank.cases.count { $0.points.contains(point.id) },
        target: Self.casesPerPoint)
    }
    grounds = bank.grounds.map { ground in
      Row(
        id: ground.id, title: ground.label, count: bank.cases.count { $0.acceptedGrounds.contains(ground.id) },
        target: Self.casesPerGround)
    }
  }

  /// A warning for each point or ground below target, at its catalogue entry.
  public func warnings(in report: LoadReport) -> [Diagnostic] {
    func warn(_ row: Row, _ location: Location?, _ what: String) -> Diagnostic? {
      guard row.isBelowTarget, let location else { return nil }
      return location.diagnostic(.warning, "\(what) « \(row.id) » : \(row.count) cas sur \(row.target) visés")
    }
    return points.compactMap { warn($0, report.pointLocations[$0.id], "point du programme") }
      + grounds.compactMap { warn($0, report.groundLocations[$0.id], "fondement") }
  }
}
