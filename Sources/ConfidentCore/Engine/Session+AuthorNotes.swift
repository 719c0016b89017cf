extension Session {
  /// `jouer --auteur`: the case's trainer note and author note, after the situation.
  func authorNotes(for played: Case) -> [Output] {
    guard showsAuthorNotes else { return [] }
    var output: [Output] = [.blank, .item(marker: "[auteur] Note du formateur :", text: played.trainerNote, tone: .muted)]
    if let note = played.authorNote {
      output.append(.item(marker: "[auteur] Note d'auteur :", text: note, tone: .muted))
    }
    return output
  }

  /// `jouer --auteur`: the step's hint, author note and answer key (letters of this play,
  /// verdicts, where each option leads, the grounds), after its options.
  func authorNotes(for step: Step, in play: CasePlay) -> [Output] {
    guard showsAuthorNotes else { return [] }
    var output: [Output] = [.blank]
    if let hint = step.hint { output.append(.item(marker: "[auteur] Indice :", text: hint, tone: .muted)) }
    if let note = step.authorNote { output.append(.item(marker: "[auteur] Note d'auteur :", text: note, tone: .muted)) }
    let key = play.shownOrder.enumerated().map { position, authored in
      let option = step.options[authored]
      let next = option.next.map { " → \($0)" } ?? " → fin"
      return "\(optionLetter(position))) \(option.verdict.rawValue)\(next)"
    }
    output.append(.item(marker: "[auteur] Corrigé :", text: key.joined(separator: " · "), tone: .muted))
    var grounds = "acceptés : " + step.ground.accepted.joined(separator: ", ")
    if !step.ground.partial.isEmpty { grounds += " ; en partie : " + step.ground.partial.joined(separator: ", ") }
    output.append(.item(marker: "[auteur] Fondements :", text: grounds, tone: .muted))
    var flags: [String] = []
    if step.debated { flags.append("débattue") }
    if step.unsettled { flags.append("non tranchée") }
    if !flags.isEmpty { output.append(.item(marker: "[auteur] Étape :", text: flags.joined(separator: ", "), tone: .muted)) }
    return output
  }
}
