extension RoomSession {
  /// Every step voted on, the one on screen included (it replaces an earlier play of itself).
  public var allRecords: [RoomStepRecord] {
    guard let current else { return records }
    let others = records.filter { $0.casePosition != current.casePosition || $0.stepID != current.stepID }
    return current.hasVotes || current.verdictShown || !current.remarks.isEmpty ? others + [current] : others
  }

  /// Each team's points over the steps revealed so far (the step on screen included).
  public var teamScores: [Score] {
    let steps = allRecords
    let groundIDs = bank.grounds.map(\.id)
    return teams.indices.map { team in
      steps.reduce(Score()) { sum, record in
        guard let step = bank.case(record.caseID)?.step(record.stepID) else { return sum }
        return sum + record.score(ofTeam: team, step: step, groundIDs: groundIDs)
      }
    }
  }

  /// Teams by total points, ties sharing a rank: (rank, team position, score).
  public var standings: [(rank: Int, team: Int, score: Score)] {
    let scores = teamScores
    let sorted = scores.indices.sorted { (scores[$0].total, -$0) > (scores[$1].total, -$1) }
    var ranked: [(Int, Int, Score)] = []
    for (place, team) in sorted.enumerated() {
      let rank = place > 0 && scores[sorted[place - 1]].total == scores[team].total ? ranked[place - 1].0 : place + 1
      ranked.append((rank, team, scores[team]))
    }
    return ranked
  }

  /// `Classement : 1. Équipe A 5/6 · 2. Équipe B 3/6`.
  func standingsLine() -> [Output] {
    guard !teams.isEmpty else { return [] }
    let text = standings.map { "\($0.rank). \(teams[$0.team].name) \(formatPoints($0.score.total))/\(formatPoints($0.score.totalMax))" }
    return [.item(marker: "Classement :", text: text.joined(separator: " · "), tone: .emphasis)]
  }

  /// « scores »: the leaderboard, points for decisions and grounds apart; no speed points.
  func leaderboard(title: String) -> [Output] {
    guard !teams.isEmpty else {
      return [.paragraph("Pas d'équipes dans cette séance (« --equipes \"Équipe A,Équipe B\" » pour en former).", .muted)]
    }
    var output: [Output] = [.heading(title)]
    for entry in standings {
      let score = entry.score
      output.append(.item(
        marker: "\(entry.rank).", text: "\(teams[entry.team].name) — \(formatPoints(score.total))/\(formatPoints(score.totalMax)) (décisions \(formatPoints(score.decision))/\(formatPoints(score.decisionMax)), fondements \(formatPoints(score.ground))/\(formatPoints(score.groundMax)))",
        tone: entry.rank == 1 ? .emphasis : .plain))
    }
    return output
  }

  /// The debrief on screen: per step, both votes, the shift, the verdicts and the teams.
  func debrief() -> [Output] {
    var output: [Output] = [.heading("Bilan de la séance — \(plan.title)")]
    let records = allRecords
    guard !records.isEmpty else {
      return output + [.paragraph("Aucun vote pendant la séance.", .muted), .paragraph("Au revoir.", .muted)]
    }
    var previous: Int?
    for record in records {
      guard let played = bank.case(record.caseID), let step = played.step(record.stepID) else { continue }
      if record.casePosition != previous {
        output.append(.paragraph("\(record.casePosition + 1). \(record.caseTitle)", .emphasis))
        previous = record.casePosition
      }
      let lead = played.steps.count > 1 ? "Étape \(record.stepNumber) · " : ""
      for (index, round) in record.rounds.enumerated() where !round.isEmpty {
        let marker = index == 0 ? "\(lead)1er vote :" : String(repeating: " ", count: lead.count) + "2e vote :"
        output.append(.item(marker: marker, text: tallyText(round, record: record, step: step)))
      }
      var facts: [String] = []
      if let summary = rightShareSummary(record, step: step) { facts.append(summary) }
      if record.grounds.total > 0 {
        let right = groundRightVotes(record, step: step)
        facts.append("fondement juste : \(right) sur \(record.grounds.total) (\(frenchPercent(right, of: record.grounds.total)))")
      }
      let groundIDs = bank.grounds.map(\.id)
      let scores = teams.indices.map { record.score(ofTeam: $0, step: step, groundIDs: groundIDs) }
      if scores.contains(where: { $0.totalMax > 0 }) {
        facts.append(teams.indices.map { "\(teams[$0].name) \(formatPoints(scores[$0].total))/\(formatPoints(scores[$0].totalMax))" }.joined(separator: " · "))
      }
      if !facts.isEmpty { output.append(.item(marker: "→", text: facts.joined(separator: " · "))) }
      output += record.remarks.map { .item(marker: "Remarque :", text: $0, tone: .muted) }
    }
    output += standingsLine()
    output.append(.paragraph("Au revoir.", .muted))
    return output
  }

  /// `a 3 ✗ · b 9 ✓ · c 2 ~` in the room's letters.
  func tallyText(_ ballot: RoomBallot, record: RoomStepRecord, step: Step) -> String {
    let distribution = ballot.distribution
    return record.shownOrder.enumerated().map { position, authored in
      "\(optionLetter(position)) \(distribution[authored]) \(verdictMark(step.options[authored].verdict))"
    }.joined(separator: " · ") + " (\(votes(ballot.total))\(ballot.deviceTotal > 0 ? ", dont \(ballot.deviceTotal) des téléphones" : ""))"
  }

  /// « Votes des téléphones : 1er vote 9 · 2e vote 7 · fondement 5 », `nil` without any.
  func deviceVotesLine(_ record: RoomStepRecord) -> String? {
    let rounds = record.rounds.enumerated().map { ($0 == 0 ? "1er vote" : "2e vote", $1.deviceTotal) }
    let parts = (rounds + [("fondement", record.grounds.deviceTotal)]).filter { $0.1 > 0 }
    guard !parts.isEmpty else { return nil }
    return "Votes des téléphones : " + parts.map { "\($0.0) \($0.1)" }.joined(separator: " · ")
  }

  /// Per vote where a phone gave a pseudonym, « Pseudonymes au 1er vote : Alice : b · Équipe
  /// A : a, c », sorted by pseudonym, Markdown-escaped; never a device token.
  func pseudonymLines(_ record: RoomStepRecord) -> [String] {
    let letters = Dictionary(uniqueKeysWithValues: record.shownOrder.enumerated().map { ($1, optionLetter($0)) })
    var ballots = record.rounds.enumerated().map { ($0 == 0 ? "au 1er vote" : "au 2e vote", $1, { (choice: Int) in letters[choice] ?? "?" }) }
    ballots.append(("au fondement", record.grounds, { (choice: Int) in "\(choice + 1)" }))
    return ballots.compactMap { name, ballot, label in
      guard !ballot.devicePseudonyms.isEmpty else { return nil }
      let sorted = ballot.devicePseudonyms.sorted { ($0.key.lowercased(), $0.key) < ($1.key.lowercased(), $1.key) }
      let entries = sorted.map { "\(RoomPseudonym.markdownEscaped($0.key)) : \($0.value.map(label).joined(separator: ", "))" }
      return "Pseudonymes \(name) : " + entries.joined(separator: " · ")
    }
  }

  /// Ground votes for an accepted ground.
  func groundRightVotes(_ record: RoomStepRecord, step: Step) -> Int {
    let distribution = record.grounds.distribution
    return bank.grounds.indices.reduce(0) { sum, index in
      step.ground.accepted.contains(bank.grounds[index].id) && distribution.indices.contains(index) ? sum + distribution[index] : sum
    }
  }

  /// The debrief as a Markdown document: per step the options with their verdicts and both
  /// votes, the ground votes, the teams' points and the trainer's remarks; vote counts only,
  /// no names but the teams' and the pseudonyms phones chose to give. `date` is printed as given.
  public func debriefMarkdown(date: String) -> String {
    let records = allRecords
    var text = "# Débrief — \(cell(plan.title))\n\n"
    text += "- Date : \(cell(date))\n- Versions : \(cell(VersionStamp.line(bank: bank)))\n- Cas : \(cases.count)\n"
    if !teams.isEmpty { text += "- Équipes : \(teams.map { cell($0.name) }.joined(separator: ", "))\n" }
    let groundIDs = bank.grounds.map(\.id)
    var previous: Int?
    for record in records {
      guard let played = bank.case(record.caseID), let step = played.step(record.stepID) else { continue }
      if record.casePosition != previous {
        text += "\n## \(record.casePosition + 1). \(cell(record.caseTitle))\n"
        previous = record.casePosition
      }
      if played.steps.count > 1 { text += "\n### Étape \(record.stepNumber)\n" }
      text += "\n\(cell(step.question))\n\n"
      if let devices = deviceVotesLine(record) { text += devices + ".\n\n" }
      text += pseudonymLines(record).map { $0 + ".\n\n" }.joined()
      let second = record.rounds.count > 1 ? record.rounds[1] : nil
      text += second == nil ? "| Option | Verdict | 1er vote |\n|---|---|---:|\n" : "| Option | Verdict | 1er vote | 2e vote | Écart |\n|---|---|---:|---:|---:|\n"
      let first = record.rounds[0].distribution
      for (position, authored) in record.shownOrder.enumerated() {
        let option = step.options[authored]
        text += "| \(optionLetter(position))) \(cell(option.text)) | \(verdictMark(option.verdict)) \(verdictLabel(option.verdict)) | \(first[authored])"
        if let second {
          let count = second.distribution[authored]
          text += " | \(count) | \(RoomChart(width: 80).signed(count - first[authored]))"
        }
        text += " |\n"
      }
      if let summary = rightShareSummary(record, step: step) { text += "\n\(summary.replacingOccurrences(of: "\u{A0}", with: " ")).\n" }
      if record.grounds.total > 0 {
        text += "\n| Fondement | Attendu | Votes |\n|---|---|---:|\n"
        for (index, ground) in bank.grounds.enumerated() where record.grounds.distribution[index] > 0 || step.ground.points(for: ground.id) > 0 {
          let points = step.ground.points(for: ground.id)
          let expected = points >= 1 ? "✓ oui" : (points > 0 ? "~ en partie" : "✗ non")
          text += "| \(cell(ground.label)) | \(expected) | \(record.grounds.distribution[index]) |\n"
        }
      }
      if !teams.isEmpty, record.verdictShown {
        text += "\n| Équipe | Décision | Fondement |\n|---|---:|---:|\n"
        for team in teams.indices {
          let score = record.score(ofTeam: team, step: step, groundIDs: groundIDs)
          text += "| \(cell(teams[team].name)) | \(formatPoints(score.decision))/\(formatPoints(score.decisionMax)) | \(formatPoints(score.ground))/\(formatPoints(score.groundMax)) |\n"
        }
      }
      if !record.remarks.isEmpty {
        text += "\nRemarques :\n\n" + record.remarks.map { "- \(cell($0))\n" }.joined()
      }
    }
    if !teams.isEmpty {
      text += "\n## Classement\n\n| Rang | Équipe | Décisions | Fondements | Total |\n|---:|---|---:|---:|---:|\n"
      for entry in standings {
        let score = entry.score
        text += "| \(entry.rank) | \(cell(teams[entry.team].name)) | \(formatPoints(score.decision))/\(formatPoints(score.decisionMax)) | \(formatPoints(score.ground))/\(formatPoints(score.groundMax)) | \(formatPoints(score.total))/\(formatPoints(score.totalMax)) |\n"
      }
    }
    if records.isEmpty { text += "\nAucun vote pendant la séance.\n" }
    return text
  }

  /// The debrief as CSV (RFC 4180, UTF-8): one row per option and per ground voted on at each
  /// step, then one per team and step; counts only, no names but the teams'.
  public func debriefCSV() -> String {
    let records = allRecords
    var rows = [["cas", "titre", "etape", "type", "choix", "texte", "verdict", "vote_1", "vote_2", "ecart"]]
    let groundIDs = bank.grounds.map(\.id)
    for record in records {
      guard let played = bank.case(record.caseID), let step = played.step(record.stepID) else { continue }
      let base = [String(record.casePosition + 1), record.caseTitle, String(record.stepNumber)]
      let first = record.rounds[0].distribution
      let second = record.rounds.count > 1 ? record.rounds[1].distribution : nil
      for (position, authored) in record.shownOrder.enumerated() {
        let option = step.options[authored]
        let shift = second.map { String($0[authored] - first[authored]) } ?? ""
        rows.append(base + ["option", optionLetter(position), option.text, option.verdict.rawValue, String(first[authored]), second.map { String($0[authored]) } ?? "", shift])
      }
      for (index, ground) in bank.grounds.enumerated() where record.grounds.distribution[index] > 0 || step.ground.points(for: ground.id) > 0 {
        let points = step.ground.points(for: ground.id)
        let verdict = points >= 1 ? "accepted" : (points > 0 ? "partial" : "other")
        rows.append(base + ["fondement", String(index + 1), ground.label, verdict, String(record.grounds.distribution[index]), "", ""])
      }
      for team in teams.indices where record.verdictShown {
        let score = record.score(ofTeam: team, step: step, groundIDs: groundIDs)
        rows.append(base + ["equipe", teams[team].name, "", "", formatPoints(score.decision), formatPoints(score.ground), ""])
      }
    }
    return rows.map { $0.map(csvField).joined(separator: ",") + "\r\n" }.joined()
  }

  /// A CSV field: defused (``SpreadsheetCell/defused(_:)``), then quoted when it holds a comma,
  /// a quote or a line break.
  func csvField(_ text: String) -> String {
    let field = SpreadsheetCell.defused(text)
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  func verdictLabel(_ verdict: Verdict) -> String {
    switch verdict {
    case .correct: "correcte"
    case .acceptable: "acceptable"
    case .incorrect: "incorrecte"
    }
  }

  /// Text safe in a Markdown table cell: one line, control characters removed, `|` escaped.
  func cell(_ text: String) -> String {
    text.neutralized.foldingNewlines().replacingOccurrences(of: "|", with: "\\|")
  }
}
