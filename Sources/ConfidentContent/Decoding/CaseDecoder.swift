import ConfidentCore

/// Reads a case file's node tree into a ``Case``, reporting every problem on the way.
struct CaseDecoder {
  let reporter: Reporter
  private(set) var declarations: [Declaration] = []
  private(set) var uses: [Use] = []
  /// Where each option is written, for the item-writing warnings.
  private(set) var optionLocations: [OptionKey: Location] = [:]
  private var lawDate: String?

  init(reporter: Reporter) { self.reporter = reporter }

  static let caseFields = ["id", "title", "points", "tags", "level", "law_date", "situation", "steps", "trainer_note", "author_note", "references"]
  static let stepFields = ["id", "question", "hint", "debated", "unsettled", "author_note", "options", "ground", "references"]
  static let optionFields = ["text", "verdict", "feedback", "next"]
  static let groundFields = ["accepted", "partial", "explanation"]
  /// Options per step: at least three; at most one per letter, `a` to `z`.
  static let minimumOptionCount = 3
  static let maximumOptionCount = 26

  mutating func decode(_ root: YAMLNode) -> Case? {
    guard let fields = Fields(root, what: "le cas", allowed: Self.caseFields, reporter: reporter) else { return nil }
    let id = identifier(fields, kind: .scenario)
    let title = fields.string("title", required: true)
    lawDate = fields.date("law_date", required: true)
    let points = fields.strings("points", required: true)?.map { text, node in
      if !IDShape.programme.matches(text) {
        reporter.error(node, "identifiant de point du programme mal formé : « \(text) »")
      }
      uses.append(Use(kind: .point, id: text, location: reporter.location(of: node)))
      return text
    }
    let tags = fields.strings("tags")?.map(\.0) ?? []
    let level = fields.int("level", required: true, range: 1...3)
    let situation = fields.string("situation", required: true)
    let trainerNote = fields.string("trainer_note", required: true)
    let authorNote = fields.string("author_note")
    let references = citations(fields)
    let stepNodes = fields.list("steps", required: true) ?? []
    var steps: [Step] = []
    var seenStepIDs: Set<String> = []
    for (index, node) in stepNodes.enumerated() {
      guard let step = decodeStep(node, number: index + 1) else { continue }
      if !seenStepIDs.insert(step.id).inserted {
        reporter.error(node.mapping?["id"] ?? node, "identifiant d'étape en double : « \(step.id) »")
      }
      steps.append(step)
    }
    // Read from the nodes, not from the decoded steps: it runs even when other fields fail.
    StepGraph(stepNodes).check(reporter: reporter)
    if let id {
      for step in steps {
        let stepNode = stepNodes.first { $0.mapping?["id"]?.string == step.id }
        let nodes = stepNode?.mapping?["options"]?.sequence?.elements ?? []
        for (index, node) in nodes.enumerated() {
          optionLocations[OptionKey(caseID: id, stepID: step.id, index: index)] = reporter.location(of: node)
        }
      }
    }
    guard let id, let title, let points, let level, let lawDate, let situation, let trainerNote,
      !steps.isEmpty, !reporter.hasErrors
    else { return nil }
    return Case(
      id: id, title: title, points: points, tags: tags, level: level, lawDate: lawDate,
      situation: situation, steps: steps, trainerNote: trainerNote, authorNote: authorNote,
      references: references)
  }

  private mutating func identifier(_ fields: Fields, kind: IDKind) -> String? {
    guard let id = fields.string("id", required: true), let node = fields.value("id") else { return nil }
    guard IDShape.kebabCase.matches(id) else {
      reporter.error(node, "identifiant mal formé : « \(id) » (minuscules, chiffres et tirets, ex. « police-adresse »)")
      return nil
    }
    if kind == .scenario { declarations.append(Declaration(kind: kind, id: id, location: reporter.location(of: node))) }
    return id
  }

  private mutating func decodeStep(_ node: YAMLNode, number: Int) -> Step? {
    guard let fields = Fields(node, what: "l'étape \(number)", allowed: Self.stepFields, reporter: reporter) else { return nil }
    let id = identifier(fields, kind: .step)
    let question = fields.string("question", required: true)
    let hint = fields.string("hint")
    let debated = fields.bool("debated") ?? false
    let unsettled = fields.bool("unsettled") ?? false
    let authorNote = fields.string("author_note")
    let optionNodes = fields.list("options", required: true) ?? []
    if let list = fields.value("options"), case .sequence = list, optionNodes.count < Self.minimumOptionCount {
      reporter.error(list, "l'étape « \(id ?? String(number)) » a \(optionNodes.count) \(optionNodes.count > 1 ? "options" : "option") ; il en faut au moins 3")
    }
    if let list = fields.value("options"), optionNodes.count > Self.maximumOptionCount {
      reporter.error(list, "l'étape « \(id ?? String(number)) » a \(optionNodes.count) options ; 26 au plus (une lettre de a à z par option)")
    }
    let options = optionNodes.enumerated().compactMap { decodeOption($1, letter: optionLetter($0)) }
    if options.count == optionNodes.count, (Self.minimumOptionCount...Self.maximumOptionCount).contains(optionNodes.count) {
      let good = options.filter { $0.verdict != .incorrect }.count
      if debated, good < 2 {
        reporter.error(fields.value("options"), "étape débattue sans deux options « correct » ou « acceptable » : une question débattue admet plusieurs réponses")
      } else if !debated, !options.contains(where: { $0.verdict == .correct }) {
        reporter.error(fields.value("options"), "aucune option « correct » dans l'étape « \(id ?? String(number)) »")
      }
    }
    let ground = decodeGround(fields)
    let references = citations(fields)
    guard let id, let question, let ground, options.count == optionNodes.count,
      optionNodes.count <= Self.maximumOptionCount
    else { return nil }
    return Step(
      id: id, question: question, hint: hint, debated: debated, unsettled: unsettled,
      authorNote: authorNote, options: options, ground: ground, references: references)
  }

  private func decodeOption(_ node: YAMLNode, letter: String) -> Option? {
    guard let fields = Fields(node, what: "l'option \(letter)", allowed: Self.optionFields, reporter: reporter) else { return nil }
    let text = fields.string("text", required: true)
    let verdict: Verdict? = fields.choice("verdict", required: true)
    let feedback = fields.string("feedback", required: true)
    let next = fields.string("next")
    guard let text, let verdict, let feedback else { return nil }
    return Option(text: text, verdict: verdict, feedback: feedback, next: next)
  }

  private mutating func decodeGround(_ step: Fields) -> GroundQuestion? {
    guard let node = step.value("ground", required: true),
      let fields = Fields(node, what: "« ground »", allowed: Self.groundFields, reporter: reporter)
    else { return nil }
    let accepted = fields.strings("accepted", required: true) ?? []
    let partial = fields.strings("partial") ?? []
    for (id, node) in accepted + partial {
      uses.append(Use(kind: .ground, id: id, location: reporter.location(of: node)))
    }
    for (id, node) in partial where accepted.contains(where: { $0.0 == id }) {
      reporter.warning(node, "le fondement « \(id) » est à la fois dans « accepted » et « partial »")
    }
    let explanation = fields.string("explanation", required: true)
    guard !accepted.isEmpty, let explanation else { return nil }
    return GroundQuestion(accepted: accepted.map(\.0), partial: partial.map(\.0), explanation: explanation)
  }

  private mutating func citations(_ fields: Fields) -> [Citation] {
    let list = citationList(fields, reporter: reporter)
    // A historical citation is the former law on purpose: its period is not checked.
    uses += list.map {
      Use(kind: .reference, id: $0.citation.referenceID, location: $0.location, lawDate: $0.citation.historical ? nil : lawDate)
    }
    return list.map(\.citation)
  }
}

/// Reads a `references:` list of `{id, pinpoint}` mappings.
func citationList(_ fields: Fields, reporter: Reporter) -> [(citation: Citation, location: Location)] {
  guard let items = fields.list("references") else { return [] }
  return items.compactMap { item in
    guard let entry = Fields(item, what: "une référence citée", allowed: ["id", "pinpoint", "historical"], reporter: reporter),
      let id = entry.string("id", required: true)
    else { return nil }
    let location = reporter.location(of: entry.value("id"))
    let citation = Citation(referenceID: id, pinpoint: entry.string("pinpoint"), historical: entry.bool("historical") ?? false)
    return (citation, location)
  }
}
