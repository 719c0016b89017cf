import ConfidentCore

/// Reads a prepared room session (`seance:`): a title and case ids, each with an optional note.
///
/// ```yaml
/// seance:
///   title: Les demandes de la police
///   cases:
///     - appel-police
///     - id: police-puis-juge
///       note: Insister sur la faculté de se taire.
/// ```
struct SeanceDecoder {
  let reporter: Reporter
  private(set) var uses: [Use] = []

  init(reporter: Reporter) { self.reporter = reporter }

  static let fields = ["title", "cases"]
  static let entryFields = ["id", "note"]
  /// Most cases in one session.
  static let maximumCases = 200

  mutating func decode(_ node: YAMLNode) -> RoomPlan? {
    guard let fields = Fields(node, what: "la séance", allowed: Self.fields, reporter: reporter) else { return nil }
    let errors = reporter.errorCount
    let title = fields.string("title", required: true)
    let items = fields.list("cases", required: true) ?? []
    if items.count > Self.maximumCases, let list = fields.value("cases") {
      reporter.error(list, "une séance compte au plus \(Self.maximumCases) cas ; celle-ci en compte \(items.count)")
    }
    var entries: [RoomPlan.Entry] = []
    var seen: [String: Location] = [:]
    for (index, item) in items.prefix(Self.maximumCases).enumerated() {
      guard let (entry, idNode) = decodeEntry(item, number: index + 1) else { continue }
      let location = reporter.location(of: idNode)
      if let first = seen[entry.caseID] {
        reporter.error(idNode, "le cas « \(entry.caseID) » figure déjà dans la séance (ligne \(first.line))")
        continue
      }
      seen[entry.caseID] = location
      uses.append(Use(kind: .scenario, id: entry.caseID, location: location))
      entries.append(entry)
    }
    guard let title, reporter.errorCount == errors else { return nil }
    return RoomPlan(title: title, entries: entries)
  }

  /// `- appel-police` or `- id: appel-police` with an optional `note`.
  private func decodeEntry(_ item: YAMLNode, number: Int) -> (RoomPlan.Entry, YAMLNode)? {
    if case .scalar(let scalar) = item, !isNull(item) {
      return checked(scalar.string.trimmed, node: item).map { (RoomPlan.Entry(caseID: $0), item) }
    }
    guard case .mapping = item else {
      reporter.error(item, "le cas \(number) de la séance doit être un identifiant ou un dictionnaire « id: …, note: … », valeur trouvée : \(describe(item))")
      return nil
    }
    guard let fields = Fields(item, what: "le cas \(number) de la séance", allowed: Self.entryFields, reporter: reporter),
      let id = fields.string("id", required: true), let node = fields.value("id"), let checkedID = checked(id, node: node)
    else { return nil }
    return (RoomPlan.Entry(caseID: checkedID, note: fields.string("note")), node)
  }

  private func checked(_ id: String, node: YAMLNode) -> String? {
    guard IDShape.kebabCase.matches(id) else {
      reporter.error(node, "identifiant de cas mal formé : « \(id) » (minuscules, chiffres et tirets, ex. « police-adresse »)")
      return nil
    }
    return id
  }
}
