import ConfidentCore
import Foundation

/// A prepared room session read from its file, with every problem found.
public struct SeanceReport: Sendable {
  /// The session, when the file has no error.
  public var plan: RoomPlan?
  /// The file's diagnostics, errors first at a position, sorted.
  public var diagnostics: [Diagnostic]
}

/// Reads `seance:` files for `confident groupe --seance`.
public enum SeanceLoader {
  /// Reads the séance at `path` and checks that its cases are in `bank` (cases with errors are
  /// not in the bank: they do not play).
  public static func load(path: String, bank: Bank) -> SeanceReport {
    guard case .success(let bytes) = SafeFile.read(path, limit: FileDecoder.maximumSize) else {
      return SeanceReport(plan: nil, diagnostics: [
        Diagnostic(file: path, line: 1, column: 1, severity: .error, message: "fichier introuvable ou illisible")
      ])
    }
    let file = FileDecoder.decode(path: path, bytes: bytes)
    var diagnostics = file.diagnostics.final(file: path)
    var plan: RoomPlan?
    switch file.content {
    case .seance(let decoded):
      plan = decoded
    case .nothing:
      break
    default:
      diagnostics.append(Diagnostic(file: path, line: 1, column: 1, severity: .error, message: "ce fichier n'est pas une séance : une séance commence par « seance: »"))
    }
    let known = Set(bank.cases.map(\.id))
    for use in file.uses where use.kind == .scenario && !known.contains(use.id) {
      diagnostics.append(use.location.diagnostic(.error, "le cas « \(use.id) » n'est pas dans la banque chargée (ou il contient des erreurs : « confident verifier »)"))
    }
    diagnostics = diagnostics.sortedByPosition()
    return SeanceReport(plan: diagnostics.errorCount == 0 ? plan : nil, diagnostics: diagnostics)
  }
}
