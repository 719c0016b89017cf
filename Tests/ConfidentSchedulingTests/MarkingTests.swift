import ConfidentScheduling
import Testing

@Suite("Certainty-based marks and the rating of an answer")
struct MarkingTests {
  @Test func marksFollowMoodlesCBMMatrix() {
    #expect(Certainty.allCases.map { $0.mark(isRight: true) } == [1, 2, 3])
    #expect(Certainty.allCases.map { $0.mark(isRight: false) } == [0, -2, -6])
  }

  @Test func dontKnowIsMarkedZeroWithoutPenalty() {
    #expect(CertaintyAnswer.dontKnow.mark(isRight: false) == 0)
    #expect(CertaintyAnswer.dontKnow.mark(isRight: true) == 0)
    #expect(CertaintyAnswer.level(.certain).mark(isRight: false) == -6)
  }

  @Test func eachLevelPaysBestInItsRange() {
    func expected(_ level: Certainty, _ p: Double) -> Double {
      p * Double(level.mark(isRight: true)) + (1 - p) * Double(level.mark(isRight: false))
    }
    for p in stride(from: 0.0, through: 1.0, by: 0.01) {
      let best = Certainty.allCases.max { expected($0, p) < expected($1, p) }!
      #expect(best.payingRange.contains(p), "p = \(p)")
    }
  }

  @Test(arguments: [
    ("1", Certainty.doubt), ("je doute", .doubt), (" Doute ", .doubt), ("2", .probable),
    ("PROBABLE", .probable), ("3", .certain), ("certain", .certain),
  ])
  func certaintyIsReadFromTheNumberOrTheWords(answer: String, certainty: Certainty) {
    #expect(Certainty(answer: answer) == certainty)
  }

  @Test func otherAnswersAreNoCertainty() {
    #expect(Certainty(answer: "4") == nil)
    #expect(Certainty(answer: "peut-être") == nil)
    #expect(Certainty.allCases.map(\.label) == ["je doute", "probable", "certain"])
  }

  @Test func aWrongDecisionIsAgainWhateverTheCertainty() {
    for certainty in [nil] + Certainty.allCases.map(Optional.some) {
      for ground in [true, false] {
        #expect(Rating(AnsweredStep(decisionIsRight: false, groundIsAccepted: ground, certainty: certainty)) == .again)
      }
    }
  }

  @Test func aRightDecisionOnAWrongGroundIsHardWhateverTheCertainty() {
    for certainty in [nil] + Certainty.allCases.map(Optional.some) {
      #expect(Rating(AnsweredStep(decisionIsRight: true, groundIsAccepted: false, certainty: certainty)) == .hard)
    }
  }

  @Test func aFullyRightAnswerIsRatedByItsCertainty() {
    let rating = { (certainty: Certainty?) in
      Rating(AnsweredStep(decisionIsRight: true, groundIsAccepted: true, certainty: certainty))
    }
    #expect(rating(.doubt) == .hard)
    #expect(rating(.probable) == .good)
    #expect(rating(.certain) == .easy)
    #expect(rating(nil) == .good)
  }
}
