import Testing

@testable import ConfidentCore

@Suite("Model and helpers")
struct ModelTests {
  @Test func verdictPointsFollowTheBrief() {
    #expect(Verdict.correct.points == 2)
    #expect(Verdict.acceptable.points == 1)
    #expect(Verdict.incorrect.points == 0)
  }

  @Test func referenceAppliesOnlyWithinItsPeriod() {
    let reference = Reference(
      id: "x", type: .loi, citation: "X", summary: "", appliesFrom: "2017-08-03",
      appliesUntil: "2026-08-31", sources: ["https://example.org"], verification: .sure)
    #expect(!reference.applies(on: "2017-08-02"))
    #expect(reference.applies(on: "2017-08-03"))
    #expect(reference.applies(on: "2026-08-31"))
    #expect(!reference.applies(on: "2026-09-01"))
  }

  @Test func acceptedGroundsAreListedOnceInOrder() {
    #expect(SampleBank.twoSteps.acceptedGrounds == ["secret", "temoignage"])
  }

  @Test func pointsAreWrittenTheFrenchWay() {
    #expect(formatPoints(2) == "2")
    #expect(formatPoints(1.5) == "1,5")
  }

  @Test func controlSequencesAreNeutralized() {
    #expect("a\u{1B}[31mrouge\u{1B}[0m".neutralized == "arouge")
    #expect("titre\u{1B}]0;pirate\u{07}fin".neutralized == "titrefin")
    #expect("cloche\u{07} et\ttab\nligne".neutralized == "cloche et tab\nligne")
    #expect("c1\u{9B}31m".neutralized == "c131m")
    #expect("éàü".neutralized == "éàü")
  }
}
