import ConfidentContent
import ConfidentCore
import Testing

@Suite("Loading a bank")
struct LoaderTests {
  @Test func theFixtureBankLoadsEveryCaseAndCatalogue() {
    let report = BankLoader.load(paths: [Fixtures.bank])
    #expect(report.skipped.isEmpty)
    #expect(report.bank.cases.map(\.id).sorted() == ["appel-police", "police-puis-juge"])
    #expect(report.bank.grounds.map(\.id) == ["secret", "temoignage", "consentement"])
    #expect(report.bank.programme.count == 4)
    let juge = report.bank.case("police-puis-juge")?.step("juge")
    #expect(juge?.debated == true)
    #expect(juge?.options.map(\.verdict) == [.correct, .acceptable, .incorrect])
    #expect(report.bank.reference("cp-458")?.verification == .likely)
  }

  @Test func aBrokenFileIsSkippedAndTheOthersStillLoad() {
    let report = BankLoader.load(paths: [Fixtures.bank, Fixtures.root + "/invalid/graph.yaml"])
    #expect(report.bank.cases.count == 2)
    #expect(report.skipped.map(\.path) == [Fixtures.root + "/invalid/graph.yaml"])
    #expect(report.skipped.first?.errors.count == 4)
  }

  @Test func aCatalogueEntryWithAnErrorIsLeftOutButTheOthersLoad() throws {
    let path = try Fixtures.temporaryFile(Array("""
      grounds:
        - id: bon
          label: Bon
          summary: Correct.
        - id: Mauvais
          label: Mauvais
          summary: Identifiant mal formé.
      """.utf8), name: "grounds.yaml")
    let report = BankLoader.load(paths: [path])
    #expect(report.bank.grounds.map(\.id) == ["bon"])
    #expect(report.diagnostics.errorCount == 1)
  }
}
