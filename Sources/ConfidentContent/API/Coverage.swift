import ConfidentCore
import Foundation

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
  /// Cases in each theme (a case tag among the theme's tags), in catalogue order.
  public var themes: [Row]

  /// Targets of the case bank: 4 cases per programme point, 2 per accepted ground, 3 per theme.
  public static let casesPerPoint = 4
  public static let casesPerGround = 2
  public static let casesPerTheme = 3

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
    // Each case's tags folded once, not once per theme.
    let caseTags = bank.cases.map { Set($0.tags.map(\.folded)) }
    themes = bank.themes.map { theme in
      let tags = Set(theme.tags.map(\.folded))
      return Row(
        id: theme.id, title: theme.label, count: caseTags.count { !$0.isDisjoint(with: tags) },
        target: Self.casesPerTheme)
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
      + themes.compactMap { warn($0, report.themeLocations[$0.id], "thème") }
  }
}
