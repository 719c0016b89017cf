import ConfidentScheduling
import Testing

@testable import ConfidentCore

@Suite struct RecommendationTests {
  /// 15 answers as a full assessment would have them (3 · 3 · 2 · 1 · 5 · 1).
  static func assessment(
    right: Set<ProgrammePart>, certainty: CertaintyAnswer = .level(.probable), wrongCertainty: CertaintyAnswer = .level(.doubt)
  ) -> [AssessmentAnswer] {
    let quotas = AssessmentDraw.quotas(count: 15)
    return ProgrammePart.allCases.flatMap { part in
      (0..<(quotas[part] ?? 0)).map { _ in
        right.contains(part)
          ? crafted(part, decision: 2, ground: 1, certainty: certainty)
          : crafted(part, decision: 0, ground: 0, certainty: wrongCertainty)
      }
    }
  }

  @Test func strongAnswersWithoutConfidentMistakesAreSentToDeepening() {
    let all = Set(ProgrammePart.allCases)
    let recommendation = AssessmentProfile(answers: Self.assessment(right: all, certainty: .level(.certain))).recommendation
    #expect(recommendation.level == .deepening)
    #expect(recommendation.parts.isEmpty)
    #expect(recommendation.paragraphs[1].hasPrefix("Aucune partie du programme ne ressort comme faible"))
  }

  @Test func aWeakPartIsNamedWithItsReason() {
    // Everything right but II.3 (5 of 15 questions): 10/15 of the points, « pratique ».
    var answers = Self.assessment(right: Set(ProgrammePart.allCases).subtracting([.thirdParties]))
    #expect(AssessmentProfile(answers: answers).recommendation.level == .practice)
    #expect(AssessmentProfile(answers: answers).recommendation.reasons == [
      "II.3 Demandes de tiers : 0 bonne décision sur 5, fondements justes à 0\u{00A0}%."
    ])
    // One of the wrong II.3 answers given as « certain » is also said.
    let index = answers.firstIndex { $0.question.part == .thirdParties }!
    answers[index].certainty = .level(.certain)
    let recommendation = AssessmentProfile(answers: answers).recommendation
    #expect(recommendation.reasons == [
      "II.3 Demandes de tiers : 0 bonne décision sur 5, fondements justes à 0\u{00A0}%, 1 erreur en étant sûr de vous."
    ])
    #expect(recommendation.paragraphs.last!.hasPrefix("Vous vous êtes trompé 1 fois en étant sûr de vous"))
  }

  @Test func mostlyWrongAnswersAreSentToDiscoveryWithTheWeakestPartsFirst() {
    let answers = Self.assessment(right: [.conclusions, .insideCPAS])
    let recommendation = AssessmentProfile(answers: answers).recommendation
    #expect(recommendation.level == .discovery)
    // Three parts at 0 %: the heaviest in the course first.
    #expect(recommendation.parts == [.thirdParties, .foundations, .exceptions])
    #expect(recommendation.paragraphs[0].hasPrefix("Niveau conseillé : découverte."))
  }

  @Test func halfTheAnswersAsDontKnowIsDiscoveryEvenWhenTheRestIsRight() {
    var answers = Self.assessment(right: Set(ProgrammePart.allCases), certainty: .level(.certain))
    for index in 0..<8 { answers[index] = crafted(answers[index].question.part, decision: 0, ground: 0, certainty: .dontKnow) }
    let recommendation = AssessmentProfile(answers: answers).recommendation
    #expect(recommendation.level == .discovery)
    #expect(recommendation.reasons.allSatisfy { $0.contains("« je ne sais pas »") })
  }

  @Test func strongAnswersWithAConfidentMistakeStayAtPractice() {
    var answers = Self.assessment(right: Set(ProgrammePart.allCases), certainty: .level(.certain))
    answers[0] = crafted(answers[0].question.part, decision: 0, ground: 1, certainty: .level(.certain))
    let recommendation = AssessmentProfile(answers: answers).recommendation
    #expect(AssessmentProfile(answers: answers).rate > 0.8)
    #expect(recommendation.level == .practice)
    #expect(recommendation.parts == [answers[0].question.part])
  }
}
