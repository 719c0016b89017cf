import ConfidentCore

/// The kinds of identifiers that files declare and cite.
enum IDKind: Sendable, Hashable {
  case scenario
  case step
  case ground
  case reference
  case point
  case theme

  /// "le cas", "le fondement"… for messages.
  var label: String {
    switch self {
    case .scenario: "le cas"
    case .step: "l'étape"
    case .ground: "le fondement"
    case .reference: "la référence"
    case .point: "le point du programme"
    case .theme: "le thème"
    }
  }

  /// "défini" or "définie", agreeing with ``label``.
  var defined: String {
    switch self {
    case .step, .reference: "définie"
    case .scenario, .ground, .point, .theme: "défini"
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
  /// The programme file, with the themes declared beside it.
  case programme([ProgrammePoint], themes: [Theme])
  case grounds([Ground])
  case references([Reference])
  /// A prepared room session (`seance:`): checked, not part of the bank.
  case seance(RoomPlan)
  /// Nothing usable (syntax error, unknown layout, or a case with errors).
  case nothing
}

/// One file after decoding: its content, what it declares and cites, and its own problems.
struct DecodedFile: Sendable {
  var path: String
  var content: FileContent
  var declarations: [Declaration] = []
  var uses: [Use] = []
  /// The checksum of the bytes decoded; nil when the file could not be read (for the cache).
  var contentHash: UInt64?
  /// The file's own problems (bounded: see ``DiagnosticList``).
  var diagnostics = DiagnosticList()

  mutating func add(_ diagnostic: Diagnostic) { diagnostics.add(diagnostic) }
  /// Where each option of the file's case is written, in step and option order.
  var optionLocations: [OptionKey: Location] = [:]
  /// The bank's version, when this file is a programme that gives one.
  var bankVersion: (String, Location)?
}

/// Identifier shapes, checked by hand: they run for every id of every file, and building a
/// `Regex` each time cost more than parsing the YAML.
enum IDShape {
  /// `police-adresse`: lowercase letters and digits in words joined by single hyphens.
  case kebabCase
  /// `II.3.police`: letters and digits in parts joined by `.` or `-`.
  case programme

  func matches(_ text: String) -> Bool {
    var previousWasSeparator = true
    for byte in text.utf8 {
      let isWordByte: Bool
      switch self {
      case .kebabCase: isWordByte = (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
      case .programme: isWordByte = isASCIIAlphanumeric(byte)
      }
      let isSeparator = byte == UInt8(ascii: "-") || (self == .programme && byte == UInt8(ascii: "."))
      if isWordByte {
        previousWasSeparator = false
      } else if isSeparator, !previousWasSeparator {
        previousWasSeparator = true
      } else {
        return false
      }
    }
    return !text.isEmpty && !previousWasSeparator
  }
}

func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
  (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
}
