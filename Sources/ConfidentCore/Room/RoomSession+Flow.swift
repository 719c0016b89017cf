extension RoomSession {
  /// Longest remark kept, in characters.
  static let maximumRemarkLength = 500

  mutating func run(_ command: RoomCommand) -> [Output] {
    switch command {
    case .reveal: return reveal()
    case .revote: return revote()
    case .next: return goOn()
    case .back: return back()
    case .skip: return skipCase()
    case .end: return finish()
    case .note: return trainerNote()
    case .scores: return leaderboard(title: "Classement")
    case .redraw: return redraw()
    case .undo: return undo()
    case .help: return help()
    case .remark(let text): return remark(text)
    }
  }

  /// Entrée or « suivant »: the next screen of the sequence.
  mutating func goOn() -> [Output] {
    switch phase {
    case .intro:
      return beginCase(0)
    case .vote(let round):
      guard let ballot = current?.rounds.last, !ballot.isEmpty else {
        return [.paragraph("Aucun vote pour l'instant. \(parser(round: round).example) Puis « reveler ».", .warning)]
      }
      return enter(.distribution(round: round))
    case .distribution:
      return enter(.verdict)
    case .verdict:
      return enter(.ground)
    case .ground:
      return enter(.groundResult)
    case .groundResult:
      return nextStep()
    case .debrief:
      return []
    }
  }

  /// « reveler »: the distribution of the vote in progress.
  mutating func reveal() -> [Output] {
    switch phase {
    case .vote, .ground: return goOn()
    default: return [.paragraph("Rien à révéler : « reveler » montre les votes d'une question en cours.", .warning)]
    }
  }

  /// « revoter »: after the first distribution, a second vote on the same question.
  mutating func revote() -> [Output] {
    switch phase {
    case .distribution(round: 1):
      current?.rounds.append(RoomBallot(choices: play?.step.options.count ?? 0, teams: teams.count))
      return enter(.vote(round: 2))
    case .vote(round: 1):
      return [.paragraph("Révélez d'abord le premier vote (« reveler ») ; « revoter » vient après la discussion.", .warning)]
    default:
      return [.paragraph("Le second vote se prend une fois, juste après la révélation du premier.", .warning)]
    }
  }

  /// « retour »: the previous screen; at a question's first vote, the previous case.
  mutating func back() -> [Output] {
    switch phase {
    case .intro, .debrief:
      return []
    case .vote(round: 2):
      current?.rounds.removeLast()
      return enter(.distribution(round: 1))
    case .vote:
      if let play, !play.results.isEmpty {
        return [.paragraph("« retour » ne revient pas sur une étape déjà jouée ; « passer » va au cas suivant.", .warning)]
      }
      guard casePosition > 0 else { return [.paragraph("C'est le premier cas de la séance.", .warning)] }
      commitCurrent()
      return beginCase(casePosition - 1)
    case .distribution(let round):
      return enter(.vote(round: round))
    case .verdict:
      return enter(.distribution(round: current?.rounds.count ?? 1))
    case .ground:
      return enter(.verdict)
    case .groundResult:
      return enter(.ground)
    }
  }

  /// « passer »: the next case, leaving the rest of this one.
  mutating func skipCase() -> [Output] {
    guard phase != .intro else { return beginCase(0) }
    commitCurrent()
    guard casePosition + 1 < cases.count else { return finish() }
    return beginCase(casePosition + 1)
  }

  /// « annuler »: forgets the votes of the question in progress.
  mutating func undo() -> [Output] {
    guard var record = current else { return [] }
    switch phase {
    case .vote:
      record.rounds[record.rounds.count - 1] = RoomBallot(choices: record.shownOrder.count, teams: teams.count)
    case .ground:
      record.grounds = RoomBallot(choices: bank.grounds.count, teams: teams.count)
    default:
      return [.paragraph("« annuler » efface les votes d'une question en cours.", .warning)]
    }
    current = record
    return [.paragraph("Votes effacés : 0 vote.", .emphasis)]
  }

  /// « remarque … »: a note for the debrief, kept with the step on screen.
  mutating func remark(_ text: String?) -> [Output] {
    guard let text, !text.isEmpty else {
      return [.paragraph("Tapez la remarque après le mot : « remarque la salle hésite entre a et c ».", .warning)]
    }
    guard current != nil else { return [.paragraph("Les remarques se notent pendant un cas.", .warning)] }
    let kept = String(text.neutralized.foldingNewlines().prefix(Self.maximumRemarkLength))
    current?.remarks.append(kept)
    return [.paragraph("Remarque notée pour le débrief.", .muted)]
  }

  /// After the ground's result: the room's majority answers the step, then the next step, the
  /// next case or the debrief.
  mutating func nextStep() -> [Output] {
    guard var play, let record = current else { return finish() }
    let lastVoted = record.rounds.last { !$0.isEmpty } ?? record.rounds[0]
    let option = lastVoted.majority(in: play.shownOrder)
    let ground = record.grounds.majority(in: Array(bank.grounds.indices)).map { bank.grounds[$0].id }
    _ = play.answer(option: option, ground: ground)
    commitCurrent()
    if play.advance() != nil {
      self.play = play
      startStep()
      return enter(.vote(round: 1))
    }
    self.play = play
    guard casePosition + 1 < cases.count else { return finish() }
    return beginCase(casePosition + 1)
  }

  /// The case at `position`, from its first step. Its option order depends only on the seed and
  /// the position, so coming back to a case shows the same letters.
  mutating func beginCase(_ position: Int) -> [Output] {
    casePosition = position
    plays += 1
    play = CasePlay(cases[position], order: order.forPlay(position + 1))
    startStep()
    return enter(.vote(round: 1))
  }

  mutating func startStep() {
    guard let play else { return }
    current = RoomStepRecord(
      caseID: play.played.id, caseTitle: play.played.title, casePosition: casePosition, stepID: play.step.id,
      stepNumber: play.results.count + 1, shownOrder: play.shownOrder, optionCount: play.step.options.count,
      groundCount: bank.grounds.count, teamCount: teams.count)
  }

  /// Keeps the step on screen in ``records`` (replacing an earlier play of the same step).
  mutating func commitCurrent() {
    guard let record = current else { return }
    current = nil
    guard record.hasVotes || record.verdictShown || !record.remarks.isEmpty else { return }
    if let index = records.firstIndex(where: { $0.casePosition == record.casePosition && $0.stepID == record.stepID }) {
      records[index] = record
    } else {
      records.append(record)
    }
  }

  /// « fin »: the debrief; the session is over.
  mutating func finish() -> [Output] {
    commitCurrent()
    play = nil
    isFinished = true
    return enter(.debrief)
  }

  /// Moves to `phase` on a fresh screen; a vote starts its timer.
  mutating func enter(_ next: Phase) -> [Output] {
    phase = next
    switch next {
    case .vote, .ground: voteStartedAt = now
    default: voteStartedAt = nil
    }
    if next == .verdict { current?.verdictShown = true }
    if next == .groundResult { current?.groundShown = true }
    return newScreen()
  }

  /// The current phase's screen, counted as a new screen for the driver.
  mutating func newScreen() -> [Output] {
    screenNumber += 1
    return screenOutputs()
  }

  func parser(round: Int) -> TallyParser {
    TallyParser(subject: .options(order: play?.shownOrder ?? []), teams: teams)
  }

  mutating func vote(_ line: String) -> [Output] {
    guard case .vote(let round) = phase else { return [] }
    switch parser(round: round).parse(line) {
    case .success(let vote): return record(vote)
    case .failure(let error): return [.paragraph(error.message, .warning)]
    }
  }

  mutating func groundVote(_ line: String) -> [Output] {
    let parser = TallyParser(subject: .grounds(ids: bank.grounds.map(\.id)), teams: teams)
    switch parser.parse(line) {
    case .success(let vote): return record(vote)
    case .failure(let error): return [.paragraph(error.message, .warning)]
    }
  }
}
