/// A problem found in a scenario file, with its position (1-based line and column).
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
  public enum Severity: String, Sendable, Hashable {
    case error
    case warning

    /// The French word printed in diagnostics.
    public var label: String { self == .error ? "erreur" : "avertissement" }
  }

  public var file: String
  public var line: Int
  public var column: Int
  public var severity: Severity
  public var message: String

  public init(file: String, line: Int, column: Int, severity: Severity, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.severity = severity
    self.message = message
  }

  /// `path:line:col: erreur: message`, the form editors and CI logs understand; a diagnostic
  /// about a whole file or bank has line 0 and prints as `path: erreur: message`. Always one
  /// line, since control characters of the path and message (a newline in a file name) are
  /// escaped and could otherwise forge other diagnostics.
  public var description: String {
    line > 0
      ? "\(Self.escaped(file)):\(line):\(column): \(severity.label): \(Self.escaped(message))"
      : "\(Self.escaped(file)): \(severity.label): \(Self.escaped(message))"
  }

  /// `text` with C0 and C1 controls written as `\n`, `\t` or `\u{1B}`.
  static func escaped(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else { return text }
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0A: result += "\\n"
      case 0x09: result += "\\t"
      case 0x0D: result += "\\r"
      case 0..<0x20, 0x7F...0x9F: result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}

/// A position in a file, kept beside the model for cross-file checks.
public struct Location: Sendable, Hashable {
  public var file: String
  public var line: Int
  public var column: Int

  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  func diagnostic(_ severity: Diagnostic.Severity, _ message: String) -> Diagnostic {
    Diagnostic(file: file, line: line, column: column, severity: severity, message: message)
  }
}

extension Array where Element == Diagnostic {
  /// Sorted by file, line, column; errors first at the same place.
  public func sortedByPosition() -> [Diagnostic] {
    sorted {
      ($0.file, $0.line, $0.column, $0.severity == .error ? 0 : 1)
        < ($1.file, $1.line, $1.column, $1.severity == .error ? 0 : 1)
    }
  }

  public var errorCount: Int { count { $0.severity == .error } }
  public var warningCount: Int { count { $0.severity == .warning } }
}
