import ConfidentContent
import ConfidentCore

/// A newer bank for the shell, with what to tell the user about it.
public struct BankUpdate: Sendable {
  public var bank: Bank
  public var notices: [Output]

  public init(bank: Bank, notices: [Output]) {
    self.bank = bank
    self.notices = notices
  }
}

/// Where the shell driver asks, before each prompt, for a bank newer than the one it plays.
public protocol BankReloading: AnyObject {
  /// A freshly loaded bank when the files changed since the last load, or in any case when
  /// `force` (« recharger »); nil when nothing changed.
  func newerBank(force: Bool) -> BankUpdate?
}

/// Watches the scenario folders by file size and modification time, and reloads on a change.
final class WatchedBank: BankReloading {
  private let paths: [String]
  private let load: () -> LoadReport
  private var fingerprint: BankFingerprint

  /// - Parameter load: loads the bank (the same way the shell first did).
  init(paths: [String], load: @escaping () -> LoadReport) {
    self.paths = paths
    self.load = load
    fingerprint = BankFingerprint(paths: paths)
  }

  func newerBank(force: Bool) -> BankUpdate? {
    let now = BankFingerprint(paths: paths)
    guard force || now != fingerprint else { return nil }
    fingerprint = now
    let report = load()
    let count = report.bank.cases.count
    let why = force ? "" : " (fichiers modifiés)"
    let notice = Output.paragraph("Banque rechargée : \(count) cas\(why).", .emphasis)
    return BankUpdate(bank: report.bank, notices: [notice] + skippedNotice(report))
  }
}
