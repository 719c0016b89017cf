import Foundation

extension Session {
  /// Shows a case's situation and its first step.
  mutating func begin(_ played: Case) -> [Output] {
    plays += 1
    let play = CasePlay(played, order: order.forPlay(plays))
    self.play = play
    explained = false
    let levels = [1: "découverte", 2: "pratique", 3: "approfondissement"]
    var output: [Output] = [
      .heading(played.title),
      .paragraph(
        "Niveau \(played.level) (\(levels[played.level] ?? "")) · droit applicable au \(frenchDate(played.lawDate))",
        .muted),
      // Folded YAML keeps a blank line as one newline: show it as a paragraph break.
      .paragraph(played.situation.replacingOccurrences(of: "\n", with: "\n\n")),
    ]
    output += authorNotes(for: played)
    output += question(play)
    return output
  }

  /// Puts the question of the current step, options in this play's order, and waits.
  mutating func question(_ play: CasePlay) -> [Output] {
    let step = play.step
    state = .decision(caseID: play.played.id, stepID: step.id)
    var output: [Output] = []
    if play.results.count > 0 { output.append(.heading("Étape suivante")) }
    output.append(.blank)
    output.append(.paragraph(step.question, .emphasis))
    for (position, authored) in play.shownOrder.enumerated() {
      output.append(.item(marker: "\(optionLetter(position)))", text: step.options[authored].text))
    }
    output += authorNotes(for: step, in: play)
    return output
  }

  mutating func answerDecision(_ answer: String) -> [Output] {
    guard let play else { return [] }
    let step = play.step
    guard let position = optionPosition(answer, count: step.options.count),
      let authored = play.authoredIndex(shownAt: position)
    else {
      return [
        .paragraph(
          "Répondez par une lettre de a à \(optionLetter(step.options.count - 1)) (ou « aide »).", .warning)
      ]
    }
    state = .ground(caseID: play.played.id, stepID: step.id, option: authored)
    return groundQuestion(full: !groundListShown)
  }

  /// « Sur quelle base ? » with the whole list the first time, then a one-line reminder.
  mutating func groundQuestion(full: Bool) -> [Output] {
    guard full else {
      return [.blank, .paragraph("Sur quelle base ? Numéro de 1 à \(bank.grounds.count), Tab, ou « liste » pour revoir les fondements.", .emphasis)]
    }
    groundListShown = true
    var output: [Output] = [.blank, .paragraph("Sur quelle base ? Choisissez un numéro ou tapez un identifiant (Tab complète).", .emphasis)]
    for (number, ground) in bank.grounds.enumerated() {
      let marker = "\(number + 1).".padding(toLength: bank.grounds.count >= 10 ? 3 : 2, withPad: " ", startingAt: 0)
      output.append(.item(marker: marker, text: "\(ground.label) (\(ground.id))"))
    }
    return output
  }

  mutating func answerGround(_ answer: String, option: Int) -> [Output] {
    guard var play else { return [] }
    let folded = answer.lowercased()
    if folded == "liste" || folded == "list" { return groundQuestion(full: true) }
    let groundID: String
    if let ground = bank.ground(folded) {
      groundID = ground.id
    } else if let number = smallNumber(folded), bank.grounds.indices.contains(number - 1) {
      groundID = bank.grounds[number - 1].id
    } else {
      return [.paragraph("Fondement inconnu : « \(answer.echoed) ». Donnez un numéro de 1 à \(bank.grounds.count) ou un identifiant (« liste » pour les revoir).", .warning)]
    }
    let result = play.answer(option: option, ground: groundID)
    self.play = play
    results.append(result)
    state = .result(caseID: play.played.id, stepID: result.stepID)
    explained = false
    lastRevealed = (play.played.id, result.stepID)
    return resultBlock(result, play: play)
  }

  /// The short block after an answer: verdicts with markers, the feedback on the chosen option,
  /// the expected answer if it was not the best. Kept within ``Screen/resultLines``.
  func resultBlock(_ result: StepResult, play: CasePlay) -> [Output] {
    let step = play.step
    var output: [Output] = [.heading("Résultat"), verdictLine(result, step: step)]
    if step.debated {
      output.append(.paragraph("Question débattue : plusieurs réponses se défendent.", .emphasis))
    } else if step.unsettled {
      output.append(.paragraph("Point que les textes ne tranchent pas.", .emphasis))
    }
    var expected: Output?
    if let chosen = result.option, !isDefensible(chosen, in: step) {
      let best = step.bestOptions
      let marker = best.count > 1 ? "Réponses attendues :" : "Réponse attendue (\(play.letter(ofAuthored: best[0]))) :"
      let text = best.count > 1
        ? best.map { "\(play.letter(ofAuthored: $0))) \(step.options[$0].text)" }.joined(separator: " · ")
        : step.options[best[0]].text
      expected = .item(marker: marker, text: text, tone: .good)
    }
    let footer = Output.paragraph("Entrée : l'explication et les références · « suivant » : la suite", .muted)
    let width = screen.width
    let budget = screen.resultLines - Layout.height(of: output + [footer], width: width)
    let feedback = result.option.map { (marker: "Votre réponse (\(play.letter(ofAuthored: $0))) :", text: step.options[$0].feedback) }
    let feedbackLines = feedback.map { Layout.lines(of: .item(marker: $0.marker, text: $0.text), width: width).count } ?? 0
    if case .item(let marker, let text, let tone) = expected {
      let needed = Layout.lines(of: .item(marker: marker, text: text), width: width).count
      // Both whole when they fit; else the expected answer keeps up to 3 lines, the feedback the rest.
      let lines = needed + feedbackLines <= budget ? needed : min(needed, 3, max(1, budget - 2))
      let short = Layout.shortened(text, marker: marker, maxLines: lines, width: width) ?? text
      expected = .item(marker: marker, text: short, tone: tone)
    }
    let left = budget - (expected.map { Layout.height(of: [$0], width: width) } ?? 0)
    if let feedback {
      let text = Layout.shortened(feedback.text, marker: feedback.marker, maxLines: max(1, left), width: width) ?? feedback.text
      output.append(.item(marker: feedback.marker, text: text))
    }
    if let expected { output.append(expected) }
    output.append(footer)
    return output
  }

  /// The best verdict, or (on a debated step) any defensible one.
  func isDefensible(_ option: Int, in step: Step) -> Bool {
    step.debated ? step.options[option].verdict != .incorrect : step.bestOptions.contains(option)
  }

  func verdictLine(_ result: StepResult, step: Step) -> Output {
    guard let chosen = result.option else {
      return .paragraph("Étape passée.", .muted)
    }
    let decision: String
    switch step.options[chosen].verdict {
    case .correct: decision = "✓ Bonne décision"
    case .acceptable: decision = "~ Décision acceptable"
    case .incorrect: decision = "✗ Décision à revoir"
    }
    let ground = result.groundPoints >= 1 ? "✓ fondement juste" : (result.groundPoints > 0 ? "~ fondement en partie juste" : "✗ fondement à revoir")
    let tone: Tone = result.decisionPoints == result.decisionMax && result.groundPoints >= 1
      ? .good : (result.decisionPoints == 0 && result.groundPoints == 0 ? .bad : .mixed)
    let points = "(\(formatPoints(result.decisionPoints))/\(formatPoints(result.decisionMax)))"
    let groundPoints = "(\(formatPoints(result.groundPoints))/\(formatPoints(result.groundMax)))"
    return .paragraph("\(decision) \(points) · \(ground) \(groundPoints)", tone)
  }

  /// After Entrée: every other option's why, the expected grounds, explanation, references.
  mutating func explainResult() -> [Output] {
    guard let play else { return [] }
    explained = true
    let step = play.step
    var output: [Output] = [.heading("Explication")]
    if let chosen = play.results.last?.option {
      output.append(.item(marker: "Votre réponse (\(play.letter(ofAuthored: chosen))) :", text: step.options[chosen].feedback))
    }
    output += otherOptions(step, chosen: play.results.last?.option, play: play)
    output += explanation(of: step)
    output.append(.paragraph("Entrée ou « suivant » : la suite.", .muted))
    return output
  }

  /// The best options (on a debated step: every defensible one) with their feedback.
  func otherOptions(_ step: Step, chosen: Int?, play: CasePlay) -> [Output] {
    let shown = step.debated ? step.options.indices.filter { step.options[$0].verdict != .incorrect } : step.bestOptions
    return shown.filter { $0 != chosen }.map { index in
      let label = step.debated ? "Position défendable" : "Réponse attendue"
      let option = step.options[index]
      return .item(marker: "\(label) (\(play.letter(ofAuthored: index))) :", text: "\(option.text) — \(option.feedback)", tone: .good)
    }
  }

  /// The ground explanation and the references of a step (also what `pourquoi` shows).
  func explanation(of step: Step) -> [Output] {
    let labels = step.ground.accepted.map { bank.ground($0)?.label ?? $0 }
    var output: [Output] = [.item(marker: "Fondement attendu :", text: labels.joined(separator: " ; "))]
    if !step.ground.partial.isEmpty {
      let partial = step.ground.partial.map { bank.ground($0)?.label ?? $0 }
      output.append(.item(marker: "En partie :", text: partial.joined(separator: " ; ")))
    }
    output.append(.paragraph(step.ground.explanation))
    if !step.references.isEmpty {
      output.append(.paragraph("Références :", .emphasis))
      output += citations(step.references)
    }
    return output
  }

  /// « suivant » after a result: the next step, or the end of the case.
  mutating func goOn() -> [Output] {
    guard var play else { state = .home; return [] }
    explained = false
    if play.advance() != nil {
      self.play = play
      return question(play)
    }
    self.play = play
    return finish(play.played)
  }

  mutating func finish(_ played: Case) -> [Output] {
    state = .home
    let score = play?.score ?? Score()
    play = nil
    var output: [Output] = [
      .heading("Fin du cas"),
      .paragraph(
        "Score : \(formatPoints(score.total))/\(formatPoints(score.totalMax)) — décision \(formatPoints(score.decision))/\(formatPoints(score.decisionMax)), fondement \(formatPoints(score.ground))/\(formatPoints(score.groundMax)).",
        .emphasis),
    ]
    if !played.references.isEmpty {
      output.append(.paragraph("Pour aller plus loin :", .emphasis))
      output += citations(played.references)
    }
    if case .single = mode {
      output += farewell()
    } else {
      output.append(.paragraph("« cas » pour la liste, « bilan » pour le score de la session.", .muted))
    }
    return output
  }

  func why() -> [Output] {
    guard let last = lastRevealed, let step = bank.case(last.caseID)?.step(last.stepID) else {
      return [.paragraph("Rien à expliquer pour l'instant : répondez d'abord à une question.", .muted)]
    }
    return [.heading("Pourquoi")] + explanation(of: step)
  }

  func hint() -> [Output] {
    guard case .decision = state, let step = play?.step else {
      return [.paragraph("Les indices ne sont disponibles que pendant une question.", .muted)]
    }
    return [.paragraph(step.hint.map { "Indice : \($0)" } ?? "Pas d'indice pour cette étape.", .emphasis)]
  }

  mutating func skip() -> [Output] {
    guard var play else { return [.paragraph("Aucune question en cours.", .muted)] }
    if case .result = state { return goOn() }
    let result = play.answer(option: nil, ground: nil)
    self.play = play
    results.append(result)
    state = .result(caseID: play.played.id, stepID: result.stepID)
    lastRevealed = (play.played.id, result.stepID)
    explained = true
    var output: [Output] = [.heading("Étape passée (0 point)")]
    output += otherOptions(play.step, chosen: nil, play: play)
    output += explanation(of: play.step)
    output.append(.paragraph("Entrée ou « suivant » : la suite.", .muted))
    return output
  }
}

/// "2026-11-27" → "27/11/2026"; anything else unchanged.
func frenchDate(_ iso: String) -> String {
  let parts = iso.split(separator: "-")
  guard parts.count == 3 else { return iso }
  return "\(parts[2])/\(parts[1])/\(parts[0])"
}
