import ArgumentParser
import ConfidentContent
import ConfidentCore
import Foundation

/// `confident verifier [paths…]`: every problem of every file, `path:line:col`.
struct Lint: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verifier", abstract: "Vérifie des fichiers de scénarios et signale toutes les erreurs.",
    aliases: ["lint", "vérifier"])

  @OptionGroup var bank: BankOptions

  @Flag(name: .long, help: "Les avertissements comptent comme des erreurs.")
  var strict = false

  @Argument(help: ArgumentHelp("Fichiers ou dossiers (par défaut : la banque).", valueName: "chemins"))
  var paths: [String] = []

  func run() throws {
    let report = BankLoader.load(
      paths: paths.isEmpty ? [bank.scenarioPath] : paths, catalogueFallback: bank.scenarioPath)
    var text = report.diagnostics.map { $0.description.neutralized + "\n" }.joined()
    let errors = report.diagnostics.errorCount
    let warnings = report.diagnostics.warningCount
    text += "\(report.files.count) fichier\(plural(report.files.count)) vérifié\(plural(report.files.count)), "
      + "\(report.bank.cases.count) cas valide\(plural(report.bank.cases.count)) : "
      + "\(errors) erreur\(plural(errors)), \(warnings) avertissement\(plural(warnings)).\n"
    FileHandle.standardOutput.write(Data(text.utf8))
    if errors > 0 || (strict && warnings > 0) { throw ExitCode(1) }
  }
}

func plural(_ count: Int) -> String { count > 1 ? "s" : "" }
