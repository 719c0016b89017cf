import ArgumentParser
import ConfidentContent
import ConfidentCore
import Foundation

/// `confident ref <id>`: a catalogue entry (reference or ground).
struct ShowReference: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reference", abstract: "Affiche une référence ou un fondement du catalogue.", aliases: ["ref"])

  @OptionGroup var bank: BankOptions

  @Argument(help: ArgumentHelp("Identifiant (sans : la liste).", valueName: "id"), completion: CompletionCandidates.referenceIDs)
  var id: String?

  func run() throws {
    let report = bank.loadBank()
    var session = Session(bank: report.bank)
    let id = id?.trimmingCharacters(in: .whitespacesAndNewlines)
    let outputs = session.handle("ref \(id ?? "")")
    let renderer = Renderer(width: TerminalInfo.width(), colour: TerminalInfo.colourWanted())
    StandardStreams.out(renderer.render(outputs))
    if let id, !id.isEmpty, report.bank.reference(id) == nil, report.bank.ground(id) == nil { throw ExitCode(1) }
  }
}
