import ConfidentCore

/// Reads the three catalogues: programme points, grounds and references.
///
/// An entry with an error is left out; the other entries of the file still load.
struct CatalogueDecoder {
  let reporter: Reporter
  private(set) var declarations: [Declaration] = []
  private(set) var uses: [Use] = []

  init(reporter: Reporter) { self.reporter = reporter }

  static let pointFields = ["id", "title", "parent"]
  static let themeFields = ["id", "label", "tags"]
  static let groundFields = ["id", "label", "summary", "references"]
  static let referenceFields = [
    "id", "type", "citation", "date", "summary", "quote", "applies_from", "applies_until", "sources",
    "verification", "note",
  ]

  /// The programme file's optional top-level key listing the themes.
  static let themesKey = "themes"
  /// The programme file's optional top-level key naming the bank's version.
  static let versionKey = "version"
  /// The longest version accepted.
  static let maximumVersionLength = 40

  /// The bank's version (`version: 2026.12`): letters, digits and `.`, `-`, `+`, `_`, at most
  /// ``maximumVersionLength`` characters.
  func bankVersion(_ node: YAMLNode) -> String? {
    guard case .scalar(let scalar) = node else {
      reporter.error(node, "« version » doit être un texte, valeur trouvée : \(describe(node))")
      return nil
    }
    let version = scalar.string.trimmed
    let allowed = version.utf8.allSatisfy { isASCIIAlphanumeric($0) || ".-+_".utf8.contains($0) }
    guard !version.isEmpty, version.count <= Self.maximumVersionLength, allowed else {
      reporter.error(
        node,
        "« version » doit être un identifiant court (lettres, chiffres, « . », « - », « + », « _ » ; \(Self.maximumVersionLength) caractères au plus), valeur trouvée : « \(version.prefix(Self.maximumVersionLength)) »")
      return nil
    }
    return version
  }

  /// The entries under the file's single top-level key.
  private func entries(_ list: YAMLNode, key: String) -> [YAMLNode] {
    guard case .sequence(let sequence) = list else {
      reporter.error(list, "« \(key) » doit être une liste d'entrées, valeur trouvée : \(describe(list))")
      return []
    }
    return sequence.elements
  }

  mutating func programme(_ list: YAMLNode) -> [ProgrammePoint] {
    entries(list, key: "programme").enumerated().compactMap { index, node in
      let errors = reporter.errorCount
      guard let fields = Fields(node, what: "l'entrée \(index + 1) du programme", allowed: Self.pointFields, reporter: reporter),
        let id = declare(fields, kind: .point, shape: .programme),
        let title = fields.string("title", required: true)
      else { return nil }
      let parent = fields.string("parent")
      if let parent, let node = fields.value("parent") {
        uses.append(Use(kind: .point, id: parent, location: reporter.location(of: node)))
      }
      return reporter.errorCount == errors ? ProgrammePoint(id: id, title: title, parent: parent) : nil
    }
  }

  /// The `themes:` list of the programme file: id, label and the case tags that make the theme.
  mutating func themes(_ list: YAMLNode) -> [Theme] {
    entries(list, key: "themes").enumerated().compactMap { index, node in
      let errors = reporter.errorCount
      guard let fields = Fields(node, what: "le thème \(index + 1)", allowed: Self.themeFields, reporter: reporter) else { return nil }
      let id = declare(fields, kind: .theme, shape: .kebabCase)
      let label = fields.string("label", required: true)
      let tags = fields.strings("tags", required: true)?.map { $0.0.trimmed } ?? []
      for (tag, node) in fields.strings("tags") ?? [] where tag.trimmed.isEmpty {
        reporter.error(node, "une étiquette de thème ne peut pas être vide")
      }
      guard let id, let label, !tags.isEmpty, reporter.errorCount == errors else { return nil }
      return Theme(id: id, label: label, tags: tags)
    }
  }

  mutating func grounds(_ list: YAMLNode) -> [Ground] {
    entries(list, key: "grounds").enumerated().compactMap { index, node in
      let errors = reporter.errorCount
      guard let fields = Fields(node, what: "le fondement \(index + 1)", allowed: Self.groundFields, reporter: reporter) else { return nil }
      let id = declare(fields, kind: .ground, shape: .kebabCase)
      let label = fields.string("label", required: true)
      let summary = fields.string("summary", required: true)
      let citations = citationList(fields, reporter: reporter)
      uses += citations.map { Use(kind: .reference, id: $0.citation.referenceID, location: $0.location) }
      guard let id, let label, let summary, reporter.errorCount == errors else { return nil }
      return Ground(id: id, label: label, summary: summary, references: citations.map(\.citation))
    }
  }

  mutating func references(_ list: YAMLNode) -> [Reference] {
    entries(list, key: "references").enumerated().compactMap { index, node in
      let errors = reporter.errorCount
      guard let fields = Fields(node, what: "la référence \(index + 1)", allowed: Self.referenceFields, reporter: reporter) else { return nil }
      let id = declare(fields, kind: .reference, shape: .kebabCase)
      let type: ReferenceType? = fields.choice("type", required: true)
      let citation = fields.string("citation", required: true)
      let date = fields.date("date", yearAllowed: true)
      let summary = fields.string("summary", required: true)
      let quote = fields.string("quote")
      let from = fields.date("applies_from")
      let until = fields.date("applies_until")
      if let from, let until, from > until {
        reporter.error(fields.value("applies_until"), "« applies_until » (\(until)) précède « applies_from » (\(from))")
      }
      let sources = fields.strings("sources", required: true)?.map(\.0) ?? []
      for (source, node) in fields.strings("sources") ?? [] where !source.hasPrefix("http://") && !source.hasPrefix("https://") {
        reporter.error(node, "une source doit être une adresse http(s) vérifiable, valeur trouvée : « \(source) »")
      }
      let verification: Verification? = fields.choice("verification", required: true)
      let note = fields.string("note")
      guard let id, let type, let citation, let summary, let verification, !sources.isEmpty,
        reporter.errorCount == errors
      else { return nil }
      return Reference(
        id: id, type: type, citation: citation, date: date, summary: summary, quote: quote,
        appliesFrom: from, appliesUntil: until, sources: sources, verification: verification, note: note)
    }
  }

  private mutating func declare(_ fields: Fields, kind: IDKind, shape: IDShape) -> String? {
    guard let id = fields.string("id", required: true), let node = fields.value("id") else { return nil }
    guard shape.matches(id) else {
      reporter.error(node, "identifiant mal formé : « \(id) »")
      return nil
    }
    declarations.append(Declaration(kind: kind, id: id, location: reporter.location(of: node)))
    return id
  }
}
