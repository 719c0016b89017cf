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
    case .question: return redraw()
    case .skip: return skip()
    case .score: return scoreReport(title: "Bilan de la session")
    case .reload: return requestReload()
    case .practice(let argument): return handOver(.practice(argument))
    case .progress: return handOver(.progress)
    case .quit: return farewell()
    }
  }

  func welcome() -> [Output] {
    let count = bank.cases.count
    return [
      .heading("Confident — entraînement au secret professionnel en CPAS")
    ] + (homeSummary.map { [.paragraph($0, .emphasis)] } ?? []) + [
      .paragraph(
        "\(count) cas pratique\(count > 1 ? "s" : ""). Pour chaque demande : que faites-vous, et sur quelle base légale ?"),
      .paragraph("Tapez « cas » pour le programme, « jouer <n°> » pour commencer, « aide » pour les commandes.", .muted),
    ]
  }

  func help() -> [Output] {
    let commands = [
      ("cas [point|mots]", "le programme ; « cas I.4 » : les cas d'un point ; « cas police », « cas niveau 1 » : une recherche"),
      ("jouer <n°|id>", "joue un cas (Tab complète les identifiants)"),
      ("a, b, c…", "répond à la question ; puis le fondement : numéro ou identifiant"),
      ("Entrée, suivant", "après un résultat : l'explication, puis la suite"),
      ("question", "réaffiche la question en cours (Ctrl-L aussi)"),
      ("indice", "un indice pour l'étape en cours"),
      ("pourquoi", "réaffiche l'explication et les références de la dernière réponse"),
      ("ref [id]", "affiche une référence du catalogue (sans id : la liste)"),
      ("passer", "passe l'étape (0 point) et montre la réponse attendue"),
      ("bilan", "score de la session"),
      ("pratique", "révisions du jour et nouveaux cas, avec votre certitude ; reprend une session interrompue"),
      ("progression", "maîtrise par point et par fondement, calibration de la certitude"),
      ("recharger", "relit les fichiers de cas (aussi fait seul quand un fichier change)"),
      ("quitter", "quitte (Ctrl-D aussi) ; Ctrl-C abandonne la ligne en cours, jamais la session"),
    ]
    let width = commands.map(\.0.count).max() ?? 0
    return [.heading("Commandes")]
      + commands.map { .item(marker: $0.0.padding(toLength: width, withPad: " ", startingAt: 0), text: $0.1) }
  }

  /// `cas`: the programme table; `cas I.4`: that point's cases; `cas police`: a search.
  func list(filter: String?) -> [Output] {
    guard let filter, !filter.isEmpty else { return programmeTable() }
    if let point = catalogue.programmePoint(filter) {
      let matching = catalogue.cases(under: point.id)
      guard !matching.isEmpty else { return [.paragraph("Aucun cas pour le point \(point.id).", .warning)] }
      return groupedListing(matching, under: point.id)
    }
    let found = catalogue.search(filter)
    guard !found.isEmpty else {
      return [.paragraph("Aucun cas ne correspond à « \(filter.echoed) ». Essayez un autre mot, un point du programme (« cas II.3 ») ou « cas » seul.", .warning)]
    }
    return [.heading("Cas pour « \(filter) » : \(found.count)")] + found.map(listItem)
      + [.paragraph("« jouer <n°> » pour commencer.", .muted)]
  }

  func programmeTable() -> [Output] {
    let idWidth = bank.programme.map(\.id.count).max() ?? 0
    var output: [Output] = [.heading("Programme — \(bank.cases.count) cas")]
    for point in bank.programme {
      let count = String(catalogue.cases(under: point.id).count)
      let marker = point.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
        + String(repeating: " ", count: max(0, 4 - count.count)) + count
      let isPart = !point.id.contains(".")
      output.append(.item(marker: marker, text: point.title, tone: isPart ? .emphasis : .plain))
    }
    output.append(.paragraph("« cas I.4 » : les cas d'un point · « cas police » : une recherche · « jouer <n°> »", .muted))
    return output
  }

  /// Cases under `ancestor`, grouped under the first of their points that lies under it.
  func groupedListing(_ cases: [Case], under ancestor: String) -> [Output] {
    var output: [Output] = []
    for point in bank.programme where CaseCatalogue.point(point.id, isUnder: ancestor) {
      let group = cases.filter { item in
        item.points.first { CaseCatalogue.point($0, isUnder: ancestor) } == point.id
      }
      guard !group.isEmpty else { continue }
      output.append(.heading("\(point.id) \(point.title)"))
      output += group.map(listItem)
    }
    output.append(.paragraph("« jouer <n°> » pour commencer.", .muted))
    return output
  }

  func listItem(_ item: Case) -> Output {
    let number = catalogue.number(of: item.id) ?? 0
    return .item(marker: "\(number).".padding(toLength: 4, withPad: " ", startingAt: 0), text: "\(item.title) · niveau \(item.level)")
  }

  mutating func play(_ argument: String?) -> [Output] {
    guard let argument, !argument.isEmpty else {
      return [.paragraph("Quel cas ? « jouer <n°> » (voir « cas ») ou « jouer <id> ».", .warning)]
    }
    guard let found = bank.case(argument) ?? smallNumber(argument).flatMap(catalogue.case(number:)) else {
      return [.paragraph("Cas inconnu : « \(argument.echoed) » (numéro ou identifiant inconnu). Tapez « cas » pour la liste.", .warning)]
    }
    if state != .home, let current = play, !current.isOver {
      pendingCase = found.id
      return [.paragraph("Un cas est en cours (« \(current.played.title) »). L'abandonner pour « \(found.title) » ? Les étapes restées sans réponse ne seront pas comptées.", .warning)]
    }
    return begin(found)
  }

  mutating func confirmAbandon(_ answer: String) -> [Output] {
    guard let pending = pendingCase else { return [] }
    let folded = answer.lowercased()
    if ["o", "oui", "y", "yes"].contains(folded), let found = bank.case(pending) {
      pendingCase = nil
      return [.paragraph("Cas abandonné.", .muted)] + begin(found)
    }
    if ["n", "non", "no"].contains(folded) || folded.isEmpty {
      pendingCase = nil
      return [.paragraph("Vous continuez le cas en cours.", .muted)] + redraw()
    }
    return [.paragraph("Répondez « o » (abandonner) ou « n » (continuer).", .warning)]
  }

  func showReference(_ id: String?) -> [Output] {
    guard let id, !id.isEmpty else {
      return [.heading("Références")]
        + bank.references.map { .item(marker: "•", text: "\($0.id) — \($0.citation)") }
    }
    if let reference = bank.reference(id) { return describe(reference) }
    if let ground = bank.ground(id) { return describe(ground) }
    return [.paragraph("Référence inconnue : « \(id.echoed) ». « ref » sans argument donne la liste.", .warning)]
  }

  func describe(_ reference: Reference) -> [Output] {
    var output: [Output] = [.heading(reference.citation)]
    var facts = "\(reference.type.label.capitalizedFirst)"
    if let date = reference.date { facts += " · \(frenchDate(date))" }
    facts += " · vérification : \(reference.verification.label)"
    output.append(.paragraph(facts, .muted))
    if reference.appliesFrom != nil || reference.appliesUntil != nil {
      output.append(.paragraph(applicability(from: reference.appliesFrom, until: reference.appliesUntil), .muted))
    }
    output.append(.paragraph(reference.summary))
    if let quote = reference.quote { output.append(.paragraph("« \(quote) »", .emphasis)) }
    if let note = reference.note { output.append(.item(marker: "Note :", text: note, tone: .muted)) }
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
      if let pinpoint = citation.pinpoint, !text.hasSuffix(pinpoint) { text += ", \(pinpoint)" }
      if citation.historical { text += " — texte antérieur" }
      if reference.verification != .sure { text += " [source \(reference.verification.label)]" }
      text += " (ref \(reference.id))"
      return .item(marker: "•", text: text)
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

/// « Applicable depuis le 1er septembre 2026. », « Applicable jusqu'au 31 août 2026. »…
func applicability(from: String?, until: String?) -> String {
  switch (from, until) {
  case (let from?, let until?): return "Applicable du \(longFrenchDate(from)) au \(longFrenchDate(until))."
  case (let from?, nil): return "Applicable depuis le \(longFrenchDate(from))."
  case (nil, let until?): return "Applicable jusqu'au \(longFrenchDate(until))."
  case (nil, nil): return ""
  }
}

/// "2026-09-01" → "1er septembre 2026".
func longFrenchDate(_ iso: String) -> String {
  let months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
  let parts = iso.split(separator: "-").map(String.init)
  guard parts.count == 3, let month = smallNumber(parts[1]), (1...12).contains(month), let day = smallNumber(parts[2]) else { return iso }
  return "\(day == 1 ? "1er" : String(day)) \(months[month - 1]) \(parts[0])"
}
