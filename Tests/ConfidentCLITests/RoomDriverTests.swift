@testable import ConfidentCLI
import ConfidentContent
import ConfidentCore
import Foundation
import LineEditing
import Testing

/// The room driven by a scripted reader: screens cleared, pager, time, notes, the command line.
@Suite("Room driver and command")
struct RoomDriverTests {
  static let bank = TranscriptTests.bank
  static let plan = RoomPlan(title: "Essai", caseIDs: ["appel-police", "police-puis-juge"])
  static let clear = "\u{1B}[H\u{1B}[2J"

  func run(_ lines: [String], clears: Bool = true, pages: Bool = false, height: Int = 30, clock: @escaping () -> Double = { 0 })
    -> (text: String, prompts: [String], driver: RoomDriver)
  {
    let reader = ScriptedReader(lines: lines)
    var text = ""
    let driver = RoomDriver(
      session: RoomSession(bank: Self.bank, plan: Self.plan, teams: RoomTeam.list("Équipe A,Équipe B"), order: .fixed, timer: 60),
      reader: reader, renderer: { Renderer(width: 80) }, write: { text += $0 },
      screen: { Screen(width: 80, height: height) }, pages: pages, clears: clears, clock: clock)
    driver.run()
    return (text, reader.prompts, driver)
  }

  @Test func eachNewScreenStartsOnAClearedTerminal() {
    let (text, _, _) = run(["", "a 3 b 9 c 2", "A b", "reveler", "fin"])
    // Title, question, the question again after each vote (the typed tally leaves the room's
    // view), distribution, debrief.
    let screens = text.components(separatedBy: Self.clear).dropFirst()
    #expect(screens.count == 6)
    #expect(screens.dropFirst().prefix(3).allSatisfy { $0.contains("Que répondez-vous ?") })
    #expect(Array(screens)[2].hasSuffix("14 votes (résultats cachés jusqu'à « reveler »)\n"))
    #expect(Array(screens)[3].hasSuffix("Équipe A a voté · 1/2 équipes (résultats cachés jusqu'à « reveler »)\n"))
    #expect(Array(screens)[4].contains("résultats du vote"))
  }

  @Test func withoutATerminalNothingIsCleared() {
    let (text, _, _) = run(["", "a 1", "reveler", "fin"], clears: false)
    #expect(!text.contains("\u{1B}"))
  }

  @Test func theTimerAtThePromptFollowsTheClockGiven() {
    var now = 100.0
    let (_, prompts, _) = run(["", "a 1", "a 2"], clock: {
      now += 10
      return now
    })
    // Each prompt reads the clock once, and so does each line handled.
    #expect(prompts[1].hasPrefix("vote 1 · 0/2 équipes · reste 0:"))
    #expect(prompts == ["Entrée : premier cas › ", "vote 1 · 0/2 équipes · reste 0:50 › ", "vote 1 · 1 vote · 0/2 équipes · reste 0:30 › ", "vote 1 · 2 votes · 0/2 équipes · reste 0:10 › "])
  }

  @Test func aTallyTypedAtThePagersPromptIsCountedNotLost() {
    // On a 10-line screen the title and the question page; the tally typed at the question's
    // « — suite » is the next input.
    let (text, prompts, driver) = run(["", "", "a 3 b 9 c 2", "fin"], clears: false, pages: true, height: 10)
    #expect(prompts.contains { $0.hasPrefix("— suite : Entrée") })
    #expect(text.contains("14 votes (résultats cachés jusqu'à « reveler »)"))
    #expect(driver.session.records.first?.rounds[0].total == 14)
  }

  @Test func theNotesFollowTheCaseOnScreen() {
    let reader = ScriptedReader(lines: ["", "passer", "fin"])
    var notes: [String] = []
    let driver = RoomDriver(
      session: RoomSession(bank: Self.bank, plan: Self.plan, order: .fixed), reader: reader,
      renderer: { Renderer(width: 80) }, write: { _ in })
    driver.notesChanged = { notes.append($0) }
    driver.run()
    #expect(notes == [
      "Cas 1/2 · Un policier téléphone pour une adresse\n\nDébattre de la pression du téléphone.\n",
      "Cas 2/2 · De la police au juge d'instruction\n\nLe droit de se taire face au juge.\n",
    ])
  }

  @Test func theCommandTakesItsFrenchOptionsAndItsEnglishName() throws {
    let command = try #require(
      ConfidentCommand.parseAsRoot(["group", "--cas", "a,b", "--equipes", "X,Y", "--minuterie", "90", "--ascii", "--debrief", "d.md"]) as? Group)
    #expect(command.caseList == "a,b")
    #expect(command.teams == "X,Y")
    #expect(command.timer == "90")
    #expect(command.ascii)
    #expect(command.debrief == "d.md")
    #expect(try ConfidentCommand.parseAsRoot(["groupe", "--reprendre"]) is Group)
    #expect(FrenchHelp.command(named: "groupe")?.name == "groupe")
    #expect(FrenchHelp.overview().contains("groupe"))
  }
}
