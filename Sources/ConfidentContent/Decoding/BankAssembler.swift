import ConfidentCore

/// Checks decoded files together and builds the playable bank.
struct BankAssembler {
  var files: [DecodedFile]
  /// Case ids declared outside `files` (the bank's, when a séance file is checked alone).
  var otherCaseIDs: Set<String> = []

  func assemble() -> LoadReport {
    var files = self.files
    // First declaration of an id wins; later ones are errors in their own file.
    var firstSeen: [IDKind: [String: Location]] = [:]
    var rejected: Set<String> = []  // "kind:id@file:line" of duplicate declarations
    for index in files.indices {
      for declaration in files[index].declarations {
        if let first = firstSeen[declaration.kind]?[declaration.id] {
          files[index].diagnostics.append(
            declaration.location.diagnostic(
              .error, "\(declaration.kind.label) « \(declaration.id) » est déjà \(declaration.kind.defined) en \(first.file):\(first.line):\(first.column)"))
          rejected.insert(key(declaration))
        } else {
          firstSeen[declaration.kind, default: [:]][declaration.id] = declaration.location
        }
      }
    }

    var bank = Bank()
    var versionLocation: Location?
    for index in files.indices {
      guard let (version, location) = files[index].bankVersion else { continue }
      if let first = versionLocation {
        files[index].diagnostics.append(
          location.diagnostic(.error, "la version de la banque est déjà indiquée en \(first.file):\(first.line):\(first.column)"))
      } else {
        bank.version = version
        versionLocation = location
      }
    }
    for file in files {
      let kept = { (kind: IDKind, id: String) in
        !file.declarations.contains { $0.kind == kind && $0.id == id && rejected.contains(key($0)) }
      }
      switch file.content {
      case .programme(let points, let themes):
        bank.programme += points.filter { kept(.point, $0.id) }
        bank.themes += themes.filter { kept(.theme, $0.id) }
      case .grounds(let grounds): bank.grounds += grounds.filter { kept(.ground, $0.id) }
      case .references(let references): bank.references += references.filter { kept(.reference, $0.id) }
      case .scenario, .seance, .nothing: break
      }
    }

    let known: [IDKind: Set<String>] = [
      .point: Set(bank.programme.map(\.id)),
      .ground: Set(bank.grounds.map(\.id)),
      .reference: Set(bank.references.map(\.id)),
      .scenario: Set((firstSeen[.scenario] ?? [:]).keys).union(otherCaseIDs),
    ]
    let referencesByID = Dictionary(bank.references.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    for index in files.indices {
      for use in files[index].uses {
        guard known[use.kind]?.contains(use.id) == true else {
          let place = use.kind == .scenario ? "la banque de cas" : "le catalogue"
          files[index].diagnostics.append(use.location.diagnostic(.error, "\(use.kind.label) « \(use.id) » n'existe pas dans \(place)"))
          continue
        }
        if let lawDate = use.lawDate, let reference = referencesByID[use.id], !reference.applies(on: lawDate) {
          let period = "\(reference.appliesFrom ?? "…") → \(reference.appliesUntil ?? "…")"
          files[index].diagnostics.append(
            use.location.diagnostic(.warning, "la référence « \(use.id) » ne s'applique pas au \(lawDate), date du cas (période : \(period))"))
        }
      }
    }

    var skipped: [SkippedFile] = []
    var optionLocations: [OptionKey: Location] = [:]
    for file in files {
      let errors = file.diagnostics.filter { $0.severity == .error }.sortedByPosition()
      if !errors.isEmpty { skipped.append(SkippedFile(path: file.path, errors: errors)) }
      if case .scenario(let played) = file.content, errors.isEmpty {
        bank.cases.append(played)
        optionLocations.merge(file.optionLocations) { first, _ in first }
      }
    }
    return LoadReport(
      bank: bank, diagnostics: files.flatMap(\.diagnostics).sortedByPosition(), files: files.map(\.path),
      skipped: skipped, pointLocations: firstSeen[.point] ?? [:], groundLocations: firstSeen[.ground] ?? [:],
      themeLocations: firstSeen[.theme] ?? [:], optionLocations: optionLocations)
  }

  private func key(_ declaration: Declaration) -> String {
    "\(declaration.kind):\(declaration.id)@\(declaration.location.file):\(declaration.location.line)"
  }
}
