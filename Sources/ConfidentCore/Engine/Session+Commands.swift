import Foundation

extension Session {
  mutating func run(_ command: Command) -> [Output] {
    switch command {
    case .help: return help()
    case .list(let filter): return list(filter: filter)
    case .play(let argument): return play(argument)
    case .reference(let id): return showReference(id)
    case .why: return why()
    case .hint: return hint()
    case .skip: return skip()
    case .score: return scoreReport(title: "Bilan de la session")
    case .quit: return farewell()
    }
  }

  func welcome() -> [Output] {
    [
      .heading("Confident — entraînement au secret professionnel en CPAS"),
      .paragraph(
        "\(bank.cases.count) cas pratiques. Pour chaque demande : que faites-vous, et sur quelle base légale ?"),
      .paragraph("Tapez « cas » pour la liste, « jouer <id> » pour commencer, « aide » pour les commandes.", .muted),
    ]
  }

  func help() -> [Output] {
    let commands = [
      ("cas [point]", "liste les cas, par point du programme (ex. « cas II.3 »)"),
      ("jouer <id|n°>", "joue un cas (Tab complète les identifiants)"),
      ("a, b, c…", "répond à la question posée ; puis le fondement : numéro ou identifiant"),
      ("indice", "un indice pour l'étape en cours"),
      ("pourquoi", "réaffiche l'explication et les références de la dernière réponse"),
      ("ref [id]", "affiche une référence du catalogue (sans id : la liste)"),
      ("passer", "passe l'étape (0 point) et montre la bonne réponse"),
      ("bilan", "score de la session"),
      ("quitter", "quitte (Ctrl-D aussi) ; Ctrl-C abandonne la ligne en cours"),
    ]
    let width = commands.map(\.0.count).max() ?? 0
    return [.heading("Commandes")]
      + commands.map { .item(marker: $0.0.padding(toLength: width, withPad: " ", startingAt: 0), text: $0.1) }
      + [.paragraph("Alias anglais : help, list, play, why, hint, skip, score, quit.", .muted)]
  }

  mutating func list(filter: String?) -> [Output] {
    let matching = bank.cases.filter { item in
      guard let filter, !filter.isEmpty else { return true }
      return item.points.contains { $0 == filter || $0.hasPrefix(filter + ".") }
    }
    guard !matching.isEmpty else {
      return [.paragraph("Aucun cas pour « \(filter ?? "") ».", .warning)]
    }
    var output: [Output] = []
    var number = 0
    lastListing = []
    for group in groupedByPoint(matching) {
      output.append(.heading(group.title))
      for item in group.cases {
        number += 1
        lastListing.append(item.id)
        output.append(.item(marker: "\(number).", text: "\(item.title) — \(item.id) · niveau \(item.level)"))
      }
    }
    output.append(.paragraph("« jouer <n°> » ou « jouer <id> » pour commencer.", .muted))
    return output
  }

  /// Cases grouped under the programme point they name first, in programme order.
  func groupedByPoint(_ cases: [Case]) -> [(title: String, cases: [Case])] {
    let order = Dictionary(bank.programme.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    let groups = Dictionary(grouping: cases) { $0.points.first ?? "" }
    return groups.keys.sorted { (order[$0] ?? .max, $0) < (order[$1] ?? .max, $1) }.map { key in
      let title = bank.point(key).map { "\($0.id) \($0.title)" } ?? key
      return (title, groups[key] ?? [])
    }
  }

  mutating func play(_ argument: String?) -> [Output] {
    guard let argument, !argument.isEmpty else {
      return [.paragraph("Quel cas ? « jouer <id> » ou « jouer <n°> » après « cas ».", .warning)]
    }
    if let number = Int(argument), lastListing.indices.contains(number - 1),
      let found = bank.case(lastListing[number - 1])
    {
      return abandonNotice() + begin(found)
    }
    guard let found = bank.case(argument) else {
      return [.paragraph("Cas inconnu : « \(argument) ». Tapez « cas » pour la liste.", .warning)]
    }
    return abandonNotice() + begin(found)
  }

  private func abandonNotice() -> [Output] {
    state == .home ? [] : [.paragraph("Cas en cours abandonné.", .muted)]
  }

  func showReference(_ id: String?) -> [Output] {
    guard let id, !id.isEmpty else {
      return [.heading("Références")]
        + bank.references.map { .item(marker: "•", text: "\($0.id) — \($0.citation)") }
    }
    if let reference = bank.reference(id) { return describe(reference) }
    if let ground = bank.ground(id) { return describe(ground) }
    return [.paragraph("Référence inconnue : « \(id) ». « ref » sans argument donne la liste.", .warning)]
  }

  func describe(_ reference: Reference) -> [Output] {
    var output: [Output] = [.heading(reference.citation)]
    var facts = "\(reference.type.label.capitalizedFirst)"
    if let date = reference.date { facts += " · \(frenchDate(date))" }
    facts += " · \(reference.verification.label)"
    output.append(.paragraph(facts, reference.verification == .sure ? .muted : .warning))
    if reference.appliesFrom != nil || reference.appliesUntil != nil {
      let from = reference.appliesFrom.map { "du \(frenchDate($0))" } ?? ""
      let until = reference.appliesUntil.map { " au \(frenchDate($0))" } ?? " à aujourd'hui"
      output.append(.paragraph("Applicable \(from)\(until).".replacingOccurrences(of: "  ", with: " "), .muted))
    }
    output.append(.paragraph(reference.summary))
    if let quote = reference.quote { output.append(.paragraph("« \(quote) »", .emphasis)) }
    if let note = reference.note { output.append(.paragraph("À vérifier : \(note)", .warning)) }
    output += reference.sources.map { .item(marker: "Source :", text: $0, tone: .muted) }
    return output
  }

  func describe(_ ground: Ground) -> [Output] {
    [.heading("Fondement : \(ground.label)"), .paragraph(ground.summary)]
      + citations(ground.references)
  }

  /// One line per citation: citation, pinpoint and how well it is verified.
  func citations(_ list: [Citation]) -> [Output] {
    list.map { citation in
      guard let reference = bank.reference(citation.referenceID) else {
        return .item(marker: "•", text: citation.referenceID, tone: .muted)
      }
      var text = reference.citation
      if let pinpoint = citation.pinpoint { text += ", \(pinpoint)" }
      if citation.historical { text += " — texte antérieur" }
      text += " [\(reference.verification.label)] (ref \(reference.id))"
      return .item(marker: "•", text: text, tone: reference.verification == .sure ? .plain : .warning)
    }
  }

  func scoreReport(title: String) -> [Output] {
    guard !results.isEmpty else {
      return [.heading(title), .paragraph("Aucune réponse pour l'instant.", .muted)]
    }
    let score = Score(results)
    let cases = Set(results.map(\.caseID)).count
    return [
      .heading(title),
      .item(marker: "Cas joués :", text: "\(cases) · étapes : \(results.count)"),
      .item(marker: "Décisions :", text: "\(formatPoints(score.decision))/\(formatPoints(score.decisionMax))"),
      .item(marker: "Fondements :", text: "\(formatPoints(score.ground))/\(formatPoints(score.groundMax))"),
      .item(marker: "Total :", text: "\(formatPoints(score.total))/\(formatPoints(score.totalMax))"),
    ]
  }

  mutating func farewell() -> [Output] {
    isFinished = true
    var output = results.isEmpty ? [] : scoreReport(title: "Bilan de la session")
    output.append(.paragraph("Au revoir.", .muted))
    return output
  }
}

extension String {
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
