import Foundation
import Testing

/// `confident verifier` on `Tests/Fixtures/item-writing`, where "always `secret`" earns 68,2 %.
@Suite("Item-writing report in verifier")
struct ItemWritingLintTests {
  let fixture = Confident.packageRoot.appendingPathComponent("Tests/Fixtures/item-writing").path

  @Test func verifierPrintsTheReportAfterTheCoverageAndPassesWithoutStrict() throws {
    let run = try Confident.run(["verifier", fixture])
    #expect(run.status == 0, "\(run.output)")
    let coverage = try #require(run.output.range(of: "Cas par fondement accepté"))
    let report = try #require(run.output.range(of: "Rédaction des options (5 étapes) :"))
    #expect(coverage.lowerBound < report.lowerBound)
    #expect(run.output.contains("Stratégies aveugles (part des points maximaux) :"))
    #expect(run.output.contains("\(fixture): avertissement: répondre toujours « secret » obtient 68,2\u{202F}% des points de fondement"))
    #expect(run.output.contains("/cas/court-long.yaml:14:9: avertissement: l'option b, la meilleure réponse, compte 67 caractères"))
  }

  @Test func strictFailsWhenAlwaysSecretEarnsMoreThanTheLimit() throws {
    let run = try Confident.run(["verifier", "--strict", fixture])
    #expect(run.status == 1, "\(run.output)")
    #expect(run.output.contains("\(fixture): erreur: répondre toujours « secret » obtient 68,2\u{202F}%"))
    #expect(run.output.hasSuffix("5 fichiers vérifiés (catalogues livrés), 3 cas valides : 1 erreur, 10 avertissements.\n"))
  }

  @Test func aFileCheckedAloneGetsItsStepWarningsButNoBankWideReport() throws {
    let run = try Confident.run(["verifier", fixture + "/cas/court-long.yaml", "--scenarios", fixture])
    #expect(run.status == 0, "\(run.output)")
    #expect(run.output.contains("court-long.yaml:11:9: avertissement: « jamais » ne figure que dans des options fausses"))
    #expect(!run.output.contains("Rédaction des options"))
  }
}
