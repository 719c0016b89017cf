import Foundation

extension Session {
  /// Shows a case's situation and its first step.
  mutating func begin(_ played: Case) -> [Output] {
    guard let first = played.steps.first else { return [] }
    var output: [Output] = [
      .heading(played.title),
      .paragraph(
        "\(played.id) · \(played.points.joined(separator: ", ")) · niveau \(played.level) · droit applicable au \(frenchDate(played.lawDate))",
        .muted),
      .paragraph(played.situation),
    ]
    output += ask(first, in: played)
    return output
  }

  /// Puts the question of `step` and waits for a decision.
  mutating func ask(_ step: Step, in played: Case) -> [Output] {
    state = .decision(caseID: played.id, stepID: step.id)
    var output: [Output] = []
    if played.steps.count > 1, let index = played.steps.firstIndex(of: step), index > 0 {
      output.append(.heading("Étape suivante"))
    }
    output.append(.blank)
    output.append(.paragraph(step.question, .emphasis))
    for (index, option) in step.options.enumerated() {
      output.append(.item(marker: "\(letter(index)))", text: option.text))
    }
    return output
  }

  mutating func answerDecision(_ answer: String, caseID: String, stepID: String) -> [Output] {
    guard let step = bank.case(caseID)?.step(stepID) else { return [] }
    guard let index = optionIndex(answer, count: step.options.count) else {
      return [
        .paragraph(
          "Répondez par une lettre de a à \(letter(step.options.count - 1)) (ou « aide »).", .warning)
      ]
    }
    state = .ground(caseID: caseID, stepID: stepID, option: index)
    var output: [Output] = [.blank, .paragraph("Sur quelle base ? Choisissez un numéro ou tapez un identifiant (Tab complète).", .emphasis)]
    for (number, ground) in bank.grounds.enumerated() {
      output.append(.item(marker: "\(number + 1).", text: "\(ground.label) (\(ground.id))"))
    }
    return output
  }

  /// "b", "B", "b)" or "2" → 1.
  func optionIndex(_ answer: String, count: Int) -> Int? {
    var text = answer.lowercased()
    if text.hasSuffix(")") || text.hasSuffix(".") { text.removeLast() }
    if let number = Int(text), (1...count).contains(number) { return number - 1 }
    guard text.count == 1, let scalar = text.unicodeScalars.first, scalar.isASCII,
      let index = Int(exactly: scalar.value).map({ $0 - 97 }), (0..<count).contains(index)
    else { return nil }
    return index
  }

  mutating func answerGround(_ answer: String, caseID: String, stepID: String, option: Int) -> [Output] {
    guard let played = bank.case(caseID), let step = played.step(stepID) else { return [] }
    let folded = answer.lowercased()
    let groundID: String
    if let number = Int(folded), bank.grounds.indices.contains(number - 1) {
      groundID = bank.grounds[number - 1].id
    } else if let ground = bank.ground(folded) {
      groundID = ground.id
    } else {
      return [.paragraph("Fondement inconnu : « \(answer) ». Donnez un numéro de 1 à \(bank.grounds.count) ou un identifiant.", .warning)]
    }
    let chosen = step.options[option]
    let result = StepResult(
      caseID: caseID, stepID: stepID, option: option, ground: groundID,
      decisionPoints: chosen.verdict.points, decisionMax: step.options.map(\.verdict.points).max() ?? 0,
      groundPoints: step.ground.points(for: groundID))
    results.append(result)
    var output = verdictLines(result, step: step)
    output += reveal(step, chosen: option, in: played)
    output += advance(after: chosen.next, in: played)
    return output
  }

  func verdictLines(_ result: StepResult, step: Step) -> [Output] {
    let decision = step.options[result.option ?? 0].verdict
    let decisionText: String
    let decisionTone: Tone
    switch decision {
    case .correct: (decisionText, decisionTone) = ("correcte", .good)
    case .acceptable: (decisionText, decisionTone) = ("acceptable", .mixed)
    case .incorrect: (decisionText, decisionTone) = ("incorrecte", .bad)
    }
    let groundText: String
    let groundTone: Tone
    switch result.groundPoints {
    case 1: (groundText, groundTone) = ("accepté", .good)
    case 0.5: (groundText, groundTone) = ("en partie", .mixed)
    default: (groundText, groundTone) = ("non retenu", .bad)
    }
    let decisionPhrase = ["correct": "Bonne décision", "acceptable": "Décision acceptable", "incorrect": "Mauvaise décision"][decision.rawValue] ?? ""
    let groundPhrase = result.groundPoints >= 1 ? "bon fondement" : (result.groundPoints > 0 ? "fondement en partie juste" : "mauvais fondement")
    let summary = "\(decisionPhrase), \(groundPhrase)."
    let summaryTone: Tone = decision == .correct && result.groundPoints >= 1 ? .good : (decision == .incorrect && result.groundPoints == 0 ? .bad : .mixed)
    return [
      .heading("Résultat"),
      .item(
        marker: "Décision :",
        text: "\(decisionText) (\(formatPoints(result.decisionPoints))/\(formatPoints(result.decisionMax)))",
        tone: decisionTone),
      .item(
        marker: "Fondement :",
        text: "\(groundText) (\(formatPoints(result.groundPoints))/\(formatPoints(result.groundMax)))",
        tone: groundTone),
      .paragraph(summary, summaryTone),
    ]
  }

  /// Feedback of the chosen and the best options, the expected grounds, explanation, references.
  mutating func reveal(_ step: Step, chosen: Int?, in played: Case) -> [Output] {
    lastRevealed = (played.id, step.id)
    var output: [Output] = []
    if step.debated {
      output.append(.paragraph("Question débattue : la doctrine ou la pratique des CPAS est divisée ; plusieurs réponses se défendent.", .warning))
    }
    if step.unsettled {
      output.append(.paragraph("Point que les textes ne tranchent pas : la réponse attendue est la plus prudente.", .warning))
    }
    if let chosen {
      let option = step.options[chosen]
      output.append(.item(marker: "Votre réponse (\(letter(chosen))) :", text: option.feedback))
    }
    // A debated step shows every defensible position; otherwise the best answer(s).
    let others = step.debated ? step.options.indices.filter { step.options[$0].verdict != .incorrect } : step.bestOptions
    for index in others where index != chosen {
      let option = step.options[index]
      let label = step.debated ? "Position défendable" : "Réponse attendue"
      output.append(.item(marker: "\(label) (\(letter(index))) :", text: "\(option.text) — \(option.feedback)", tone: .good))
    }
    output += explanation(of: step)
    return output
  }

  /// The ground explanation and the references of a step (also what `pourquoi` shows).
  func explanation(of step: Step) -> [Output] {
    let labels = step.ground.accepted.map { bank.ground($0)?.label ?? $0 }
    var output: [Output] = [.item(marker: "Fondement attendu :", text: labels.joined(separator: " ; "))]
    if !step.ground.partial.isEmpty {
      let partial = step.ground.partial.map { bank.ground($0)?.label ?? $0 }
      output.append(.item(marker: "En partie :", text: partial.joined(separator: " ; "), tone: .muted))
    }
    output.append(.paragraph(step.ground.explanation))
    if !step.references.isEmpty {
      output.append(.paragraph("Références :", .muted))
      output += citations(step.references)
    }
    return output
  }

  /// Goes to the next step, or ends the case.
  mutating func advance(after next: String?, in played: Case) -> [Output] {
    if let next, let step = played.step(next) {
      return ask(step, in: played)
    }
    return finish(played)
  }

  mutating func finish(_ played: Case) -> [Output] {
    state = .home
    let score = Score(results.filter { $0.caseID == played.id }.suffix(played.steps.count))
    var output: [Output] = [
      .heading("Fin du cas"),
      .paragraph(
        "Score : \(formatPoints(score.total))/\(formatPoints(score.totalMax)) — décision \(formatPoints(score.decision))/\(formatPoints(score.decisionMax)), fondement \(formatPoints(score.ground))/\(formatPoints(score.groundMax)).",
        .emphasis),
    ]
    if !played.references.isEmpty {
      output.append(.paragraph("Pour aller plus loin :", .muted))
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
      return [.paragraph("Rien à expliquer encore : répondez d'abord à une question.", .muted)]
    }
    return [.heading("Pourquoi")] + explanation(of: step)
  }

  func hint() -> [Output] {
    guard case .decision(let caseID, let stepID) = state,
      let step = bank.case(caseID)?.step(stepID)
    else {
      return [.paragraph("Pas d'indice hors d'une question.", .muted)]
    }
    return [.paragraph(step.hint.map { "Indice : \($0)" } ?? "Pas d'indice pour cette étape.", .muted)]
  }

  mutating func skip() -> [Output] {
    let caseID: String
    let stepID: String
    switch state {
    case .home: return [.paragraph("Aucune question en cours.", .muted)]
    case .decision(let c, let s), .ground(let c, let s, _): (caseID, stepID) = (c, s)
    }
    guard let played = bank.case(caseID), let step = played.step(stepID) else { return [] }
    results.append(
      StepResult(
        caseID: caseID, stepID: stepID, option: nil, ground: nil, decisionPoints: 0,
        decisionMax: step.options.map(\.verdict.points).max() ?? 0, groundPoints: 0))
    var output: [Output] = [.paragraph("Étape passée (0 point).", .muted)]
    output += reveal(step, chosen: nil, in: played)
    let next = step.bestOptions.first.flatMap { step.options[$0].next }
    output += advance(after: next, in: played)
    return output
  }
}

/// "2026-11-27" → "27/11/2026"; anything else unchanged.
func frenchDate(_ iso: String) -> String {
  let parts = iso.split(separator: "-")
  guard parts.count == 3 else { return iso }
  return "\(parts[2])/\(parts[1])/\(parts[0])"
}
