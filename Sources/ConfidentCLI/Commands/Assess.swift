import ArgumentParser
import ConfidentCore
import ConfidentStorage
import Foundation
import LineEditing

/// `confident evaluation`: the candidate's self-assessment.
struct Assess: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "evaluation", abstract: "Auto-évaluation : 15 questions, un profil et une recommandation.",
    aliases: ["assess", "évaluation"])

  @OptionGroup var bank: BankOptions

  @ArgumentParser.Option(name: .long, help: ArgumentHelp("Graine du tirage : le même nombre donne les mêmes questions, dans le même ordre.", valueName: "n"))
  var seed: UInt64?

  @ArgumentParser.Option(name: [.customLong("nombre"), .customLong("count")], help: ArgumentHelp("Nombre de questions (1 à 60, 15 par défaut).", valueName: "n"))
  var count = 15

  @ArgumentParser.Option(name: [.customLong("rapport"), .customLong("report")], help: ArgumentHelp("Écrit le rapport à la fin (FICHIER.md ou FICHIER.html).", valueName: "fichier"))
  var report: String?

  func validate() throws {
    guard (1...AssessmentSession.maximumCount).contains(count) else {
      throw ValidationError("--nombre doit être compris entre 1 et \(AssessmentSession.maximumCount) (reçu : \(count)).")
    }
    if let report, !(report.lowercased().hasSuffix(".md") || report.lowercased().hasSuffix(".html") || report.lowercased().hasSuffix(".htm")) {
      throw ValidationError("--rapport doit finir par .md ou .html (reçu : « \(report) »).")
    }
  }

  func run() throws {
    useUTF8Locale()
    unblockTerminalSignals()
    let loaded = bank.loadBank()
    var notices = skippedNotice(loaded)
    var store: ProgressStore?
    var slot: AssessmentResumeSlot?
    let folder = bank.dataPath
    if let problem = DataDirectory.prepare(folder) {
      notices.append(.paragraph(problem.replacingOccurrences(of: "l'historique ne sera pas enregistré", with: "les réponses ne seront pas enregistrées et l'évaluation ne pourra pas reprendre"), .warning))
    } else {
      slot = FileResumeSlot(folder: folder)
      do {
        let opened = try SQLiteProgressStore.open(folder: URL(fileURLWithPath: folder))
        store = opened.store
        if let moved = opened.movedAside { notices.append(.paragraph(moved.message, .warning)) }
      } catch {
        notices.append(.paragraph("La progression (\(folder)/\(SQLiteProgressStore.fileName)) n'a pas pu être ouverte : les réponses ne seront pas enregistrées.", .warning))
      }
    }
    var system = SystemRandomNumberGenerator()
    let drawSeed = seed ?? system.next()
    var session = AssessmentSession(
      bank: loaded.bank, count: count, seed: drawSeed, sessionID: "evaluation-\(UUID().uuidString.lowercased())",
      store: store, resumeSlot: slot, reports: ReportFileWriter())
    session.reportPath = report
    let editor = TerminalInfo.stdinIsTerminal ? LineEditor(programName: "confident", historyFile: nil) : nil
    let colour = TerminalInfo.colourWanted()
    let driver = EngineDriver(
      engine: session, reader: editor ?? StreamReader(),
      renderer: { Renderer(width: TerminalInfo.width(), colour: colour) }, write: StandardStreams.out,
      height: { TerminalInfo.height() }, pages: TerminalInfo.stdinIsTerminal && TerminalInfo.stdoutIsTerminal)
    driver.run(notices: notices)
  }
}
