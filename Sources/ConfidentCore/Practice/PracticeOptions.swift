import Foundation

/// How a practice session is put together (`confident pratique` options).
public struct PracticeOptions: Sendable, Hashable, Codable {
  /// Cases in the session (`--nombre`, default 10).
  public var count: Int
  /// New cases introduced per day at most (`--nouveaux`, default 5).
  public var newPerDay: Int
  /// Only cases under this programme point (`--point I.4`).
  public var point: String?
  /// Only cases of this theme, or matching this search (`--theme police`).
  public var theme: String?
  /// Ask « je doute · probable · certain » after each decision (`--sans-certitude`: no).
  public var asksCertainty: Bool
  /// Every random choice (option orders) derives from it (`--seed`).
  public var seed: UInt64
  /// `--ordre-fixe`: options in the file's order.
  public var fixedOrder: Bool

  /// Options; the defaults are those of `confident pratique`.
  public init(
    count: Int = 10, newPerDay: Int = 5, point: String? = nil, theme: String? = nil,
    asksCertainty: Bool = true, seed: UInt64 = 0, fixedOrder: Bool = false
  ) {
    self.count = min(max(count, 1), 500)
    self.newPerDay = min(max(newPerDay, 0), 500)
    self.point = point
    self.theme = theme
    self.asksCertainty = asksCertainty
    self.seed = seed
    self.fixedOrder = fixedOrder
  }

  /// The option order of the session.
  var order: OptionOrder { fixedOrder ? .fixed : .shuffled(seed: seed) }
}

/// The time a practice session sees: the date now and the participant's day boundaries.
///
/// Injected, so tests (and `CONFIDENT_NOW`) set the clock.
public struct PracticeClock: Sendable {
  /// The date now.
  public var now: @Sendable () -> Date
  /// The time zone days are counted in (« à revoir aujourd'hui », new cases per day).
  public var timeZone: TimeZone

  /// A clock; by default the system's, in the current time zone.
  public init(timeZone: TimeZone = .current, now: @escaping @Sendable () -> Date = { Date() }) {
    self.now = now
    self.timeZone = timeZone
  }

  /// A clock stopped at `date`.
  public static func fixed(_ date: Date, timeZone: TimeZone = TimeZone(identifier: "UTC")!) -> PracticeClock {
    PracticeClock(timeZone: timeZone) { date }
  }

  /// The start of the day holding `date`, and of the next one.
  public func day(of date: Date) -> (start: Date, end: Date) {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let start = calendar.startOfDay(for: date)
    let end = calendar.date(byAdding: .day, value: 1, to: start) ?? start.addingTimeInterval(86_400)
    return (start, end)
  }
}
