import ConfidentScheduling
import Foundation

extension AssessmentSession {
  static let certaintyQuestion = "Êtes-vous sûr ? 1 je doute · 2 probable · 3 certain · ? je ne sais pas"

  /// Question `index`: « Question 4/15 », the situation, the first step and its options.
  mutating func question(_ index: Int) -> [Output] {
    guard let play = play(index) else { return [] }
    state = .decision(index: index)
    let step = play.step
    var output: [Output] = [
      .heading("\(counter(index)) — \(play.played.title)"),
      .paragraph(play.played.situation.replacingOccurrences(of: "\n", with: "\n\n")),
      .blank,
      .paragraph(step.question, .emphasis),
    ]
    for (position, authored) in play.shownOrder.enumerated() {
      output.append(.item(marker: "\(optionLetter(position)))", text: step.options[authored].text))
    }
    output.append(.item(marker: "?)", text: "Je ne sais pas", tone: .muted))
    return output
  }

  /// A decision, a ground or a certainty, depending on the state.
  mutating func answerQuestion(_ text: String) -> [Output] {
    switch state {
    case .decision(let index):
      guard let play = play(index), let position = optionPosition(text, count: play.step.options.count),
        let authored = play.authoredIndex(shownAt: position)
      else {
        let count = play(index)?.step.options.count ?? 1
        return [.paragraph("Répondez par une lettre de a à \(optionLetter(count - 1)), ou « ? » si vous ne savez pas.", .warning)]
      }
      state = .ground(index: index, option: authored)
      return groundQuestion(full: !groundListShown)
    case .ground(let index, let option):
      let folded = text.lowercased()
      if folded == "liste" || folded == "list" { return groundQuestion(full: true) }
      let groundID: String
      if let ground = bank.ground(folded) {
        groundID = ground.id
      } else if let number = smallNumber(folded), bank.grounds.indices.contains(number - 1) {
        groundID = bank.grounds[number - 1].id
      } else {
        return [.paragraph("Fondement inconnu : « \(text.echoed) ». Donnez un numéro de 1 à \(bank.grounds.count) (« liste » pour les revoir), ou « ? ».", .warning)]
      }
      state = .certainty(index: index, option: option, ground: groundID)
      return [.blank, .paragraph(Self.certaintyQuestion, .emphasis)]
    case .certainty(let index, let option, let ground):
      guard let certainty = Certainty(answer: text) else {
        return [.paragraph("Répondez 1 (je doute), 2 (probable) ou 3 (certain), ou « ? » si vous ne savez pas.", .warning)]
      }
      return give(index, option: option, ground: ground, certainty: .level(certainty))
    case .intro, .profile, .review:
      return []
    }
  }

  /// « je ne sais pas » at any moment of a question.
  mutating func answerDontKnow() -> [Output] {
    switch state {
    case .decision(let index), .ground(let index, _), .certainty(let index, _, _):
      return give(index, option: nil, ground: nil, certainty: .dontKnow)
    case .intro, .profile, .review:
      return []
    }
  }

  /// « Sur quelle base ? » with the whole list the first time, then a one-line reminder.
  mutating func groundQuestion(full: Bool) -> [Output] {
    guard full else {
      return [.blank, .paragraph("Sur quelle base ? Numéro de 1 à \(bank.grounds.count), ou « liste » pour revoir les fondements.", .emphasis)]
    }
    groundListShown = true
    var output: [Output] = [.blank, .paragraph("Sur quelle base ? Choisissez un numéro :", .emphasis)]
    for (number, ground) in bank.grounds.enumerated() {
      let marker = "\(number + 1).".padding(toLength: bank.grounds.count >= 10 ? 3 : 2, withPad: " ", startingAt: 0)
      output.append(.item(marker: marker, text: ground.label))
    }
    return output
  }

  /// Scores and records an answer, saves the state, and shows the next question or the end.
  mutating func give(_ index: Int, option: Int?, ground: String?, certainty: CertaintyAnswer) -> [Output] {
    guard let play = play(index) else { return [] }
    let answer = AssessmentAnswer.scored(
      questions[index], case: play.played, shownOrder: play.shownOrder, option: option, groundID: ground,
      certainty: certainty)
    answers.append(answer)
    var output = record(answer, step: play.step)
    output += saveProgress()
    if answers.count < questions.count {
      questionShownAt = clock()
      output.append(.paragraph(certainty == .dontKnow ? "Noté : « je ne sais pas »." : "Réponse notée.", .muted))
      return output + question(answers.count)
    }
    return output + finish()
  }

  /// The answer in the store (mode assessment) with the case's card reviewed, so that
  /// practice schedules what the assessment found.
  mutating func record(_ answer: AssessmentAnswer, step: Step) -> [Output] {
    guard let store else { return [] }
    let now = clock()
    let level: Certainty? = if case .level(let level) = answer.certainty { level } else { nil }
    let record = AnswerRecord(
      caseID: answer.question.caseID, stepID: answer.stepID, authoredOption: answer.option,
      shownOrder: answer.shownOrder, groundID: answer.groundID, certainty: level,
      decisionPoints: answer.decisionPoints, groundPoints: answer.groundPoints, cbmMark: answer.mark,
      timeTakenMilliseconds: max(0, Int(now.timeIntervalSince(questionShownAt) * 1000)), mode: .assessment,
      sessionID: sessionID, answeredAt: now, stepContentHash: step.contentHash)
    do {
      let key = CardKey.case(answer.question.caseID)
      let card = try store.cards(for: [key])[key] ?? Card(due: now)
      let rating = Rating(AnsweredStep(decisionIsRight: answer.isRight, groundIsAccepted: answer.groundPoints >= 1, certainty: level))
      try store.record(record, cards: [CardRecord(key: key, card: Scheduler.standard.review(card, rating: rating, at: now))])
      return []
    } catch {
      return storeProblem("Votre réponse n'a pas pu être enregistrée dans la progression : elle comptera pour ce profil, mais pas pour la pratique.")
    }
  }

  /// The state in the resume slot: cleared once every question is answered.
  mutating func saveProgress() -> [Output] {
    guard let resumeSlot else { return [] }
    do {
      if answers.count >= questions.count {
        try resumeSlot.save(nil)
      } else {
        let snapshot = Snapshot(sessionID: sessionID, seed: seed, questions: questions, answers: answers)
        try resumeSlot.save(try JSONEncoder().encode(snapshot))
      }
      return []
    } catch {
      return storeProblem("L'évaluation en cours n'a pas pu être sauvegardée : elle ne pourra pas reprendre si vous la quittez.")
    }
  }

  /// A warning shown once per assessment.
  mutating func storeProblem(_ message: String) -> [Output] {
    guard !storeFailed else { return [] }
    storeFailed = true
    return [.paragraph(message, .warning)]
  }
}
