import ConfidentCore

extension BankLoader {
  /// Loads the bundled bank with local folders added to it.
  ///
  /// The bundled catalogues are always there; a local case or catalogue entry with the id of a
  /// bundled one replaces it, with a warning at the local entry when the two differ. Replaced
  /// catalogue entries keep their bundled place (ground numbers do not move).
  public static func load(bundled: String, added: [String]) -> LoadReport {
    var missing: [Diagnostic] = []
    let bundledPaths = yamlFiles(in: [bundled], missing: &missing)
    let known = Set(bundledPaths)
    let addedPaths = yamlFiles(in: added, missing: &missing).filter { !known.contains($0) }
    var base = decodeAll(bundledPaths)
    var local = decodeAll(addedPaths)

    var localDeclarations: [IDKind: [String: Location]] = [:]
    for file in local {
      for declaration in file.declarations where localDeclarations[declaration.kind]?[declaration.id] == nil {
        localDeclarations[declaration.kind, default: [:]][declaration.id] = declaration.location
      }
    }
    let order = catalogueOrder(base)
    var overrides: [Diagnostic] = []
    for index in base.indices {
      let replaced = base[index].declarations.filter { localDeclarations[$0.kind]?[$0.id] != nil }
      guard !replaced.isEmpty else { continue }
      for declaration in replaced {
        let localLocation = localDeclarations[declaration.kind]![declaration.id]!
        guard differs(declaration, bundled: base[index], local: local) else { continue }
        let bundledAt = "\(declaration.location.file):\(declaration.location.line):\(declaration.location.column)"
        let pronoun = declaration.kind.defined == "définie" ? "celle" : "celui"
        overrides.append(
          localLocation.diagnostic(
            .warning, "\(declaration.kind.label) « \(declaration.id) » remplace \(pronoun) de la banque livrée (\(bundledAt))"))
      }
      base[index].remove(replaced)
    }
    for warning in overrides {
      if let index = local.firstIndex(where: { $0.path == warning.file }) { local[index].add(warning) }
    }
    var report = BankAssembler(files: base + local).assemble()
    report.diagnostics = (missing + report.diagnostics).sortedByPosition()
    report.overrides = overrides.sortedByPosition()
    report.bank.programme = report.bank.programme.sorted(by: order.point, \.id)
    report.bank.grounds = report.bank.grounds.sorted(by: order.ground, \.id)
    report.bank.references = report.bank.references.sorted(by: order.reference, \.id)
    return report
  }

  /// Each catalogue id's place in the bundled files.
  private static func catalogueOrder(_ files: [DecodedFile]) -> (point: [String: Int], ground: [String: Int], reference: [String: Int]) {
    var point: [String: Int] = [:]
    var ground: [String: Int] = [:]
    var reference: [String: Int] = [:]
    for file in files {
      switch file.content {
      case .programme(let entries, _): for entry in entries where point[entry.id] == nil { point[entry.id] = point.count }
      case .grounds(let entries): for entry in entries where ground[entry.id] == nil { ground[entry.id] = ground.count }
      case .references(let entries): for entry in entries where reference[entry.id] == nil { reference[entry.id] = reference.count }
      case .scenario, .seance, .nothing: break
      }
    }
    return (point, ground, reference)
  }

  /// Whether the local entry is not the same as the bundled one (an unreadable one differs).
  private static func differs(_ declaration: Declaration, bundled: DecodedFile, local: [DecodedFile]) -> Bool {
    let localFile = local.first { $0.declarations.contains { $0.kind == declaration.kind && $0.id == declaration.id } }
    guard let localFile, let mine = bundled.entry(declaration.kind, declaration.id),
      let theirs = localFile.entry(declaration.kind, declaration.id)
    else { return true }
    return mine != theirs
  }
}

extension DecodedFile {
  /// The entry a declaration names, as a comparable value.
  func entry(_ kind: IDKind, _ id: String) -> AnyHashable? {
    switch (kind, content) {
    case (.scenario, .scenario(let found)) where found.id == id: found
    case (.point, .programme(let entries, _)): entries.first { $0.id == id }
    case (.ground, .grounds(let entries)): entries.first { $0.id == id }
    case (.reference, .references(let entries)): entries.first { $0.id == id }
    default: nil
    }
  }

  /// Drops replaced entries: a replaced case empties its file; catalogue entries are filtered.
  mutating func remove(_ replaced: [Declaration]) {
    let ids = Set(replaced.map(\.id))
    switch content {
    case .scenario:
      content = .nothing
      declarations = []
      uses = []
      diagnostics = DiagnosticList()
      return
    case .programme(let entries, let themes): content = .programme(entries.filter { !ids.contains($0.id) }, themes: themes)
    case .grounds(let entries): content = .grounds(entries.filter { !ids.contains($0.id) })
    case .references(let entries): content = .references(entries.filter { !ids.contains($0.id) })
    case .seance, .nothing: break
    }
    declarations.removeAll { declaration in replaced.contains { $0.kind == declaration.kind && $0.id == declaration.id } }
  }
}

extension Array {
  /// Stable sort by a rank (unranked elements last, in their order).
  fileprivate func sorted(by rank: [String: Int], _ key: KeyPath<Element, String>) -> [Element] {
    enumerated().sorted { a, b in
      (rank[a.element[keyPath: key]] ?? Int.max, a.offset) < (rank[b.element[keyPath: key]] ?? Int.max, b.offset)
    }.map(\.element)
  }
}
