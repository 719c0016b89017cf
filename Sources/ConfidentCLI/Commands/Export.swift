import ArgumentParser
import ConfidentContent
import ConfidentCore
import ConfidentExport
import ConfidentStorage
import Foundation

/// What `exporter` writes: the cases as Moodle questions, or the user's results as CSV.
enum ExportTarget: String, CaseIterable, ExpressibleByArgument {
  case moodleXML = "moodle-xml"
  case gift
  /// One row per answer in `progress.sqlite`.
  case csv
  /// One row per case answered.
  case csvCases = "csv-cas"

  /// The question format, for `moodle-xml` and `gift`.
  var questions: ExportFormat? { ExportFormat(rawValue: rawValue) }
}

/// `confident exporter --format moodle-xml|gift|csv|csv-cas`: the cases as Moodle questions,
/// or the user's results from the progress store.
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "exporter", abstract: "Exporte les cas pour Moodle ou vos résultats en CSV.",
    aliases: ["export"])

  @OptionGroup var bank: BankOptions

  @ArgumentParser.Option(name: .long, help: ArgumentHelp("moodle-xml, gift, csv (vos réponses) ou csv-cas (un résumé par cas).", valueName: "format"))
  var format: ExportTarget

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
    guard let format = format.questions else { return try exportResults(bank: report.bank) }
    let cases: [Case]
    do {
      cases = try ExportSelection.cases(in: report.bank, caseIDs: caseIDs, points: points)
    } catch {
      StandardStreams.err("confident : \(error.message).\n")
      throw ExitCode(1)
    }
    let (text, count) = Exporter.export(cases, bank: report.bank, format: format)
    guard let output else { return StandardStreams.out(text) }
    try write(text, to: output)
    StandardStreams.err(
      "\(count) question\(plural(count)) (\(cases.count) cas) exportée\(plural(count)) au format \(format.label) dans \(output).\n")
  }

  /// The answers in the data folder's `progress.sqlite` (none when it does not exist: it is not
  /// created), as CSV; `--cas` and `--point` keep the answers to those cases.
  func exportResults(bank: Bank) throws {
    let url = URL(fileURLWithPath: self.bank.dataPath).appendingPathComponent(SQLiteProgressStore.fileName)
    var records: [AnswerRecord] = []
    if FileManager.default.fileExists(atPath: url.path) {
      do {
        let opened = try SQLiteProgressStore.open(folder: url.deletingLastPathComponent())
        if let moved = opened.movedAside { StandardStreams.err(moved.message + "\n") }
        var filter = AnswerFilter()
        if !caseIDs.isEmpty || !points.isEmpty {
          filter.caseIDs = Set(try ExportSelection.cases(in: bank, caseIDs: caseIDs, points: points).map(\.id))
        }
        records = try opened.store.answers(filter)
      } catch let problem as ExportSelection.Problem {
        StandardStreams.err("confident : \(problem.message).\n")
        throw ExitCode(1)
      } catch {
        StandardStreams.err("confident : la progression (\(url.path)) n'a pas pu être lue.\n")
        throw ExitCode(1)
      }
    }
    let text = format == .csv ? ResultsCSV.answers(records, bank: bank) : ResultsCSV.cases(records, bank: bank)
    guard let output else { return StandardStreams.out(text) }
    try write(text, to: output)
    let rows = text.components(separatedBy: "\r\n").count - 2
    let what = format == .csv ? "réponse\(plural(rows))" : "cas"
    StandardStreams.err("\(rows) \(what) exporté\(format == .csv ? "e" : "")\(plural(rows)) en CSV dans \(output).\n")
  }

  /// Writes `text` to the file `output`, or says in French why it could not.
  func write(_ text: String, to output: String) throws {
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
    } catch {
      StandardStreams.err("confident : impossible d'écrire « \(output) » (dossier absent ou en lecture seule).\n")
      throw ExitCode(1)
    }
  }
}
