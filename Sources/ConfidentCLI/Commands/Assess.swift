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

  /// Bad values are refused before anything starts, with a French message and status 64
  /// (in `run`: argument-parser would wrap a `validate()` error in its own message).
  func refuseBadValues() throws {
    var problem: String?
    if !(1...AssessmentSession.maximumCount).contains(count) {
      problem = "--nombre doit être compris entre 1 et \(AssessmentSession.maximumCount) (reçu : \(count))."
    } else if let report, !ReportFileWriter.accepts(report) {
      problem = "--rapport doit finir par .md ou .html (reçu : « \(String(report.prefix(200))) »)."
    }
    guard let problem else { return }
    StandardStreams.err("confident : \(problem)\nUsage : confident evaluation [options]\n« confident aide evaluation » pour l'aide.\n")
    throw ExitCode(64)
  }

  func run() throws {
    try refuseBadValues()
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
    session.screen = Screen(width: TerminalInfo.width(), height: TerminalInfo.height())
    let editor = TerminalInfo.stdinIsTerminal ? LineEditor(programName: "confident", historyFile: nil) : nil
    let colour = TerminalInfo.colourWanted()
    let driver = EngineDriver(
      engine: session, reader: editor ?? StreamReader(),
      renderer: { Renderer(width: TerminalInfo.width(), colour: colour) }, write: StandardStreams.out,
      height: { TerminalInfo.height() }, pages: TerminalInfo.stdinIsTerminal && TerminalInfo.stdoutIsTerminal,
      promptsShown: TerminalInfo.stdinIsTerminal)
    driver.run(notices: notices)
  }
}
