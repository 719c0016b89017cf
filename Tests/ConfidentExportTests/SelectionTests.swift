import ConfidentExport
import Testing

@Suite("Choosing the cases to export")
struct SelectionTests {
  let bank = ExportFixtures.bank

  @Test func noFilterExportsEveryCase() throws {
    #expect(try ExportSelection.cases(in: bank, caseIDs: [], points: []).count == bank.cases.count)
  }

  @Test func aPointTakesTheCasesUnderIt() throws {
    let chosen = try ExportSelection.cases(in: bank, caseIDs: [], points: ["I.4"])
    #expect(chosen.map(\.id) == ["police-puis-juge"])
  }

  @Test func anUnknownCaseOrPointIsSaidInFrench() {
    #expect(throws: ExportSelection.Problem(message: "cas inconnu : « nulle-part » (« confident cas » les liste)")) {
      try ExportSelection.cases(in: bank, caseIDs: ["nulle-part"], points: [])
    }
    #expect(throws: ExportSelection.Problem(message: "point du programme inconnu : « IX » (« confident cas » puis « cas » dans le shell)")) {
      try ExportSelection.cases(in: bank, caseIDs: [], points: ["IX"])
    }
  }

  @Test func onlyMoodlesOwnFractionsAreWritten() {
    #expect(MoodleFraction(nearest: 50).description == "50")
    #expect(MoodleFraction(nearest: 33.3).description == "33.33333")
    #expect(MoodleFraction(nearest: -49).description == "-50")
  }
}
