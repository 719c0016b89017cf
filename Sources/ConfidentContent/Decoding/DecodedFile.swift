import ConfidentCore

/// The kinds of identifiers that files declare and cite.
enum IDKind: Sendable, Hashable {
  case scenario
  case step
  case ground
  case reference
  case point

  /// "le cas", "le fondement"… for messages.
  var label: String {
    switch self {
    case .scenario: "le cas"
    case .step: "l'étape"
    case .ground: "le fondement"
    case .reference: "la référence"
    case .point: "le point du programme"
    }
  }

  /// "défini" or "définie", agreeing with ``label``.
  var defined: String {
    switch self {
    case .step, .reference: "définie"
    case .scenario, .ground, .point: "défini"
    }
  }
}

/// An identifier a file defines.
struct Declaration: Sendable {
  var kind: IDKind
  var id: String
  var location: Location
}

/// An identifier a file cites; `lawDate` is the citing case's date, for dated references.
struct Use: Sendable {
  var kind: IDKind
  var id: String
  var location: Location
  var lawDate: String?
}

/// What one file turned out to hold.
enum FileContent: Sendable {
  case scenario(Case)
  case programme([ProgrammePoint])
  case grounds([Ground])
  case references([Reference])
  /// Nothing usable (syntax error, unknown layout, or a case with errors).
  case nothing
}

/// One file after decoding: its content, what it declares and cites, and its own problems.
struct DecodedFile: Sendable {
  var path: String
  var content: FileContent
  var declarations: [Declaration] = []
  var uses: [Use] = []
  var diagnostics: [Diagnostic] = []
}

var kebabCase: Regex<Substring> { /^[a-z0-9]+(?:-[a-z0-9]+)*$/ }
var programmeID: Regex<Substring> { /^[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*$/ }
var anchorToken: Regex<(Substring, Substring)> { /(?:^|[\s\[\{,])&([A-Za-z0-9_\-]+)/ }
var aliasToken: Regex<(Substring, Substring)> { /(?:^|[\s\[\{,])\*([A-Za-z0-9_\-]+)/ }
