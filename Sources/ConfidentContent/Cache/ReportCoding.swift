import ConfidentCore

/// The binary form of a ``LoadReport``, for the bank cache.
extension BinaryWriter {
  mutating func report(_ report: LoadReport) {
    array(report.bank.cases) { $0.scenario($1) }
    array(report.bank.grounds) { writer, ground in
      writer.string(ground.id)
      writer.string(ground.label)
      writer.string(ground.summary)
      writer.array(ground.references) { $0.citation($1) }
    }
    array(report.bank.references) { writer, reference in
      writer.string(reference.id)
      writer.string(reference.type.rawValue)
      writer.string(reference.citation)
      writer.optional(reference.date)
      writer.string(reference.summary)
      writer.optional(reference.quote)
      writer.optional(reference.appliesFrom)
      writer.optional(reference.appliesUntil)
      writer.strings(reference.sources)
      writer.string(reference.verification.rawValue)
      writer.optional(reference.note)
    }
    array(report.bank.programme) { writer, point in
      writer.string(point.id)
      writer.string(point.title)
      writer.optional(point.parent)
    }
    array(report.bank.themes) { writer, theme in
      writer.string(theme.id)
      writer.string(theme.label)
      writer.strings(theme.tags)
    }
    optional(report.bank.version)
    array(report.diagnostics) { $0.diagnostic($1) }
    strings(report.files)
    array(report.skipped) { writer, file in
      writer.string(file.path)
      writer.array(file.errors) { $0.diagnostic($1) }
      writer.int(file.errorCount)
    }
    int(report.errorTotal)
    int(report.warningTotal)
    locations(report.pointLocations)
    locations(report.groundLocations)
    locations(report.themeLocations)
    array(report.optionLocations.sorted { $0.key < $1.key }) { writer, entry in
      writer.string(entry.key.caseID)
      writer.string(entry.key.stepID)
      writer.int(entry.key.index)
      writer.location(entry.value)
    }
  }

  private mutating func location(_ location: Location) {
    string(location.file)
    int(location.line)
    int(location.column)
  }

  private mutating func scenario(_ item: Case) {
    string(item.id)
    string(item.title)
    strings(item.points)
    strings(item.tags)
    int(item.level)
    string(item.lawDate)
    string(item.situation)
    array(item.steps) { writer, step in
      writer.string(step.id)
      writer.string(step.question)
      writer.optional(step.hint)
      writer.bool(step.debated)
      writer.bool(step.unsettled)
      writer.optional(step.authorNote)
      writer.array(step.options) { writer, option in
        writer.string(option.text)
        writer.string(option.verdict.rawValue)
        writer.string(option.feedback)
        writer.optional(option.next)
      }
      writer.strings(step.ground.accepted)
      writer.strings(step.ground.partial)
      writer.string(step.ground.explanation)
      writer.array(step.references) { $0.citation($1) }
    }
    string(item.trainerNote)
    optional(item.authorNote)
    array(item.references) { $0.citation($1) }
  }

  private mutating func citation(_ citation: Citation) {
    string(citation.referenceID)
    optional(citation.pinpoint)
    bool(citation.historical)
  }

  private mutating func diagnostic(_ diagnostic: Diagnostic) {
    string(diagnostic.file)
    int(diagnostic.line)
    int(diagnostic.column)
    bool(diagnostic.severity == .error)
    string(diagnostic.message)
  }

  private mutating func locations(_ locations: [String: Location]) {
    array(locations.sorted { $0.key < $1.key }) { writer, entry in
      writer.string(entry.key)
      writer.location(entry.value)
    }
  }
}

extension BinaryReader {
  mutating func report() throws -> LoadReport {
    var bank = Bank()
    bank.cases = try array { try $0.scenario() }
    bank.grounds = try array { reader in
      Ground(
        id: try reader.string(), label: try reader.string(), summary: try reader.string(),
        references: try reader.array { try $0.citation() })
    }
    bank.references = try array { reader in
      Reference(
        id: try reader.string(), type: try reader.choice(), citation: try reader.string(),
        date: try reader.optional(), summary: try reader.string(), quote: try reader.optional(),
        appliesFrom: try reader.optional(), appliesUntil: try reader.optional(), sources: try reader.strings(),
        verification: try reader.choice(), note: try reader.optional())
    }
    bank.programme = try array { reader in
      ProgrammePoint(id: try reader.string(), title: try reader.string(), parent: try reader.optional())
    }
    bank.themes = try array { reader in
      Theme(id: try reader.string(), label: try reader.string(), tags: try reader.strings())
    }
    bank.version = try optional()
    let diagnostics = try array { try $0.diagnostic() }
    let files = try strings()
    let skipped = try array { reader in
      SkippedFile(path: try reader.string(), errors: try reader.array { try $0.diagnostic() }, errorCount: try reader.int())
    }
    let errorTotal = try int()
    let warningTotal = try int()
    let pointLocations = try locations()
    let groundLocations = try locations()
    let themeLocations = try locations()
    let options = try array { reader in
      (OptionKey(caseID: try reader.string(), stepID: try reader.string(), index: try reader.int()), try reader.location())
    }
    var report = LoadReport(
      bank: bank, diagnostics: diagnostics, files: files, skipped: skipped,
      pointLocations: pointLocations, groundLocations: groundLocations, themeLocations: themeLocations,
      optionLocations: Dictionary(options, uniquingKeysWith: { first, _ in first }))
    report.errorTotal = errorTotal
    report.warningTotal = warningTotal
    return report
  }

  private mutating func location() throws -> Location {
    Location(file: try string(), line: try int(), column: try int())
  }

  private mutating func scenario() throws -> Case {
    Case(
      id: try string(), title: try string(), points: try strings(), tags: try strings(), level: try int(),
      lawDate: try string(), situation: try string(),
      steps: try array { reader in
        Step(
          id: try reader.string(), question: try reader.string(), hint: try reader.optional(),
          debated: try reader.bool(), unsettled: try reader.bool(), authorNote: try reader.optional(),
          options: try reader.array { reader in
            Option(text: try reader.string(), verdict: try reader.choice(), feedback: try reader.string(), next: try reader.optional())
          },
          ground: GroundQuestion(accepted: try reader.strings(), partial: try reader.strings(), explanation: try reader.string()),
          references: try reader.array { try $0.citation() })
      },
      trainerNote: try string(), authorNote: try optional(), references: try array { try $0.citation() })
  }

  private mutating func citation() throws -> Citation {
    Citation(referenceID: try string(), pinpoint: try optional(), historical: try bool())
  }

  private mutating func diagnostic() throws -> Diagnostic {
    Diagnostic(
      file: try string(), line: try int(), column: try int(), severity: try bool() ? .error : .warning,
      message: try string())
  }

  private mutating func locations() throws -> [String: Location] {
    let entries = try array { reader in (try reader.string(), try reader.location()) }
    return Dictionary(entries, uniquingKeysWith: { first, _ in first })
  }

  private mutating func choice<T: RawRepresentable>() throws -> T where T.RawValue == String {
    guard let value = T(rawValue: try string()) else { throw Corrupt() }
    return value
  }
}
