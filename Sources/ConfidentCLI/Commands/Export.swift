import ArgumentParser
import ConfidentContent
import ConfidentCore
import ConfidentExport
import Foundation

extension ExportFormat: ExpressibleByArgument {}

/// `confident exporter --format moodle-xml|gift`: the cases as Moodle questions.
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "exporter", abstract: "Exporte les cas en questions Moodle (Moodle XML ou GIFT).", aliases: ["export"])

  @OptionGroup var bank: BankOptions

  @ArgumentParser.Option(name: .long, help: ArgumentHelp("moodle-xml ou gift.", valueName: "format"))
  var format: ExportFormat

  @ArgumentParser.Option(name: [.customLong("sortie"), .customLong("output")], help: ArgumentHelp("Fichier à écrire (sinon la sortie standard).", valueName: "fichier"))
  var output: String?

  @ArgumentParser.Option(name: .customLong("cas"), help: ArgumentHelp("Un cas à exporter (répétable).", valueName: "id"))
  var caseIDs: [String] = []

  @ArgumentParser.Option(name: .customLong("point"), help: ArgumentHelp("Les cas d'un point du programme (répétable).", valueName: "point"))
  var points: [String] = []

  func run() throws {
    let report = bank.loadBank()
    let notice = skippedNotice(report)
    if !notice.isEmpty { StandardStreams.err(Renderer(width: 200).render(notice)) }
    let cases: [Case]
    do {
      cases = try ExportSelection.cases(in: report.bank, caseIDs: caseIDs, points: points)
    } catch {
      StandardStreams.err("confident : \(error.message).\n")
      throw ExitCode(1)
    }
    let (text, count) = Exporter.export(cases, bank: report.bank, format: format)
    guard let output else { return StandardStreams.out(text) }
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
    } catch {
      StandardStreams.err("confident : impossible d'écrire « \(output) » (dossier absent ou en lecture seule).\n")
      throw ExitCode(1)
    }
    StandardStreams.err(
      "\(count) question\(plural(count)) (\(cases.count) cas) exportée\(plural(count)) au format \(format.label) dans \(output).\n")
  }
}
