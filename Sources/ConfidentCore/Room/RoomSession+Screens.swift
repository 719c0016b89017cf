extension RoomSession {
  /// What the room sees in the current phase.
  func screenOutputs() -> [Output] {
    switch phase {
    case .intro: return introScreen()
    case .vote(let round): return questionScreen(round: round)
    case .distribution(let round): return distributionScreen(round: round)
    case .verdict: return verdictScreen()
    case .ground: return groundScreen()
    case .groundResult: return groundResultScreen()
    case .debrief: return debrief()
    }
  }

  func introScreen() -> [Output] {
    var output: [Output] = [
      .heading(plan.title),
      .paragraph("\(cases.count) cas. Pour chaque question : chacun vote seul, sans voir les autres ; les résultats restent cachés jusqu'à la révélation. Puis discussion, second vote, et la réponse expliquée."),
    ]
    if !teams.isEmpty {
      output.append(.blank)
      output.append(.paragraph("Équipes :", .emphasis))
      output += teams.map { .item(marker: "\($0.letter)", text: $0.name) }
    }
    let missing = plan.entries.filter { bank.case($0.caseID) == nil }.map(\.caseID)
    if !missing.isEmpty {
      output.append(.paragraph("Cas introuvables, laissés de côté : \(missing.joined(separator: ", ")).", .warning))
    }
    output.append(.blank)
    output.append(.paragraph("Entrée pour commencer · « aide » pour les commandes du formateur.", .muted))
    return output
  }

  /// The case's heading: counter and title, never ids, codes or dates.
  func heading(_ suffix: String? = nil) -> Output {
    guard let play else { return .heading(plan.title) }
    var text = "\(caseCounter) · \(play.played.title)"
    if play.played.steps.count > 1 { text += " · étape\u{A0}\(play.results.count + 1)" }
    if let suffix { text += " — \(suffix)" }
    return .heading(text)
  }

  func questionScreen(round: Int) -> [Output] {
    guard let play else { return [] }
    let step = play.step
    var output: [Output] = [heading(round == 2 ? "second vote" : nil)]
    if round == 1, play.results.isEmpty { output.append(.paragraph(play.played.situation)) }
    if round == 2 { output.append(.paragraph("Après la discussion, chacun vote à nouveau.", .emphasis)) }
    output.append(.blank)
    output.append(.paragraph(step.question, .emphasis))
    for (position, authored) in play.shownOrder.enumerated() {
      output.append(.item(marker: "\(optionLetter(position)))", text: step.options[authored].text))
    }
    output.append(.blank)
    let teamHint = teams.isEmpty ? "" : ", équipe : « \(teams[0].letter) b »"
    output.append(.paragraph("Votes : « a 3 b 9 c 2 »\(teamHint) · cachés jusqu'à « reveler »", .muted))
    return output
  }

  /// `a)`, `b)`… with the room's letters, indented for the chart.
  func chartLabels(_ play: CasePlay, marks: Bool = false) -> [String] {
    play.shownOrder.enumerated().map { position, authored in
      let mark = marks ? verdictMark(play.step.options[authored].verdict) + "\u{A0}" : ""
      return "\u{A0}\u{A0}\(mark)\(optionLetter(position)))"
    }
  }

  func distributionScreen(round: Int) -> [Output] {
    guard let play, let record = current else { return [] }
    let chart = RoomChart(width: screen.width, ascii: ascii)
    let labels = chartLabels(play)
    let shown = { (ballot: RoomBallot) in play.shownOrder.map { ballot.distribution[$0] } }
    var output: [Output] = [heading(round == 2 ? "avant et après la discussion" : "résultats du vote")]
    output.append(.blank)
    let lines = round == 2 && record.rounds.count > 1
      ? chart.lines(labels: labels, first: shown(record.rounds[0]), second: shown(record.rounds[1]))
      : chart.lines(labels: labels, counts: shown(record.rounds[0]))
    output += lines.map { .paragraph($0, .emphasis) }
    output.append(.blank)
    output += legend(play)
    if !teams.isEmpty, record.rounds.contains(where: { $0.teamsVoted > 0 }) {
      output.append(.item(marker: "Équipes :", text: teamChoices(record, play: play)))
    }
    output.append(.blank)
    if round == 1 { output.append(.paragraph("Discussion entre voisins, puis « revoter » · Entrée : la réponse", .muted)) }
    return output
  }

  /// Each option on one line, to read the chart's letters.
  func legend(_ play: CasePlay) -> [Output] {
    play.shownOrder.enumerated().map { position, authored in
      let marker = "\(optionLetter(position)))"
      let text = play.step.options[authored].text
      let short = Layout.shortened(text, marker: marker, maxLines: 1, width: screen.width) ?? text
      return .item(marker: marker, text: short)
    }
  }

  /// `Équipe A : b · Équipe B : a (1er vote) · Équipe C : —`: each team's last choice.
  func teamChoices(_ record: RoomStepRecord, play: CasePlay) -> String {
    teams.indices.map { team in
      guard let choice = record.finalChoice(ofTeam: team) else { return "\(teams[team].name) : —" }
      let latest = record.rounds.last?.teamChoices[team] != nil
      return "\(teams[team].name) : \(play.letter(ofAuthored: choice))\(latest ? "" : " (1er vote)")"
    }.joined(separator: " · ")
  }

  func verdictMark(_ verdict: Verdict) -> String {
    switch verdict {
    case .correct: "✓"
    case .acceptable: "~"
    case .incorrect: "✗"
    }
  }

  /// Paragraphs of red or green text fade on a projector: the mark says the verdict, and only
  /// the right answer's text is bold.
  func verdictTone(_ verdict: Verdict) -> Tone {
    verdict == .correct ? .emphasis : .plain
  }

  /// How much of each option's text the verdict repeats before its feedback.
  enum OptionQuote: CaseIterable {
    case whole, opening, none
  }

  /// The verdict with the feedback of every option. The options' texts (which the room has
  /// just read) are shortened, then left out, when the whole would not fit on the screen.
  func verdictScreen() -> [Output] {
    let screens = OptionQuote.allCases.map(verdictScreen(quoting:))
    let room = screen.height - 1
    return screens.first { Layout.height(of: $0, width: screen.width) <= room } ?? screens[screens.count - 1]
  }

  func verdictScreen(quoting quote: OptionQuote) -> [Output] {
    guard let play, let record = current else { return [] }
    let step = play.step
    var output: [Output] = [heading("la réponse")]
    if step.debated {
      output.append(.paragraph("Question débattue : plusieurs réponses se défendent.", .emphasis))
    } else if step.unsettled {
      output.append(.paragraph("Point que les textes ne tranchent pas : la réponse prudente.", .emphasis))
    }
    let last = record.rounds.last { !$0.isEmpty } ?? record.rounds[0]
    for (position, authored) in play.shownOrder.enumerated() {
      let option = step.options[authored]
      let count = last.distribution.indices.contains(authored) ? last.distribution[authored] : 0
      let share = last.total > 0 ? "(\(votes(count))) " : ""
      let quoted: String
      switch quote {
      case .whole: quoted = option.text + " "
      case .opening: quoted = "« \(opening(of: option.text, words: 8)) » "
      case .none: quoted = ""
      }
      output.append(.item(
        marker: "\(verdictMark(option.verdict)) \(optionLetter(position)))",
        text: "\(quoted)\(share)— \(option.feedback)", tone: verdictTone(option.verdict)))
    }
    output.append(.blank)
    if let summary = rightShareSummary(record, step: step) { output.append(.paragraph(summary, .emphasis)) }
    if teams.indices.contains(where: { record.finalChoice(ofTeam: $0) != nil }) {
      output.append(.item(marker: "Équipes :", text: teamDecisions(record, play: play)))
    }
    return output
  }

  /// The first `words` words of `text`, with « … » when there are more.
  func opening(of text: String, words: Int) -> String {
    let all = text.foldingNewlines().split(separator: " ")
    guard all.count > words else { return all.joined(separator: " ") }
    var kept = all.prefix(words).joined(separator: " ")
    while let last = kept.last, [",", ";", ":", "."].contains(last) { kept.removeLast() }
    return kept + "…"
  }

  /// « Réponses justes : 9 sur 14 (64 %) → 12 sur 14 (86 %) ».
  func rightShareSummary(_ record: RoomStepRecord, step: Step) -> String? {
    let rounds = record.rounds.filter { $0.total > 0 }
    guard !rounds.isEmpty else { return nil }
    let parts = rounds.map { round in
      let right = record.rightVotes(in: round, step: step)
      return "\(right) sur \(round.total) (\(frenchPercent(right, of: round.total)))"
    }
    return "Réponses justes : " + parts.joined(separator: " → ")
  }

  /// `Équipe A : b ✓ +2 · Équipe B : a ✗ 0`.
  func teamDecisions(_ record: RoomStepRecord, play: CasePlay) -> String {
    let step = play.step
    return teams.indices.map { team in
      guard let choice = record.finalChoice(ofTeam: team) else { return "\(teams[team].name) : —" }
      let verdict = step.options[choice].verdict
      return "\(teams[team].name) : \(play.letter(ofAuthored: choice)) \(verdictMark(verdict)) +\(formatPoints(verdict.points))"
    }.joined(separator: " · ")
  }

  func groundScreen() -> [Output] {
    var output: [Output] = [heading("sur quelle base ?")]
    output.append(.paragraph("Sur quelle base légale ? Un numéro par personne (ou par équipe).", .emphasis))
    for (number, ground) in bank.grounds.enumerated() {
      output.append(.item(marker: "\(number + 1).".leftPaddedNumber(bank.grounds.count), text: ground.label))
    }
    output.append(.blank)
    let teamHint = teams.isEmpty ? "" : ", équipe : « \(teams[0].letter) 2 »"
    output.append(.paragraph("Votes : « 1 5 3 9 » (numéro, nombre)\(teamHint) · Entrée : la réponse", .muted))
    return output
  }

  /// The ground's result; the references are cut to one line each when the whole would not fit.
  func groundResultScreen() -> [Output] {
    let full = groundResultScreen(shortReferences: false)
    guard Layout.height(of: full, width: screen.width) > screen.height - 1 else { return full }
    return groundResultScreen(shortReferences: true)
  }

  func groundResultScreen(shortReferences: Bool) -> [Output] {
    guard let play, let record = current else { return [] }
    let step = play.step
    var output: [Output] = [heading("le fondement")]
    let distribution = record.grounds.distribution
    let total = record.grounds.total
    for (index, ground) in bank.grounds.enumerated() {
      let points = step.ground.points(for: ground.id)
      let count = distribution.indices.contains(index) ? distribution[index] : 0
      guard count > 0 || points > 0 else { continue }
      let mark = points >= 1 ? "✓" : (points > 0 ? "~" : "✗")
      let tone: Tone = points >= 1 ? .good : .plain
      let tally = total > 0 ? " · \(votes(count)) (\(frenchPercent(count, of: total)))" : ""
      let number = "\(index + 1).".leftPaddedNumber(bank.grounds.count)
      output.append(.item(marker: "\(mark) \(number)", text: ground.label + tally, tone: tone))
    }
    output.append(.blank)
    output.append(.paragraph(step.ground.explanation))
    if !step.references.isEmpty {
      output.append(.paragraph("Références :", .emphasis))
      let lines = citations(step.references)
      output += shortReferences ? lines.map { oneLine($0) } : lines
    }
    if !teams.isEmpty {
      output.append(.blank)
      output.append(.item(marker: "Équipes :", text: teamGrounds(record, step: step)))
      output += standingsLine()
    }
    return output
  }

  /// An item cut to one line at the screen's width.
  func oneLine(_ item: Output) -> Output {
    guard case .item(let marker, let text, let tone) = item,
      let short = Layout.shortened(text, marker: marker, maxLines: 1, width: screen.width)
    else { return item }
    return .item(marker: marker, text: short, tone: tone)
  }

  /// `Équipe A : 3 ✓ +1 · Équipe B : — `.
  func teamGrounds(_ record: RoomStepRecord, step: Step) -> String {
    teams.indices.map { team in
      guard let choice = record.grounds.teamChoices[team], bank.grounds.indices.contains(choice) else {
        return "\(teams[team].name) : —"
      }
      let points = step.ground.points(for: bank.grounds[choice].id)
      let mark = points >= 1 ? "✓" : (points > 0 ? "~" : "✗")
      return "\(teams[team].name) : \(choice + 1) \(mark) +\(formatPoints(points))"
    }.joined(separator: " · ")
  }

  /// One line per citation: the source, its pinpoint, how well it is verified; no ids.
  func citations(_ list: [Citation]) -> [Output] {
    list.map { citation in
      guard let reference = bank.reference(citation.referenceID) else {
        return .item(marker: "•", text: citation.referenceID)
      }
      var text = reference.citation
      if let pinpoint = citation.pinpoint { text += ", \(pinpoint)" }
      if citation.historical { text += " — texte antérieur" }
      if reference.verification != .sure { text += " [source \(reference.verification.label)]" }
      return .item(marker: "•", text: text)
    }
  }

  /// The trainer's notes of the case on screen as plain text, for a second terminal
  /// (`--notes`); `nil` between cases.
  public var trainerNotesText: String? {
    guard let play else { return nil }
    var text = "\(caseCounter) · \(play.played.title)\n\n\(play.played.trainerNote.neutralized)\n"
    if let note = notes[play.played.id] { text += "\nSéance : \(note.neutralized)\n" }
    return text
  }

  func trainerNote() -> [Output] {
    guard let play else { return [.paragraph("La note du formateur accompagne un cas : elle s'affiche pendant le cas.", .warning)] }
    var output: [Output] = [.heading("Note du formateur"), .paragraph(play.played.trainerNote)]
    if let note = notes[play.played.id] { output.append(.item(marker: "Séance :", text: note)) }
    output.append(.paragraph("« question » réaffiche l'écran de la salle.", .muted))
    return output
  }

  func help() -> [Output] {
    let commands = [
      ("a 3 b 9 c 2", "les votes de la salle (remplacent le décompte précédent)"),
      ("A b, equipe-a b", "le vote d'une équipe"),
      ("reveler", "montre la répartition des votes"),
      ("revoter", "après la révélation : un second vote, comparé au premier"),
      ("Entrée, suivant", "l'écran suivant : la réponse, le fondement, la suite"),
      ("retour", "l'écran précédent (au premier vote : le cas précédent)"),
      ("passer", "le cas suivant"),
      ("annuler", "efface les votes de la question en cours"),
      ("note", "la note du formateur (visible par la salle !)"),
      ("remarque …", "une remarque pour le débrief"),
      ("scores", "le classement des équipes"),
      ("question", "réaffiche l'écran (Ctrl-L aussi)"),
      ("fin", "le bilan de la séance, puis quitte"),
    ]
    let width = commands.map(\.0.count).max() ?? 0
    return [.heading("Commandes du formateur")]
      + commands.map { .item(marker: $0.0.padding(toLength: width, withPad: " ", startingAt: 0), text: $0.1) }
  }
}

extension String {
  /// ` 3.` beside `12.`: numbers right-aligned with non-breaking spaces.
  func leftPaddedNumber(_ largest: Int) -> String {
    let width = "\(largest).".count
    return String(repeating: "\u{A0}", count: max(0, width - count)) + self
  }
}
