import ArgumentParser
import ConfidentContent
import ConfidentCore
import ConfidentStorage
import LineEditing
import Foundation

/// `confident pratique`: a practice session scheduled by FSRS, then leaves.
struct Practice: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pratique", abstract: "Révisions du jour et nouveaux cas, avec votre certitude.",
    aliases: ["practice"])

  @OptionGroup var bank: BankOptions
  @OptionGroup var playOptions: PlayOptions

  @ArgumentParser.Option(name: [.customLong("nombre"), .customLong("count")], help: ArgumentHelp("Nombre de cas de la session (10 par défaut).", valueName: "n"))
  var count = 10

  @ArgumentParser.Option(name: [.customLong("nouveaux"), .customLong("new")], help: ArgumentHelp("Nouveaux cas par jour au plus (5 par défaut).", valueName: "n"))
  var newPerDay = 5

  @ArgumentParser.Option(name: .long, help: ArgumentHelp("Seulement les cas d'un point du programme.", valueName: "point"))
  var point: String?

  @ArgumentParser.Option(name: .long, help: ArgumentHelp("Seulement les cas d'un thème (ou d'une recherche).", valueName: "thème"))
  var theme: String?

  @Flag(name: [.customLong("sans-certitude"), .customLong("no-certainty")], help: "Ne demande pas la certitude.")
  var noCertainty = false

  func run() throws {
    guard (1...500).contains(count), (0...500).contains(newPerDay) else {
      StandardStreams.err("confident : --nombre va de 1 à 500 et --nouveaux de 0 à 500.\n")
      throw ExitCode(2)
    }
    let options = PracticeOptions(
      count: count, newPerDay: newPerDay, point: point, theme: theme, asksCertainty: !noCertainty,
      seed: playOptions.seed ?? UInt64.random(in: 0...UInt64.max), fixedOrder: playOptions.fixedOrder)
    try runShell(mode: .shell, options: bank, order: playOptions.order, practice: options)
  }
}

/// `confident progression`: mastery per point and per ground, and calibration.
struct ProgressCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "progression", abstract: "Maîtrise par point et par fondement, calibration de la certitude.",
    aliases: ["stats"])

  @OptionGroup var bank: BankOptions

  @Flag(name: .long, help: "Les mêmes chiffres en JSON.")
  var json = false

  func run() throws {
    useUTF8Locale()
    let access = ProgressAccess(folder: bank.dataPath, clock: try practiceClock())
    let loaded = bank.loadBank().bank
    let result = access.report(bank: loaded)
    for notice in access.takeNotices() {
      if case .paragraph(let text, _) = notice { StandardStreams.err("confident : \(text)\n") }
    }
    switch result {
    case .failure(let problem):
      StandardStreams.err("confident : \(problem.message)\n")
      throw ExitCode(1)
    case .success(let report) where json:
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      StandardStreams.out(String(decoding: try encoder.encode(report), as: UTF8.self) + "\n")
    case .success(let report):
      let ascii = ProcessInfo.processInfo.environment["TERM"] == "dumb"
      let width = TerminalInfo.width()
      let chart = ProgressChart(report: report, ascii: ascii, width: width)
      StandardStreams.out(Renderer(width: width, colour: TerminalInfo.colourWanted()).render(chart.outputs))
    }
  }
}

/// `confident oublier`: erases the progress after a typed confirmation.
struct Forget: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "oublier", abstract: "Efface votre progression (réponses, révisions, session en cours).",
    aliases: ["forget"])

  @OptionGroup var bank: BankOptions

  @Flag(name: [.customLong("oui"), .customLong("yes")], help: "Sans demander de confirmation (scripts).")
  var yes = false

  func run() throws {
    useUTF8Locale()
    let folder = URL(fileURLWithPath: bank.dataPath)
    let file = folder.appendingPathComponent(SQLiteProgressStore.fileName)
    let asides = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
      .filter { $0.hasPrefix(SQLiteProgressStore.fileName + ".abime-") }
    guard FileManager.default.fileExists(atPath: file.path) || !asides.isEmpty else {
      StandardStreams.out("Aucune progression à effacer dans \(folder.path).\n")
      return
    }
    var counts: ErasedProgress?
    if let opened = try? SQLiteProgressStore.open(folder: folder), opened.movedAside == nil {
      counts = ErasedProgress(
        answers: (try? opened.store.answers(.all).count) ?? 0, cards: (try? opened.store.allCards().count) ?? 0,
        savedSession: ((try? opened.store.savedSession()) ?? nil) != nil)
      try? opened.store.close()
    }
    if !yes {
      let what = counts.map { "\($0.answers) réponse\($0.answers > 1 ? "s" : ""), \($0.cards) fiche\($0.cards > 1 ? "s" : "") de révision" } ?? "la progression"
      StandardStreams.out("Effacer \(what) dans \(folder.path) ? C'est définitif. Tapez « oublier » pour confirmer : ")
      guard let line = readLine(strippingNewline: true), line.trimmingCharacters(in: .whitespaces).lowercased() == "oublier" else {
        StandardStreams.out("\nRien n'a été effacé.\n")
        throw ExitCode(1)
      }
    }
    let removed = try SQLiteProgressStore.eraseFiles(in: folder)
    var text = "Progression effacée"
    if let counts {
      text += " : \(counts.answers) réponse\(counts.answers > 1 ? "s" : ""), \(counts.cards) fiche\(counts.cards > 1 ? "s" : "") de révision"
      if counts.savedSession { text += ", une session interrompue" }
    }
    text += ".\nFichiers supprimés : \(removed.joined(separator: ", ")).\n"
    StandardStreams.out(text)
  }
}

/// The practice clock, or exit 2 with the French message of a bad `CONFIDENT_NOW`.
func practiceClock() throws -> PracticeClock {
  do { return try ProgressAccess.clock() } catch let problem as PracticeUnavailable {
    StandardStreams.err("confident : \(problem.message)\n")
    throw ExitCode(2)
  }
}
