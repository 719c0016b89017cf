import ConfidentScheduling
import Foundation

extension PracticeSession {
  /// The opening of the session and its first question (or why there is none).
  public mutating func start() -> [Output] {
    var output = startProblem
    guard !pool.isEmpty else {
      isFinished = true
      return output + [.paragraph(emptyPoolMessage, .warning)]
    }
    guard index < plan.count else {
      isFinished = true
      try? store.saveSession(nil)
      return output + [
        .heading("Pratique"),
        .paragraph("Rien à revoir aujourd'hui, et les nouveaux cas du jour sont faits (\(options.newPerDay) par jour au plus, « --nouveaux N » pour changer). Revenez demain !", .good),
      ]
    }
    if isResumed {
      output.append(.paragraph("Reprise de la session interrompue : cas \(index + 1) sur \(plan.count).", .emphasis))
      output += resumeCurrentCase()
      return output
    }
    let reviews = plan.filter { $0.reason != .new }.count
    output.append(.heading("Pratique — \(plan.count) cas"))
    output.append(.paragraph(
      "\(reviews) à revoir, \(plan.count - reviews) nouveau\(plan.count - reviews > 1 ? "x" : ""). "
        + (options.asksCertainty ? "Après chaque décision : votre certitude (1 je doute · 2 probable · 3 certain). " : "")
        + "« quitter » interrompt ; « pratique » reprendra.", .muted))
    output += beginCase()
    return output
  }

  var emptyPoolMessage: String {
    var filters: [String] = []
    if let point = options.point { filters.append("le point « \(point.echoed) »") }
    if let theme = options.theme { filters.append("le thème « \(theme.echoed) »") }
    return filters.isEmpty
      ? "Aucun cas dans la banque."
      : "Aucun cas pour \(filters.joined(separator: " et ")). « cas » donne le programme."
  }

  /// Starts the case at ``index``: its situation and first question.
  mutating func beginCase() -> [Output] {
    guard let planned = plan[safe: index], let played = bank.case(planned.caseID) else { return finishSession() }
    play = CasePlay(played, order: options.order.forPlay(index + 1))
    caseCardAtStart = cards[.case(played.id)]
    worstRating = nil
    answersThisCase = []
    save()
    var output: [Output] = [.heading(played.title), .paragraph("Cas \(index + 1)/\(plan.count) · \(describe(planned.reason)) · niveau \(played.level)", .muted)]
    output.append(.paragraph(played.situation.replacingOccurrences(of: "\n", with: "\n\n")))
    output += question()
    return output
  }

  func describe(_ reason: PlannedCase.Reason) -> String {
    switch reason {
    case .dueCase: return "à revoir"
    case .dueGround(let id): return "pour revoir le fondement « \(bank.ground(id)?.label ?? id) »"
    case .new: return "nouveau"
    }
  }

  /// Replays the answers already given to the interrupted case, then asks the next step.
  mutating func resumeCurrentCase() -> [Output] {
    guard let planned = plan[safe: index], let played = bank.case(planned.caseID) else { return finishSession() }
    var replayed = CasePlay(played, order: options.order.forPlay(index + 1))
    for (number, answer) in answersThisCase.enumerated() {
      if number > 0 { replayed.advance() }
      _ = replayed.answer(option: answer.option, ground: answer.ground)
    }
    var output: [Output] = [.heading(played.title), .paragraph(played.situation.replacingOccurrences(of: "\n", with: "\n\n"))]
    let moved = answersThisCase.isEmpty || replayed.advance() != nil
    play = replayed
    if moved { return output + question() }
    output = [.paragraph("Le cas « \(played.title) » était terminé.", .muted)]
    return output + nextCase()
  }

  /// Puts the current step's question, options in this play's order.
  mutating func question() -> [Output] {
    guard let play else { return [] }
    state = .decision
    questionShownAt = clock.now()
    explained = false
    let step = play.step
    var output: [Output] = []
    if !play.results.isEmpty { output.append(.heading("Étape suivante")) }
    output.append(.blank)
    output.append(.paragraph(step.question, .emphasis))
    for (position, authored) in play.shownOrder.enumerated() {
      output.append(.item(marker: "\(optionLetter(position)))", text: step.options[authored].text))
    }
    return output
  }

  public mutating func handle(_ line: String) -> [Output] {
    let trimmed = line.trimmingUnicodeWhitespace()
    guard !isFinished else { return [] }
    if case .result = state, trimmed.isEmpty || Command.isNext(trimmed) {
      return trimmed.isEmpty && !explained ? explain() : goOn()
    }
    if trimmed.isEmpty { return [] }
    switch trimmed.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) {
    case "quitter", "quit", "exit": return interrupt()
    case "aide", "help", "?": return help()
    case "question", "revoir": return redraw()
    case "indice", "hint":
      guard case .decision = state, let step = play?.step else { return [.paragraph("Les indices ne sont disponibles que pendant une question.", .muted)] }
      return [.paragraph(step.hint.map { "Indice : \($0)" } ?? "Pas d'indice pour cette étape.", .emphasis)]
    case "passer", "skip", "je ne sais pas", "?!": return skip()
    default: break
    }
    switch state {
    case .decision: return answerDecision(trimmed)
    case .certainty(let option): return answerCertainty(trimmed, option: option)
    case .ground(let option, let certainty): return answerGround(trimmed, option: option, certainty: certainty)
    case .result: return [.paragraph("Appuyez sur Entrée pour l'explication, ou tapez « suivant » pour continuer.", .warning)]
    case .over: return []
    }
  }

  mutating func answerDecision(_ answer: String) -> [Output] {
    guard let play else { return [] }
    let count = play.step.options.count
    guard let position = optionPosition(answer, count: count), let authored = play.authoredIndex(shownAt: position) else {
      return [.paragraph("Répondez par une lettre de a à \(optionLetter(count - 1)) (ou « passer » : je ne sais pas).", .warning)]
    }
    guard options.asksCertainty else {
      state = .ground(option: authored, certainty: nil)
      return learnerScreen.groundQuestion(full: !learnerScreen.groundListShown)
    }
    state = .certainty(option: authored)
    return certaintyQuestion(chosen: play.letter(ofAuthored: authored))
  }

  func certaintyQuestion(chosen: String) -> [Output] {
    [
      .blank,
      .paragraph("Réponse \(chosen)). À quel point en êtes-vous sûr ?", .emphasis),
      .paragraph("1 je doute (+1 / 0) · 2 probable (+2 / −2) · 3 certain (+3 / −6)", .muted),
    ]
  }

  mutating func answerCertainty(_ answer: String, option: Int) -> [Output] {
    guard let certainty = Certainty(answer: answer) else {
      return [.paragraph("Répondez 1 (je doute), 2 (probable) ou 3 (certain).", .warning)]
    }
    state = .ground(option: option, certainty: certainty)
    return learnerScreen.groundQuestion(full: !learnerScreen.groundListShown)
  }

  mutating func answerGround(_ answer: String, option: Int, certainty: Certainty?) -> [Output] {
    let folded = answer.lowercased()
    if folded == "liste" || folded == "list" { return learnerScreen.groundQuestion(full: true) }
    let groundID: String
    if let ground = bank.ground(folded) {
      groundID = ground.id
    } else if let number = smallNumber(folded), bank.grounds.indices.contains(number - 1) {
      groundID = bank.grounds[number - 1].id
    } else {
      return [.paragraph("Fondement inconnu : « \(answer.echoed) ». Donnez un numéro de 1 à \(bank.grounds.count) ou un identifiant (« liste » pour les revoir).", .warning)]
    }
    return answered(option: option, ground: groundID, certainty: certainty)
  }

  /// « passer » : « je ne sais pas », marked 0, rated Again.
  mutating func skip() -> [Output] {
    switch state {
    case .decision, .certainty, .ground: return answered(option: nil, ground: nil, certainty: nil)
    case .result: return goOn()
    case .over: return []
    }
  }

  /// Scores, records and shows one answer.
  mutating func answered(option: Int?, ground: String?, certainty: Certainty?) -> [Output] {
    guard var play else { return [] }
    let step = play.step
    let result = play.answer(option: option, ground: ground)
    self.play = play
    answersThisCase.append(.init(option: result.option, ground: result.ground))
    let now = clock.now()
    let grading = PracticeGrading(step: step, result: result, certainty: certainty, asksCertainty: options.asksCertainty)
    tally.add(result, mark: grading.mark)
    var output: [Output] = []
    do {
      try record(result, step: step, grading: grading, at: now)
    } catch {
      output.append(.paragraph("Attention : cette réponse n'a pas pu être enregistrée (\(error)).", .bad))
    }
    state = .result
    explained = option == nil
    output += resultBlock(result, grading: grading, play: play)
    save()
    return output
  }

  /// The learner's result block, with the certainty and its CBM mark beside the points.
  func resultBlock(_ result: StepResult, grading: PracticeGrading, play: CasePlay) -> [Output] {
    guard result.option != nil else {
      var output: [Output] = [.heading("Je ne sais pas (0 point)")]
      output += learnerScreen.otherOptions(play.step, chosen: nil, play: play)
      output += learnerScreen.explanation(of: play.step)
      output.append(.paragraph("Entrée ou « suivant » : la suite.", .muted))
      return output
    }
    var block = learnerScreen.resultBlock(result, play: play)
    if let mark = grading.mark, let certainty = grading.certainty, block.indices.contains(1),
      case .paragraph(let text, let tone) = block[1]
    {
      block[1] = .paragraph("\(text) · \(certainty.label) \(mark > 0 ? "+" : "")\(mark == 0 ? "0" : String(mark).replacingOccurrences(of: "-", with: "−"))", tone)
    }
    return block
  }

  /// After Entrée: every other option's why, the expected grounds, explanation, references.
  mutating func explain() -> [Output] {
    guard let play else { return [] }
    explained = true
    let step = play.step
    var output: [Output] = [.heading("Explication")]
    if let chosen = play.results.last?.option {
      output.append(.item(marker: "Votre réponse (\(play.letter(ofAuthored: chosen))) :", text: step.options[chosen].feedback))
    }
    output += learnerScreen.otherOptions(step, chosen: play.results.last?.option, play: play)
    output += learnerScreen.explanation(of: step)
    output.append(.paragraph("Entrée ou « suivant » : la suite.", .muted))
    return output
  }

  /// « suivant » after a result: the next step, or the end of the case and the next one.
  mutating func goOn() -> [Output] {
    guard var play else { return [] }
    if play.advance() != nil {
      self.play = play
      return question()
    }
    self.play = play
    tally.cases += 1
    let score = play.score
    var output: [Output] = [
      .heading("Fin du cas"),
      .paragraph("Score : \(formatPoints(score.total))/\(formatPoints(score.totalMax)) — décision \(formatPoints(score.decision))/\(formatPoints(score.decisionMax)), fondement \(formatPoints(score.ground))/\(formatPoints(score.groundMax)).", .emphasis),
    ]
    if let card = cards[.case(play.played.id)] {
      output.append(.paragraph("Prochaine révision de ce cas : \(Self.frenchDelay(from: clock.now(), to: card.due)).", .muted))
    }
    return output + nextCase()
  }

  mutating func nextCase() -> [Output] {
    index += 1
    play = nil
    guard index < plan.count else { return finishSession() }
    return beginCase()
  }

  /// The closing summary; the saved session is cleared.
  mutating func finishSession() -> [Output] {
    state = .over
    isFinished = true
    play = nil
    try? store.saveSession(nil)
    var output: [Output] = [.heading("Session terminée")]
    output += summary()
    output.append(.paragraph("« progression » : vos statistiques. À demain pour les révisions !", .muted))
    return output
  }

  func summary() -> [Output] {
    guard tally.steps > 0 else { return [.paragraph("Aucune réponse dans cette session.", .muted)] }
    var lines: [Output] = [
      .item(marker: "Cas :", text: "\(tally.cases) · étapes : \(tally.steps)"),
      .item(marker: "Décisions :", text: "\(formatPoints(tally.decision))/\(formatPoints(tally.decisionMax))"),
      .item(marker: "Fondements :", text: "\(formatPoints(tally.ground))/\(formatPoints(tally.groundMax))"),
    ]
    if options.asksCertainty { lines.append(.item(marker: "Certitude :", text: "\(tally.marks > 0 ? "+" : "")\(tally.marks) point\(abs(tally.marks) > 1 ? "s" : "") (barème de Moodle)")) }
    return lines
  }

  /// « quitter » or the end of input in the middle: everything is already recorded.
  mutating func interrupt() -> [Output] {
    guard !isFinished else { return [] }
    if case .result = state, let play, play.nextStepID == nil {
      // The last step of the case was answered: the case counts as done.
      index += 1
      self.play = nil
      answersThisCase = []
      tally.cases += 1
      if index >= plan.count { return finishSession() }
      caseCardAtStart = plan[safe: index].flatMap { cards[.case($0.caseID)] }
      worstRating = nil
    }
    save()
    isFinished = true
    state = .over
    return [
      .heading("Session interrompue"),
      .paragraph("Vos réponses sont enregistrées. « pratique » reprend la session au cas \(index + 1) sur \(plan.count).", .emphasis),
    ] + summary()
  }

  public mutating func endOfInput() -> [Output] { interrupt() }

  public mutating func redraw() -> [Output] {
    guard let play else { return [] }
    switch state {
    case .decision: return [.heading(play.played.title), .paragraph(play.played.situation)] + question()
    case .certainty(let option): return certaintyQuestion(chosen: play.letter(ofAuthored: option))
    case .ground: return learnerScreen.groundQuestion(full: true)
    case .result, .over: return [.paragraph("Entrée ou « suivant » : la suite.", .muted)]
    }
  }

  func help() -> [Output] {
    let commands = [
      ("a, b, c…", "votre décision ; puis votre certitude, puis le fondement"),
      ("1, 2, 3", "certitude : je doute (+1 / 0), probable (+2 / −2), certain (+3 / −6)"),
      ("Entrée, suivant", "après un résultat : l'explication, puis la suite"),
      ("passer", "je ne sais pas : 0 point, le cas reviendra bientôt"),
      ("indice", "un indice pour l'étape en cours"),
      ("question", "réaffiche la question en cours (Ctrl-L aussi)"),
      ("quitter", "interrompt la session (Ctrl-D aussi) ; « pratique » la reprend"),
    ]
    let width = commands.map(\.0.count).max() ?? 0
    return [.heading("Pratique — commandes")]
      + commands.map { .item(marker: $0.0.padding(toLength: width, withPad: " ", startingAt: 0), text: $0.1) }
  }

  public func completions(for textBeforeCursor: String) -> [String] {
    let current = String(textBeforeCursor.split(separator: " ", omittingEmptySubsequences: false).last ?? "")
    var candidates = ["aide", "indice", "passer", "question", "quitter", "suivant"]
    if case .ground = state { candidates += bank.grounds.map(\.id) + ["liste"] }
    return candidates.filter { $0.hasPrefix(current) }.sorted()
  }

  /// Keeps the session in the store, to resume it.
  func save() {
    let snapshot = PracticeSnapshot(
      sessionID: sessionID, options: options, plan: plan, index: index, answers: answersThisCase,
      caseCardAtStart: caseCardAtStart, worstRating: worstRating, tally: tally)
    try? store.saveSession(SavedSession(sessionID: sessionID, mode: .practice, savedAt: clock.now(), payload: snapshot.encoded()))
  }

  /// « dans 10 min », « dans 3 h », « demain », « dans 12 jours ».
  static func frenchDelay(from now: Date, to due: Date) -> String {
    let seconds = due.timeIntervalSince(now)
    if seconds < 60 { return "maintenant" }
    if seconds < 3600 { return "dans \(Int(seconds / 60)) min" }
    if seconds < 86_400 { return "dans \(Int(seconds / 3600)) h" }
    let days = Int((seconds / 86_400).rounded())
    return days <= 1 ? "demain" : "dans \(days) jours"
  }
}
