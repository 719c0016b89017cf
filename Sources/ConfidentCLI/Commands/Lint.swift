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

  @Flag(name: [.customLong("sans-couverture"), .customLong("no-coverage")], help: "Sans le tableau ni les avertissements de couverture (un dossier local).")
  var withoutCoverage = false

  @Argument(
    help: ArgumentHelp("Fichiers ou dossiers (par défaut : la banque).", valueName: "chemins"),
    completion: .file(extensions: ["yaml", "yml"]))
  var paths: [String] = []

  func run() throws {
    let checked = paths.isEmpty ? (bank.addedFolders.isEmpty ? [bank.scenarioPath] : bank.addedFolders) : paths
    let report = BankLoader.load(paths: checked, catalogueFallback: bank.scenarioPath)
    // Coverage and bank-wide measures only mean something for a whole bank, not for a file
    // checked on its own.
    let coverage = report.usedFallbackCatalogues || withoutCoverage ? nil : Coverage(bank: report.bank)
    let itemWriting = coverage == nil ? nil : ItemWriting(bank: report.bank)
    let added = ItemWriting.warnings(in: report) + (coverage?.warnings(in: report) ?? [])
    let diagnostics = (report.diagnostics + added).sortedByPosition()
    let bankWide = itemWriting?.diagnostics(bankPath: checked.joined(separator: " "), strict: strict) ?? []
    var text = diagnostics.map { $0.description.neutralized + "\n" }.joined()
    if let coverage { text += table(coverage) }
    if let itemWriting { text += itemWriting.summary.neutralized + bankWide.map { $0.description.neutralized + "\n" }.joined() }
    // Counted in full: the report keeps a bounded number of diagnostics per file.
    let errors = report.errorTotal + added.errorCount + bankWide.errorCount
    let warnings = report.warningTotal + added.warningCount + bankWide.warningCount
    let count = report.checkedFiles.count
    let borrowed = report.fallbackFiles.isEmpty ? "" : " (catalogues livrés)"
    text += "\(count) fichier\(plural(count)) vérifié\(plural(count))\(borrowed), "
      + "\(report.bank.cases.count) cas valide\(plural(report.bank.cases.count)) : "
      + "\(errors) erreur\(plural(errors)), \(warnings) avertissement\(plural(warnings)).\n"
    StandardStreams.out(text)
    if errors > 0 || (strict && warnings > 0) { throw ExitCode(1) }
  }
}

/// The coverage table: cases per programme point and per ground, `!` below target.
func table(_ coverage: Coverage) -> String {
  func lines(_ rows: [Coverage.Row]) -> String {
    let width = rows.map(\.id.count).max() ?? 0
    return rows.map { row in
      let mark = row.isBelowTarget ? "!" : " "
      let count = String(row.count).leftPadded(to: 3)
      return "  \(mark) \(row.id.padding(toLength: width, withPad: " ", startingAt: 0)) \(count)  \(row.title.neutralized)\n"
    }.joined()
  }
  return "Cas par point du programme (objectif : \(Coverage.casesPerPoint)) :\n" + lines(coverage.points)
    + "Cas par fondement accepté (objectif : \(Coverage.casesPerGround)) :\n" + lines(coverage.grounds)
    + (coverage.themes.isEmpty ? "" : "Cas par thème (objectif : \(Coverage.casesPerTheme)) :\n" + lines(coverage.themes))
}

extension String {
  func leftPadded(to width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}

func plural(_ count: Int) -> String { count > 1 ? "s" : "" }
