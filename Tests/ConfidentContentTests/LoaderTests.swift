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
    #expect(report.skipped.first?.errors.count == 7)
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

@Suite("Dated references")
struct DatedReferenceTests {
  func lint(historical: Bool) throws -> [String] {
    let original = try String(contentsOfFile: Fixtures.bank + "/cas/appel-police.yaml", encoding: .utf8)
    let text = original
      .replacingOccurrences(of: "id: appel-police", with: "id: ancien")
      .replacingOccurrences(of: "      - id: cp-458\n        pinpoint: al. 1", with: "      - id: ancien-texte" + (historical ? "\n        historical: true" : ""))
    let path = try Fixtures.temporaryFile(Array(text.utf8))
    return BankLoader.load(paths: [path], catalogueFallback: Fixtures.bank).diagnostics.map(\.message)
  }

  @Test func citingARepealedTextWarnsUnlessItIsMarkedHistorical() throws {
    #expect(try lint(historical: false) == ["la référence « ancien-texte » ne s'applique pas au 2026-11-27, date du cas (période : … → 2001-12-31)"])
    #expect(try lint(historical: true) == [])
  }
}
