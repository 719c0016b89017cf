import ConfidentScheduling
import Foundation
import Testing

@testable import ConfidentCore

@Suite struct ScoringTests {
  @Test func dontKnowScoresNothingAndIsNeverPenalised() {
    var session = AssessmentSession(bank: AssessmentFixtures.crafted, count: 3, seed: 1, sessionID: "s")
    _ = session.start()
    _ = session.handle("")
    // A wrong option chosen, then « je ne sais pas » at the certainty question.
    _ = session.handle(AssessmentFixtures.letter(session, question: 0, authored: 2))
    _ = session.handle("1")
    _ = session.handle("je ne sais pas")
    AssessmentFixtures.answer(&session, authored: nil)
    _ = session.handle(AssessmentFixtures.letter(session, question: 2, authored: 0))
    _ = session.handle("jnsp")
    #expect(session.answers.count == 3)
    for answer in session.answers {
      #expect(answer.certainty == .dontKnow)
      #expect(answer.option == nil && answer.groundID == nil)
      #expect(answer.decisionPoints == 0 && answer.groundPoints == 0 && answer.mark == 0)
      #expect(!answer.isConfidentMistake)
    }
    #expect(session.profile.cbmTotal == 0)
    #expect(session.profile.cbmMax == 9)
  }

  @Test func cbmTotalsAddTheMarksOfEveryCertainty() {
    let answers = [
      crafted(.exceptions, decision: 2, ground: 1, certainty: .level(.certain)),  // +3
      crafted(.exceptions, decision: 0, ground: 0, certainty: .level(.certain)),  // −6
      crafted(.thirdParties, decision: 2, ground: 1, certainty: .level(.probable)),  // +2
      crafted(.thirdParties, decision: 0, ground: 1, certainty: .level(.probable)),  // −2
      crafted(.tempering, decision: 2, ground: 0.5, certainty: .level(.doubt)),  // +1
      crafted(.tempering, decision: 0, ground: 0, certainty: .level(.doubt)),  // 0
      crafted(.foundations, decision: 0, ground: 0, certainty: .dontKnow),  // 0
    ]
    let profile = AssessmentProfile(answers: answers)
    #expect(profile.cbmTotal == -2)
    #expect(profile.cbmMax == 21)
    #expect(profile.dontKnowCount == 1)
    #expect(profile.confidentMistakes.map(\.certainty) == [.level(.certain), .level(.probable)])
  }

  @Test func anAcceptableOptionIsRightOnlyOnADebatedStep() {
    let played = AssessmentFixtures.crafted.cases[0]
    let question = AssessmentQuestion(caseID: played.id, part: .foundations)
    let plain = AssessmentAnswer.scored(question, case: played, shownOrder: [0, 1, 2], option: 1, groundID: "secret", certainty: .level(.certain))
    #expect(plain.decisionPoints == 1 && !plain.isRight && plain.mark == -6)
    var debated = played
    debated.steps[0].debated = true
    let defensible = AssessmentAnswer.scored(question, case: debated, shownOrder: [0, 1, 2], option: 1, groundID: "partage", certainty: .level(.certain))
    #expect(defensible.isRight && defensible.mark == 3 && defensible.groundPoints == 0.5)
  }

  @Test func calibrationSaysHowOftenEachCertaintyWasRight() {
    var answers = (0..<6).map { _ in crafted(.exceptions, decision: 2, ground: 1, certainty: .level(.certain)) }
    answers += (0..<4).map { _ in crafted(.exceptions, decision: 0, ground: 0, certainty: .level(.certain)) }
    answers += [
      crafted(.thirdParties, decision: 2, ground: 1, certainty: .level(.probable)),
      crafted(.thirdParties, decision: 2, ground: 1, certainty: .level(.probable)),
      crafted(.thirdParties, decision: 0, ground: 1, certainty: .level(.probable)),
      crafted(.tempering, decision: 2, ground: 1, certainty: .level(.doubt)),
      crafted(.tempering, decision: 2, ground: 1, certainty: .level(.doubt)),
    ]
    let sentences = AssessmentProfile(answers: answers).calibration.map(\.sentence)
    #expect(sentences == [
      "Quand vous étiez certain, vous aviez raison 6 fois sur 10. Pour être certain, il faut avoir raison au moins 8 fois sur 10 : vous avez été trop sûr de vous.",
      "Quand vous répondiez « probable », vous aviez raison 2 fois sur 3. C'est bien ce que « probable » veut dire.",
      "Quand vous doutiez, vous aviez raison 2 fois sur 2. C'est plus de 2 fois sur 3 : vous en saviez plus que vous ne le pensiez.",
    ])
  }

  @Test func wellPlacedCertaintyIsSaidSo() {
    let answers = (0..<5).map { _ in crafted(.exceptions, decision: 2, ground: 1, certainty: .level(.certain)) }
      + [crafted(.tempering, decision: 0, ground: 0, certainty: .level(.doubt))]
    let lines = AssessmentProfile(answers: answers).calibration
    #expect(lines.map(\.judgement) == [.calibrated, .calibrated])
    #expect(lines[0].sentence == "Quand vous étiez certain, vous aviez raison 5 fois sur 5. C'est ce qu'il faut pour se dire certain.")
    #expect(lines[1].sentence == "Quand vous doutiez, vous aviez raison 0 fois sur 1. Votre doute était fondé.")
  }

  @Test func unreadableAnswersAreRefusedWithAMessage() {
    var session = AssessmentSession(bank: AssessmentFixtures.crafted, count: 2, seed: 1, sessionID: "s")
    _ = session.start()
    _ = session.handle("")
    #expect(AssessmentFixtures.text(session.handle("z")) == "Répondez par une lettre de a à c, ou « ? » si vous ne savez pas.")
    _ = session.handle("a")
    #expect(AssessmentFixtures.text(session.handle("99")) == "Fondement inconnu : « 99 ». Donnez un numéro de 1 à 3 (« liste » pour les revoir), ou « ? ».")
    _ = session.handle("1")
    #expect(AssessmentFixtures.text(session.handle("sûr")) == "Répondez 1 (je doute), 2 (probable) ou 3 (certain), ou « ? » si vous ne savez pas.")
    #expect(session.answers.isEmpty)
  }

  @Test func thePromptAlwaysShowsTheQuestionNumber() {
    var session = AssessmentSession(bank: AssessmentFixtures.crafted, count: 15, seed: 2, sessionID: "s")
    _ = session.start()
    _ = session.handle("")
    for index in 0..<3 {
      #expect(session.prompt.hasPrefix("Question \(index + 1)/15 · réponse"))
      _ = session.handle("a")
      #expect(session.prompt.hasPrefix("Question \(index + 1)/15 · fondement"))
      _ = session.handle("1")
      #expect(session.prompt.hasPrefix("Question \(index + 1)/15 · certitude"))
      _ = session.handle("2")
    }
  }

  @Test func noFeedbackIsShownBeforeTheEnd() {
    var session = AssessmentSession(bank: AssessmentFixtures.crafted, count: 3, seed: 4, sessionID: "s")
    _ = session.start()
    _ = session.handle("")
    let shown = AssessmentFixtures.text(AssessmentFixtures.answer(&session, authored: 2))
    #expect(!shown.contains("Non : rien ne permet de parler."))
    #expect(!shown.contains("Bonne décision") && !shown.contains("Réponse attendue"))
    #expect(shown.contains("Question 2/3"))
  }
}

@Suite struct RedrawTests {
  @Test func questionShowsTheScreenAgainWithoutLosingWhatWasTyped() {
    var session = AssessmentSession(bank: AssessmentFixtures.crafted, count: 2, seed: 8, sessionID: "s")
    _ = session.start()
    _ = session.handle("")
    let letter = AssessmentFixtures.letter(session, question: 0, authored: 2)
    _ = session.handle(letter)
    let again = AssessmentFixtures.text(session.handle("question"))
    #expect(again.hasPrefix("## Question 1/2 — "))
    #expect(again.hasSuffix("Sur quelle base ? Numéro de 1 à 3, ou « liste » pour revoir les fondements."))
    #expect(session.state == .ground(index: 0, option: 2))
    _ = session.handle("1")
    #expect(AssessmentFixtures.text(session.handle("question")).hasSuffix(AssessmentSession.certaintyQuestion))
    _ = session.handle("3")
    #expect(session.answers.map(\.option) == [2])
  }
}
