/// The program's version, printed by `--version` and recorded in every export, debrief and report.
public let confidentVersion = "0.3.0"

/// The program's and the bank's versions, as exports, debriefs and reports record them.
public enum VersionStamp {
  /// « Confident 0.3.0 · banque 2026.12 » (« banque sans version » when the programme file gives none).
  public static func line(bank: Bank) -> String {
    "Confident \(confidentVersion) · banque \(bank.version ?? "sans version")"
  }
}
