import ArgumentParser
import ConfidentContent
import struct ConfidentCore.RoomPlan
import struct ConfidentCore.RoomTeam
import struct ConfidentCore.RoomSession
import struct ConfidentCore.Bank
import struct ConfidentCore.CaseCatalogue
import struct ConfidentCore.Screen
import func ConfidentCore.smallNumber
import ConfidentRoomServer
import Foundation
import LineEditing

/// `confident groupe`: the trainer's room on one projected terminal.
struct Group: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "groupe", abstract: "Séance de groupe projetée : votes, révélation, second vote, débrief.",
    aliases: ["group"])

  @OptionGroup var bank: BankOptions
  @OptionGroup var playOptions: PlayOptions

  @Option(name: .customLong("cas"), help: ArgumentHelp("Les cas, dans l'ordre : identifiants ou numéros séparés par des virgules.", valueName: "id1,id2,…"))
  var caseList: String?

  @Option(name: .customLong("point"), help: ArgumentHelp("Les cas d'un point du programme (ex. I.4).", valueName: "point"))
  var point: String?

  @Option(name: .customLong("theme"), help: ArgumentHelp("Les cas qui répondent à une recherche (ex. police).", valueName: "mots"))
  var theme: String?

  @Option(name: .customLong("seance"), help: ArgumentHelp("Une séance préparée (fichier YAML « seance: »).", valueName: "fichier"))
  var seance: String?

  @Option(name: .customLong("equipes"), help: ArgumentHelp("Les équipes, séparées par des virgules.", valueName: "noms"))
  var teams: String?

  @Option(name: .customLong("minuterie"), help: ArgumentHelp("Secondes par vote, affichées à l'invite.", valueName: "secondes"))
  var timer: String?

  @Option(name: .customLong("debrief"), help: ArgumentHelp("Écrit le débrief en Markdown dans ce fichier à la fin.", valueName: "fichier.md"))
  var debrief: String?

  @Option(name: .customLong("notes"), help: ArgumentHelp("Écrit la note du formateur du cas en cours dans ce fichier (à suivre dans un second terminal).", valueName: "fichier"))
  var notes: String?

  @Flag(name: .customLong("ascii"), help: "Barres en caractères ASCII (#).")
  var ascii = false

  @Flag(name: .customLong("reprendre"), help: "Reprend la séance interrompue à la même phase, avec tous les votes.")
  var resume = false

  @Flag(name: .customLong("salle"), help: "La salle vote aussi depuis ses téléphones (serveur sur cet ordinateur, rien ne sort).")
  var room = false

  @Option(name: .customLong("ecoute"), help: ArgumentHelp("Avec --salle, l'adresse d'écoute : 0.0.0.0 pour le Wi-Fi de la salle (défaut : 127.0.0.1, cet ordinateur seul).", valueName: "adresse"))
  var listenHost: String?

  @Option(name: .customLong("port"), help: ArgumentHelp("Avec --salle, le port d'écoute (défaut : 8470 ; 0 : au choix du système).", valueName: "port"))
  var port: String?

  /// The widest text the room is shown, in columns.
  static let maximumWidth = 110

  /// The journal of the session in progress, in the data folder.
  var journalPath: String { bank.dataPath + "/groupe-en-cours.jsonl" }

  func run() throws {
    useUTF8Locale()
    unblockTerminalSignals()
    if !room, listenHost != nil || port != nil { throw failure("--ecoute et --port vont avec --salle") }
    let report = bank.loadBank()
    var notices = skippedNotice(report)
    if let debrief { try checkWritable(debrief) }
    if let notes { try checkWritable(notes) }
    var (session, journal) = try resume ? resumed(bank: report.bank) : started(bank: report.bank)
    session.ascii = session.ascii || ascii
    if journal == nil {
      notices.append(.paragraph("Le dossier de données n'est pas utilisable : cette séance ne pourra pas être reprise après une coupure.", .warning))
    }
    if !resume, FileManager.default.fileExists(atPath: journalPath + ".precedente") {
      notices.append(.paragraph("Une séance interrompue avait été laissée : elle est mise de côté dans \(journalPath).precedente.", .warning))
    }
    let interactive = TerminalInfo.stdinIsTerminal
    let reader: LineReading = interactive ? LineEditor(programName: "confident") : StreamReader()
    let colour = TerminalInfo.colourWanted()
    // Lines longer than this are hard to follow from the back of a room.
    let width = { min(TerminalInfo.width(), Self.maximumWidth) }
    let driver = RoomDriver(
      session: session, reader: reader,
      renderer: { Renderer(width: width(), colour: colour) },
      write: StandardStreams.out,
      screen: { Screen(width: width(), height: TerminalInfo.height()) },
      pages: interactive && TerminalInfo.stdoutIsTerminal,
      clears: TerminalInfo.stdoutIsTerminal,
      clock: { ProcessInfo.processInfo.systemUptime })
    if let notes {
      driver.notesChanged = { text in
        if (try? Data(text.utf8).write(to: URL(fileURLWithPath: notes))) == nil {
          StandardStreams.err("confident : les notes n'ont pas pu être écrites dans \(notes).\n")
        }
      }
    }
    driver.lineTyped = { line in
      if journal?.record(line) == false {
        StandardStreams.err("confident : le journal de la séance n'a pas pu être écrit.\n")
        journal = nil
      }
    }
    let server = try room ? startRoomServer(driver: driver, colour: colour) : nil
    driver.run(notices: notices, resuming: resume)
    server?.stop()
    journal?.finish()
    if let debrief {
      let text = driver.session.debriefMarkdown(date: Self.today())
      let table = Self.csvPath(for: debrief)
      do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: debrief))
        try Data(driver.session.debriefCSV().utf8).write(to: URL(fileURLWithPath: table))
        StandardStreams.out("Débrief enregistré : \(debrief) et \(table)\n")
      } catch {
        StandardStreams.err("confident : le débrief n'a pas pu être écrit dans \(debrief) (\(error.localizedDescription)).\n")
        throw ExitCode(1)
      }
    }
  }

  /// A new session, and its journal (an interrupted one is moved aside first).
  func started(bank: Bank) throws -> (RoomSession, RoomJournal?) {
    let seconds = try timerSeconds()
    let plan = try self.plan(bank: bank)
    let session = RoomSession(bank: bank, plan: plan, teams: RoomTeam.list(teams ?? ""), order: playOptions.order, timer: seconds)
    guard DataDirectory.prepare(self.bank.dataPath) == nil else { return (session, nil) }
    let manager = FileManager.default
    if manager.fileExists(atPath: journalPath) {
      try? manager.removeItem(atPath: journalPath + ".precedente")
      try? manager.moveItem(atPath: journalPath, toPath: journalPath + ".precedente")
    } else {
      try? manager.removeItem(atPath: journalPath + ".precedente")
    }
    return (session, RoomJournal(creating: journalPath, session: session))
  }

  /// The interrupted session, its lines handled again: the same phase, every vote.
  func resumed(bank: Bank) throws -> (RoomSession, RoomJournal?) {
    guard [caseList, point, theme, seance, teams, timer].allSatisfy({ $0 == nil }) else {
      throw failure("--reprendre reprend la séance telle qu'elle était : sans --cas, --point, --theme, --seance, --equipes ni --minuterie")
    }
    switch RoomJournal.read(journalPath) {
    case .failure(let problem):
      throw failure(problem.message)
    case .success(let (setup, lines, journal)):
      let missing = setup.cases.filter { bank.case($0) == nil }
      guard missing.isEmpty else {
        throw failure("la séance interrompue joue des cas absents de la banque chargée : \(missing.joined(separator: ", "))")
      }
      var session = setup.session(bank: bank)
      session.screen = Screen(width: min(TerminalInfo.width(), Self.maximumWidth), height: TerminalInfo.height())
      _ = session.start(now: 0)
      for line in lines { _ = session.handle(line, now: 0) }
      return (session, journal)
    }
  }

  /// The session asked for: exactly one of --cas, --point, --theme, --seance.
  func plan(bank: Bank) throws -> RoomPlan {
    let given = [caseList, point, theme, seance].compactMap { $0 }
    guard given.count == 1 else {
      throw failure(given.isEmpty
        ? "choisissez les cas de la séance : --cas id1,id2, --point I.4, --theme police ou --seance fichier.yaml"
        : "une seule façon de choisir les cas à la fois (--cas, --point, --theme ou --seance)")
    }
    let catalogue = CaseCatalogue(bank: bank)
    if let caseList {
      var ids: [String] = []
      var unknown: [String] = []
      for typed in caseList.split(separator: ",").map({ String($0).trimmingCharacters(in: .whitespaces) }) where !typed.isEmpty {
        if let found = bank.case(typed) ?? smallNumber(typed).flatMap(catalogue.case(number:)) {
          if !ids.contains(found.id) { ids.append(found.id) }
        } else {
          unknown.append(typed)
        }
      }
      guard unknown.isEmpty else {
        throw failure("cas inconnu\(unknown.count > 1 ? "s" : "") : \(unknown.map { "« \($0) »" }.joined(separator: ", ")) (« confident cas » pour la liste)")
      }
      guard !ids.isEmpty else { throw failure("--cas ne nomme aucun cas") }
      return RoomPlan(title: "Séance de groupe", caseIDs: ids)
    }
    if let point {
      guard let found = catalogue.programmePoint(point) else {
        throw failure("point du programme inconnu : « \(point) » (« confident cas » pour la liste)")
      }
      let cases = catalogue.cases(under: found.id)
      guard !cases.isEmpty else { throw failure("aucun cas pour le point \(found.id)") }
      return RoomPlan(title: found.title, caseIDs: cases.map(\.id))
    }
    if let theme {
      let cases = catalogue.search(theme)
      guard !cases.isEmpty else { throw failure("aucun cas ne correspond à « \(theme) »") }
      return RoomPlan(title: "Séance : \(theme)", caseIDs: cases.map(\.id))
    }
    let path = seance ?? ""
    let loaded = SeanceLoader.load(path: path, bank: bank)
    if !loaded.diagnostics.isEmpty {
      StandardStreams.err(loaded.diagnostics.map { $0.description.neutralized + "\n" }.joined())
    }
    guard let plan = loaded.plan else { throw failure("la séance \(path) contient des erreurs") }
    return plan
  }

  /// --minuterie as seconds: a whole number from 1 to 3600.
  func timerSeconds() throws -> Int? {
    guard let timer else { return nil }
    guard let seconds = smallNumber(timer.trimmingCharacters(in: .whitespaces)), (1...3600).contains(seconds) else {
      throw failure("--minuterie attend un nombre de secondes de 1 à 3600, valeur trouvée : « \(timer) »")
    }
    return seconds
  }

  /// The folder of the debrief file exists and is writable (checked before the session).
  func checkWritable(_ path: String) throws {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue,
      FileManager.default.isWritableFile(atPath: folder)
    else { throw failure("le dossier du débrief n'existe pas ou n'est pas accessible en écriture : \(folder)") }
  }

  func failure(_ message: String) -> ExitCode {
    StandardStreams.err("confident : \(message).\n")
    return ExitCode(2)
  }

  /// `debrief.md` → `debrief.csv`; another name gets `.csv` added.
  static func csvPath(for markdown: String) -> String {
    markdown.hasSuffix(".md") ? String(markdown.dropLast(3)) + ".csv" : markdown + ".csv"
  }

  /// Today, local time: `2026-12-04 18:30`.
  static func today() -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "fr_BE")
    formatter.dateFormat = "yyyy-MM-dd HH:mm"
    return formatter.string(from: Date())
  }
}
