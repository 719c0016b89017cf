@testable import ConfidentCLI
import ConfidentContent
import ConfidentCore
import Foundation
import LineEditing
import Testing

/// `pratique` and `progression` typed in the shell: the driver hands over to the practice
/// engine, then gives the prompt back to the shell.
@Suite("Practice handover in the shell")
struct PracticeHandoverTests {
  let store = InMemoryProgressStore()
  let clock = PracticeClock.fixed(ISO8601DateFormatter().date(from: "2026-12-05T09:00:00Z")!)

  /// What the driver wrote.
  final class Written { var text = "" }

  func driver(_ lines: [String], text: Written) -> (ShellDriver, ScriptedReader) {
    let reader = ScriptedReader(lines: lines)
    let driver = ShellDriver(
      session: Session(bank: TranscriptTests.bank, order: .fixed), reader: reader,
      renderer: { Renderer(width: 80, colour: false) }, write: { text.text += $0 })
    driver.startPractice = { [store, clock] argument, bank in
      switch PracticeArguments.parse(argument, into: PracticeOptions(fixedOrder: true)) {
      case .failure(let problem): return (nil, [.paragraph(problem.message, .warning)])
      case .success(let options):
        return (PracticeSession(bank: bank, store: store, options: options, clock: clock, sessionID: "t"), [])
      }
    }
    driver.progressReport = { [store, clock] bank, width in
      let report = ProgressReport(bank: bank, answers: try! store.answers(.all), cards: try! store.allCards(), dueBy: clock.day(of: clock.now()).end)
      return ProgressChart(report: report, ascii: true, width: width).outputs
    }
    driver.homeSummary = { _ in "0 cas à revoir aujourd'hui · 2 nouveaux — tapez « pratique »" }
    return (driver, reader)
  }

  @Test func practiceTypedInTheShellRunsThenGivesThePromptBack() throws {
    let written = Written()
    let (shell, reader) = driver(
      ["pratique --nombre 1 --sans-certitude", "b", "1", "suivant", "progression", "quitter"], text: written)
    shell.run()
    #expect(written.text.contains("0 cas à revoir aujourd'hui · 2 nouveaux — tapez « pratique »"))
    #expect(reader.prompts == [
      "confident › ",
      "1/1 · 0/2 cas vus · 0 à revoir aujourd'hui · réponse [a-c] › ",
      "1/1 · 0/2 cas vus · 0 à revoir aujourd'hui · fondement [1-3] › ",
      "1/1 · 1/2 cas vus · 0 à revoir aujourd'hui · Entrée ou « suivant » › ",
      "confident › ", "confident › ",
    ])
    #expect(written.text.contains("── Session terminée ──"))
    #expect(written.text.contains("1/2 cas vus · 1 à revoir aujourd'hui · 1 réponse enregistrée"))
    #expect(try store.answers(.all).count == 1)
  }

  @Test func aBadPracticeOptionInTheShellIsSaidInFrench() {
    let written = Written()
    let (shell, _) = driver(["pratique --nombre beaucoup", "quitter"], text: written)
    shell.run()
    #expect(written.text.contains("--nombre attend un nombre (par exemple « pratique --nombre 5 »)."))
  }

  @Test func practiceIsRefusedInTheMiddleOfACase() {
    let written = Written()
    let (shell, _) = driver(["jouer appel-police", "pratique", "quitter"], text: written)
    shell.run()
    #expect(written.text.contains("Terminez d'abord le cas en cours (ou « passer »)."))
  }
}
