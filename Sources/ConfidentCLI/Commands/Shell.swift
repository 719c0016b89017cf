import ArgumentParser
import ConfidentContent
import ConfidentCore
import Foundation
import LineEditing

/// `confident` with no command: the interactive shell.
struct Shell: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "shell", abstract: "Ouvre le shell interactif (par défaut).", shouldDisplay: false)

  @OptionGroup var bank: BankOptions
  @OptionGroup var playOptions: PlayOptions

  func run() throws {
    try runShell(mode: .shell, options: bank, order: playOptions.order)
  }
}

/// `confident jouer <id>`: plays one case, then leaves.
struct Play: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "jouer", abstract: "Joue un cas puis quitte.", aliases: ["play"])

  @OptionGroup var bank: BankOptions
  @OptionGroup var playOptions: PlayOptions

  @Flag(name: [.customLong("auteur"), .customLong("author")], help: "Montre la note du formateur, les indices, les notes d'auteur et le corrigé.")
  var authorNotes = false

  @Argument(
    help: ArgumentHelp("Identifiant du cas (voir « confident cas »).", valueName: "id"),
    completion: CompletionCandidates.caseIDs)
  var id: String

  func run() throws {
    try runShell(
      mode: .single(caseID: id.trimmingCharacters(in: .whitespacesAndNewlines)), options: bank, order: playOptions.order,
      authorNotes: authorNotes)
  }
}

/// Loads the bank, sets up the terminal and runs the shell loop.
///
/// - Parameter practice: run a practice session with these options instead of the shell.
func runShell(
  mode: Session.Mode, options: BankOptions, order: OptionOrder, authorNotes: Bool = false,
  practice: PracticeOptions? = nil
) throws {
  useUTF8Locale()
  let progress = ProgressAccess(folder: options.dataPath, clock: try practiceClock())
  unblockTerminalSignals()
  let report = options.loadBank()
  var notices = skippedNotice(report)
  var historyFile: String?
  if TerminalInfo.stdinIsTerminal {
    let folder = options.dataPath
    if let problem = DataDirectory.prepare(folder) {
      notices.append(.paragraph(problem, .warning))
    } else {
      historyFile = folder + "/history"
    }
  }
  // libedit only for a terminal; a pipe is read as it is (see StreamReader).
  let editor = TerminalInfo.stdinIsTerminal ? LineEditor(programName: "confident", historyFile: historyFile) : nil
  if case .foreign(let path) = editor?.historyStatus {
    notices.append(.paragraph("Le fichier d'historique \(path) n'est pas un historique de Confident : il est laissé intact et l'historique ne sera pas enregistré.", .warning))
  }
  let reader: LineReading = editor ?? StreamReader()
  // A failed write ends the process: save the history first.
  StandardStreams.beforeFailureExit = { _ = editor?.saveHistory() }
  var session = Session(bank: report.bank, mode: mode, order: order)
  session.showsAuthorNotes = authorNotes
  let watched = WatchedBank(paths: [options.scenarioPath] + options.addedFolders, load: options.loadBank)
  // Colour is decided once; the width is read again before each output (the terminal may be
  // resized).
  let colour = TerminalInfo.colourWanted()
  let driver = ShellDriver(
    session: session, reader: reader,
    renderer: { Renderer(width: TerminalInfo.width(), colour: colour) },
    write: StandardStreams.out,
    screen: { Screen(width: TerminalInfo.width(), height: TerminalInfo.height()) },
    pages: TerminalInfo.stdinIsTerminal && TerminalInfo.stdoutIsTerminal, reloader: watched)
  driver.startPractice = { argument, bank in
    let base = PracticeOptions(seed: order.seed ?? UInt64.random(in: 0...UInt64.max), fixedOrder: order == .fixed)
    switch PracticeArguments.parse(argument, into: base) {
    case .failure(let problem): return (nil, [.paragraph(problem.message, .warning)])
    case .success(let wanted): return progress.practice(bank: bank, options: wanted)
    }
  }
  driver.progressReport = { bank, width in
    switch progress.report(bank: bank) {
    case .success(let report):
      let ascii = ProcessInfo.processInfo.environment["TERM"] == "dumb"
      return progress.takeNotices() + ProgressChart(report: report, ascii: ascii, width: width).outputs
    case .failure(let problem): return progress.takeNotices() + [.paragraph(problem.message, .warning)]
    }
  }
  if case .shell = mode, practice == nil {
    driver.homeSummary = { progress.homeSummary(bank: $0) }
  }
  if let practice {
    let (engine, opening) = progress.practice(bank: report.bank, options: practice)
    guard let engine else {
      StandardStreams.out(Renderer(width: TerminalInfo.width(), colour: colour).render(notices + opening))
      throw ExitCode(1)
    }
    driver.run(practice: engine, notices: notices + opening)
  } else {
    driver.run(notices: notices + progress.takeNotices())
  }
  if editor?.saveHistory() == false {
    StandardStreams.err("confident : l'historique n'a pas pu être enregistré.\n")
  }
  TerminationSignals.reraisePending()
  if case .single(let id) = mode, report.bank.case(id) == nil { throw ExitCode(2) }
}

/// "2 fichiers ignorés" with each file's first error; a scenario folder that does not exist;
/// local entries that replace bundled ones.
func skippedNotice(_ report: LoadReport) -> [Output] {
  overrideNotice(report) + errorNotice(report)
}

/// « Entrées locales qui remplacent la banque livrée » with each one.
func overrideNotice(_ report: LoadReport) -> [Output] {
  guard !report.overrides.isEmpty else { return [] }
  return [.paragraph("Entrées locales qui remplacent celles de la banque livrée :", .warning)]
    + report.overrides.map { .item(marker: "•", text: $0.description, tone: .warning) }
}

private func errorNotice(_ report: LoadReport) -> [Output] {
  let files = Set(report.files)
  let missing: [Output] = report.diagnostics
    .filter { !files.contains($0.file) }
    .prefix(20)
    .map { diagnostic -> Output in
      diagnostic.message == "fichier ou dossier introuvable"
        ? .paragraph("Scénarios introuvables : \(diagnostic.file.neutralized) (\(diagnostic.message)). Indiquez le dossier avec --scenarios.", .bad)
        : .paragraph("Scénarios : \(diagnostic.file.neutralized) : \(diagnostic.message).", diagnostic.severity == .error ? .bad : .warning)
    }
  guard !report.skipped.isEmpty else { return missing }
  let count = report.skipped.count
  var output: [Output] = missing + [
    .paragraph("\(count) fichier\(count > 1 ? "s" : "") ignoré\(count > 1 ? "s" : "") (erreurs ; « confident verifier » les détaille) :", .warning)
  ]
  // A bank of 50,000 broken files must not print 50,000 lines at every start.
  let shown = 20
  for file in report.skipped.prefix(shown) {
    let first = file.errors.first.map(\.description) ?? file.path
    let more = file.errorCount > 1 ? " (+\(file.errorCount - 1) autre\(file.errorCount > 2 ? "s" : ""))" : ""
    output.append(.item(marker: "•", text: first + more, tone: .warning))
  }
  if count > shown { output.append(.item(marker: "•", text: "… et \(count - shown) autres fichiers", tone: .warning)) }
  return output
}

/// A launcher may have blocked signals the shell relies on: Ctrl-Z (SIGTSTP), `fg` (SIGCONT)
/// and resizing (SIGWINCH).
func unblockTerminalSignals() {
  var signals = sigset_t()
  sigemptyset(&signals)
  for signal in [SIGTSTP, SIGCONT, SIGWINCH] { sigaddset(&signals, signal) }
  sigprocmask(SIG_UNBLOCK, &signals, nil)
}
