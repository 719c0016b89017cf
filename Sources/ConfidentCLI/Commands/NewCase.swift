import ArgumentParser
import ConfidentContent
import Foundation

/// `confident nouveau <id>`: writes a commented skeleton of a case, to fill in.
struct NewCase: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "nouveau", abstract: "Écrit le squelette commenté d'un nouveau cas, à compléter.", aliases: ["new"])

  @OptionGroup var bank: BankOptions

  @ArgumentParser.Option(name: .long, help: ArgumentHelp("Point du programme du cas.", valueName: "id"))
  var point = "II.3.police"

  @ArgumentParser.Option(name: [.customLong("sortie"), .customLong("output")], help: ArgumentHelp("Fichier à écrire (par défaut <id>.yaml).", valueName: "fichier"))
  var output: String?

  @Argument(help: ArgumentHelp("Identifiant du cas, en kebab-case (ex. « police-adresse »).", valueName: "id"))
  var id: String

  func run() throws {
    guard CaseTemplate.isValidID(id) else {
      return try fail("identifiant mal formé : « \(id) » (minuscules, chiffres et tirets, ex. « police-adresse »)")
    }
    let loaded = bank.loadBank().bank
    if !loaded.programme.isEmpty, loaded.point(point) == nil {
      return try fail("point du programme inconnu : « \(point) » (« cas » dans le shell liste le programme)")
    }
    if loaded.case(id) != nil {
      return try fail("le cas « \(id) » existe déjà dans la banque : choisissez un autre identifiant")
    }
    let path = output ?? "\(id).yaml"
    guard !FileManager.default.fileExists(atPath: path) else {
      return try fail("« \(path) » existe déjà : il est laissé intact (choisissez un autre nom avec --sortie)")
    }
    let text = CaseTemplate.skeleton(id: id, point: point, lawDate: Self.today())
    let folder = (path as NSString).deletingLastPathComponent
    if !folder.isEmpty { try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
    // O_EXCL: never replace a file created meanwhile.
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      return try fail("impossible d'écrire « \(path) » (dossier absent, en lecture seule, ou fichier déjà là)")
    }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    guard (try? handle.write(contentsOf: Data(text.utf8))) != nil else {
      return try fail("l'écriture de « \(path) » a échoué (disque plein ?)")
    }
    StandardStreams.out("""
      Squelette écrit : \(path)
      Remplacez chaque « \(CaseTemplate.placeholder) », puis :
        confident verifier \(path)
        confident jouer \(id) --scenarios \(folder.isEmpty ? "." : folder) --auteur

      """)
  }

  private func fail(_ message: String) throws {
    StandardStreams.err("confident : \(message).\n")
    throw ExitCode(1)
  }

  /// Today as YYYY-MM-DD, in the user's time zone.
  static func today() -> String {
    let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return String(format: "%04d-%02d-%02d", parts.year ?? 2026, parts.month ?? 1, parts.day ?? 1)
  }
}
