/// A point of the course programme (brief §2), e.g. `II.3.police`.
public struct ProgrammePoint: Sendable, Hashable, Identifiable {
  public var id: String
  public var title: String
  public var parent: String?

  public init(id: String, title: String, parent: String? = nil) {
    self.id = id
    self.title = title
    self.parent = parent
  }
}

/// A theme of the bank, across programme points: the cases whose tags it lists.
///
/// A case belongs to a theme when one of its tags is one of the theme's tags, compared without
/// case or accents.
public struct Theme: Sendable, Hashable, Identifiable {
  public var id: String
  public var label: String
  public var tags: [String]

  public init(id: String, label: String, tags: [String]) {
    self.id = id
    self.label = label
    self.tags = tags
  }
}

/// An answer to "sur quelle base ?".
public struct Ground: Sendable, Hashable, Identifiable {
  public var id: String
  public var label: String
  public var summary: String
  public var references: [Citation]

  public init(id: String, label: String, summary: String, references: [Citation] = []) {
    self.id = id
    self.label = label
    self.summary = summary
    self.references = references
  }
}

/// The kind of a legal source.
public enum ReferenceType: String, Sendable, CaseIterable {
  case loi
  case jurisprudence
  case doctrine
  case deontologie
  case circulaire

  /// French label shown to users.
  public var label: String {
    switch self {
    case .loi: "loi"
    case .jurisprudence: "jurisprudence"
    case .doctrine: "doctrine"
    case .deontologie: "déontologie"
    case .circulaire: "circulaire / avis"
    }
  }
}

/// How well a reference was checked against its source.
public enum Verification: String, Sendable, CaseIterable {
  case sure
  case likely
  case unverified

  /// French label shown to users.
  public var label: String {
    switch self {
    case .sure: "vérifié"
    case .likely: "probable"
    case .unverified: "non vérifié"
    }
  }
}

/// An entry of the reference catalogue: a law, a judgment, a book, a code of ethics…
public struct Reference: Sendable, Hashable, Identifiable {
  public var id: String
  public var type: ReferenceType
  public var citation: String
  public var date: String?
  public var summary: String
  public var quote: String?
  public var appliesFrom: String?
  public var appliesUntil: String?
  public var sources: [String]
  public var verification: Verification
  public var note: String?

  public init(
    id: String, type: ReferenceType, citation: String, date: String? = nil, summary: String,
    quote: String? = nil, appliesFrom: String? = nil, appliesUntil: String? = nil,
    sources: [String], verification: Verification, note: String? = nil
  ) {
    self.id = id
    self.type = type
    self.citation = citation
    self.date = date
    self.summary = summary
    self.quote = quote
    self.appliesFrom = appliesFrom
    self.appliesUntil = appliesUntil
    self.sources = sources
    self.verification = verification
    self.note = note
  }

  /// Whether this version of the text applies on `day` (YYYY-MM-DD; ISO dates compare as text).
  public func applies(on day: String) -> Bool {
    if let appliesFrom, appliesFrom > day { return false }
    if let appliesUntil, appliesUntil < day { return false }
    return true
  }
}

/// Everything a session plays from: cases and the three catalogues.
public struct Bank: Sendable {
  public var cases: [Case]
  public var grounds: [Ground]
  public var references: [Reference]
  public var programme: [ProgrammePoint]
  /// Themes declared beside the programme (optional).
  public var themes: [Theme]
  /// The bank's version, from the programme file's `version:` (nil when it gives none).
  public var version: String?

  public init(
    cases: [Case] = [], grounds: [Ground] = [], references: [Reference] = [],
    programme: [ProgrammePoint] = [], themes: [Theme] = [], version: String? = nil
  ) {
    self.cases = cases
    self.grounds = grounds
    self.references = references
    self.programme = programme
    self.themes = themes
    self.version = version
  }

  public func `case`(_ id: String) -> Case? { cases.first { $0.id == id } }
  public func ground(_ id: String) -> Ground? { grounds.first { $0.id == id } }
  public func reference(_ id: String) -> Reference? { references.first { $0.id == id } }
  public func point(_ id: String) -> ProgrammePoint? { programme.first { $0.id == id } }
  public func theme(_ id: String) -> Theme? { themes.first { $0.id == id } }
}
