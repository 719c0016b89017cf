/// Bounds on the diagnostics kept, so that a hostile file (a million bad list items) costs
/// bounded memory, output and cache: the rest are counted, not kept.
enum DiagnosticLimits {
  /// Diagnostics kept per file; the others become one « … et N autres » line.
  static let perFile = 50
  /// Diagnostics kept per load, over all files.
  static let perRun = 5_000

  /// The line that stands for the diagnostics left out of a file, at the last one kept.
  static func summary(after last: Diagnostic?, file: String, errors: Int, warnings: Int) -> Diagnostic {
    let omitted = errors + warnings
    return Diagnostic(
      file: file, line: last?.line ?? 1, column: last?.column ?? 1, severity: errors > 0 ? .error : .warning,
      message: "… et \(omitted) autre\(omitted > 1 ? "s" : "") problème\(omitted > 1 ? "s" : "") dans ce fichier "
        + "(\(errors) erreur\(errors > 1 ? "s" : ""), \(warnings) avertissement\(warnings > 1 ? "s" : "")) : "
        + "seuls les \(perFile) premiers sont indiqués")
  }
}

/// Diagnostics of one file, at most ``DiagnosticLimits/perFile`` kept; all are counted.
struct DiagnosticList: Sendable {
  private(set) var kept: [Diagnostic] = []
  private(set) var omittedErrors = 0
  private(set) var omittedWarnings = 0

  mutating func add(_ diagnostic: Diagnostic) {
    if kept.count < DiagnosticLimits.perFile {
      kept.append(diagnostic)
    } else if diagnostic.severity == .error {
      omittedErrors += 1
    } else {
      omittedWarnings += 1
    }
  }

  /// Every error, kept or not.
  var errorCount: Int { kept.errorCount + omittedErrors }
  var warningCount: Int { kept.warningCount + omittedWarnings }

  /// The kept diagnostics sorted by position, then the summary line if some were left out.
  func final(file: String) -> [Diagnostic] {
    let sorted = kept.sortedByPosition()
    guard omittedErrors + omittedWarnings > 0 else { return sorted }
    return sorted + [DiagnosticLimits.summary(after: sorted.last, file: file, errors: omittedErrors, warnings: omittedWarnings)]
  }
}
