import ConfidentContent
import ConfidentCore
import Testing

@Suite("Coverage of the programme and the grounds")
struct CoverageTests {
  @Test func leafPointsAndGroundsAreCountedAgainstTheirTargets() {
    let report = BankLoader.load(paths: [Fixtures.bank])
    let coverage = Coverage(bank: report.bank)
    #expect(coverage.points.map(\.id) == ["I.4.temoignage", "II.3.police"])
    #expect(coverage.points.map(\.count) == [1, 2])
    #expect(coverage.grounds.map(\.count) == [2, 1, 0])
    #expect(coverage.grounds.map(\.isBelowTarget) == [false, true, true])
  }

  @Test func eachShortfallIsAWarningAtItsCatalogueEntry() {
    let report = BankLoader.load(paths: [Fixtures.bank])
    let warnings = Coverage(bank: report.bank).warnings(in: report).map {
      $0.description.replacingOccurrences(of: Fixtures.root + "/", with: "")
    }
    #expect(warnings == [
      "bank/catalogue/programme.yaml:4:9: avertissement: point du programme « I.4.temoignage » : 1 cas sur 4 visés",
      "bank/catalogue/programme.yaml:9:9: avertissement: point du programme « II.3.police » : 2 cas sur 4 visés",
      "bank/catalogue/grounds.yaml:8:9: avertissement: fondement « temoignage » : 1 cas sur 2 visés",
      "bank/catalogue/grounds.yaml:11:9: avertissement: fondement « consentement » : 0 cas sur 2 visés",
      "bank/catalogue/programme.yaml:13:9: avertissement: thème « police » : 1 cas sur 3 visés",
      "bank/catalogue/programme.yaml:16:9: avertissement: thème « justice » : 1 cas sur 3 visés",
    ])
  }

  @Test func theTargetIsFourCasesPerLeafAndThreePerTheme() {
    #expect(Coverage.casesPerPoint == 4)
    #expect(Coverage.casesPerTheme == 3)
  }

  @Test func aCaseBelongsToAThemeWhenOneOfItsTagsMatchesWithoutCaseOrAccents() {
    let report = BankLoader.load(paths: [Fixtures.bank])
    #expect(report.bank.themes == [
      Theme(id: "police", label: "La police au guichet", tags: ["POLICE"]),
      Theme(id: "justice", label: "Devant le juge", tags: ["Témoignage", "juge d'instruction"]),
    ])
    let coverage = Coverage(bank: report.bank)
    #expect(coverage.themes.map(\.id) == ["police", "justice"])
    #expect(coverage.themes.map(\.count) == [1, 1])
    #expect(coverage.themes.allSatisfy { $0.isBelowTarget })
  }

  @Test func theBundledProgrammeDeclaresTheSevenNewThemes() {
    let bank = BankLoader.load(paths: [BundledBankTests.scenarios]).bank
    #expect(bank.themes.map(\.id) == [
      "enquete-sociale", "aide-a-un-tiers", "supervision-stagiaires", "numerique", "droits-rgpd",
      "procedures-internes", "temoin",
    ])
    #expect(bank.themes.map(\.tags) == [
      ["enquête sociale"], ["aide à un tiers", "insaisissabilité"], ["supervision", "stagiaire"],
      ["numérique", "bureau paysager"], ["RGPD"], ["procédure interne"], ["témoin"],
    ])
  }

  @Test func aFileCheckedAloneUsesTheFallbackCatalogues() {
    let report = BankLoader.load(paths: [Fixtures.root + "/invalid/graph.yaml"], catalogueFallback: Fixtures.bank)
    #expect(report.usedFallbackCatalogues)
    #expect(!BankLoader.load(paths: [Fixtures.bank], catalogueFallback: Fixtures.bank).usedFallbackCatalogues)
  }
}
