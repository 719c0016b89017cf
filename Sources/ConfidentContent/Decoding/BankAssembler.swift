import ConfidentCore

/// Checks decoded files together and builds the playable bank.
struct BankAssembler {
  var files: [DecodedFile]
  /// Case ids declared outside `files` (the bank's, when a séance file is checked alone).
  var otherCaseIDs: Set<String> = []

  func assemble() -> LoadReport {
    var files = self.files
    // First declaration of an id wins; later ones are errors in their own file, and only they
    // are dropped (the first, valid entry stays, even when the copy is in the same file).
    var firstSeen: [IDKind: [String: Location]] = [:]
    var winner: [IDKind: [String: Int]] = [:]  // the file index of each id's first declaration
    for index in files.indices {
      for declaration in files[index].declarations {
        if let first = firstSeen[declaration.kind]?[declaration.id] {
          files[index].add(
            declaration.location.diagnostic(
              .error, "\(declaration.kind.label) « \(declaration.id) » est déjà \(declaration.kind.defined) en \(first.file):\(first.line):\(first.column)"))
        } else {
          firstSeen[declaration.kind, default: [:]][declaration.id] = declaration.location
          winner[declaration.kind, default: [:]][declaration.id] = index
        }
      }
    }

    var bank = Bank()
    var versionLocation: Location?
    for index in files.indices {
      guard let (version, location) = files[index].bankVersion else { continue }
      if let first = versionLocation {
        files[index].add(
          location.diagnostic(.error, "la version de la banque est déjà indiquée en \(first.file):\(first.line):\(first.column)"))
      } else {
        bank.version = version
        versionLocation = location
      }
    }
    for (index, file) in files.enumerated() {
      var taken: Set<String> = []
      func kept(_ kind: IDKind, _ id: String) -> Bool {
        winner[kind]?[id] == index && taken.insert("\(kind):\(id)").inserted
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
          files[index].add(use.location.diagnostic(.error, "\(use.kind.label) « \(use.id) » n'existe pas dans \(place)"))
          continue
        }
        if let lawDate = use.lawDate, let reference = referencesByID[use.id], !reference.applies(on: lawDate) {
          let period = "\(reference.appliesFrom ?? "…") → \(reference.appliesUntil ?? "…")"
          files[index].add(
            use.location.diagnostic(.warning, "la référence « \(use.id) » ne s'applique pas au \(lawDate), date du cas (période : \(period))"))
        }
      }
    }

    var skipped: [SkippedFile] = []
    var optionLocations: [OptionKey: Location] = [:]
    var diagnostics: [Diagnostic] = []
    var errorTotal = 0
    var warningTotal = 0
    for file in files {
      let own = file.diagnostics.final(file: file.path)
      diagnostics += own
      errorTotal += file.diagnostics.errorCount
      warningTotal += file.diagnostics.warningCount
      let errors = file.diagnostics.errorCount
      if errors > 0 {
        skipped.append(SkippedFile(path: file.path, errors: own.filter { $0.severity == .error }, errorCount: errors))
      }
      if case .scenario(let played) = file.content, errors == 0 {
        bank.cases.append(played)
        optionLocations.merge(file.optionLocations) { first, _ in first }
      }
    }
    var report = LoadReport(
      bank: bank, diagnostics: diagnostics.sortedByPosition(), files: files.map(\.path),
      skipped: skipped, pointLocations: firstSeen[.point] ?? [:], groundLocations: firstSeen[.ground] ?? [:],
      themeLocations: firstSeen[.theme] ?? [:], optionLocations: optionLocations)
    report.contentHashes = Dictionary(files.compactMap { file in file.contentHash.map { (file.path, $0) } }, uniquingKeysWith: { a, _ in a })
    report.errorTotal = errorTotal
    report.warningTotal = warningTotal
    return report
  }
}
