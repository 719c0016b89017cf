import ConfidentContent
import Foundation
import Testing

/// The cases shipped in `Scenarios/` must pass the checker with no error.
@Suite("Bundled bank")
struct BundledBankTests {
  static let scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Scenarios").path

  @Test func everyBundledFilePassesTheChecker() {
    let report = BankLoader.load(paths: [Self.scenarios])
    let errors = report.diagnostics.filter { $0.severity == .error }.map(\.description)
    #expect(errors == [])
    #expect(report.skipped.isEmpty)
  }

  @Test func theBundledBankHasAtLeastEightCasesAcrossTheRequiredPoints() {
    let bank = BankLoader.load(paths: [Self.scenarios]).bank
    #expect(bank.cases.count >= 8)
    for point in ["I.4", "I.5", "II.3"] {
      #expect(bank.cases.contains { $0.points.contains { $0.hasPrefix(point + ".") } }, "no case for \(point)")
    }
  }

  @Test func everyCitedReferenceHasASourceAndEveryCaseCitesOne() {
    let bank = BankLoader.load(paths: [Self.scenarios]).bank
    #expect(bank.references.allSatisfy { !$0.sources.isEmpty })
    for item in bank.cases {
      let cited = item.references + item.steps.flatMap(\.references)
      #expect(!cited.isEmpty, "\(item.id) cites no reference")
    }
  }
}
