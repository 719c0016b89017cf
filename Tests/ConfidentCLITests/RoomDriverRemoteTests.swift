@testable import ConfidentCLI
import ConfidentCore
import ConfidentRoomServer
import LineEditing
import Testing

/// The room driver with the devices' ballot box: it publishes what devices see, and adds their
/// votes through the session's one `record` entry point at each prompt.
@Suite("Room driver with phones")
struct RoomDriverRemoteTests {
  @Test func phoneVotesAppearAtThePromptAndAddUpWithTypedTallies() throws {
    let box = RoomBallotBox(roomCode: "K7MX")
    var prompts: [String] = []
    var text = ""
    // Each line is read after the box has seen what the previous one opened.
    var step = 0
    let reader = ClosureReader { prompt in
      prompts.append(prompt)
      step += 1
      switch step {
      case 1: return ""
      case 2:
        let key = box.currentView.ballotKey ?? ""
        #expect(box.admit(device: "d1", address: "x") && box.admit(device: "d2", address: "x") && box.admit(device: "d3", address: "x"))
        #expect(box.vote(device: "d1", ballotKey: key, label: "b") == .recorded(replaced: false))
        #expect(box.vote(device: "d2", ballotKey: key, label: "b") == .recorded(replaced: false))
        return "a 2"
      case 3: return "reveler"
      default: return "fin"
      }
    }
    let driver = RoomDriver(
      session: RoomSession(bank: TranscriptTests.bank, plan: RoomDriverTests.plan, order: .fixed),
      reader: reader, renderer: { Renderer(width: 80) }, write: { text += $0 }, screen: { Screen(width: 80, height: 30) })
    driver.remote = box
    driver.introBanner = "Téléphones : HTTP://127.0.0.1:8470/K7MX\n"
    driver.run()
    #expect(text.hasPrefix("\n── Essai ──\n"))
    #expect(text.contains("Téléphones : HTTP://127.0.0.1:8470/K7MX\n"))
    #expect(prompts[1] == "vote 1 · 0 vote · 0/0 ont voté › ")
    #expect(prompts[2] == "vote 1 · 4 votes · 2/3 ont voté › ")
    #expect(driver.session.records.first?.rounds[0].distribution == [2, 2, 0])
    #expect(box.currentView.stage == .finished)
  }
}

extension RoomDriverRemoteTests {
  @Test func undoForgetsThePhoneVotesSoTheNextPromptDoesNotBringThemBack() {
    let box = RoomBallotBox(roomCode: "K7MX")
    var prompts: [String] = []
    var step = 0
    let reader = ClosureReader { prompt in
      prompts.append(prompt)
      step += 1
      switch step {
      case 1: return ""
      case 2:
        #expect(box.admit(device: "d1", address: "x"))
        #expect(box.vote(device: "d1", ballotKey: box.currentView.ballotKey ?? "", label: "a") == .recorded(replaced: false))
        return "question"
      case 3: return "annuler"
      case 4: return "question"
      default: return "fin"
      }
    }
    let driver = RoomDriver(
      session: RoomSession(bank: TranscriptTests.bank, plan: RoomDriverTests.plan, order: .fixed),
      reader: reader, renderer: { Renderer(width: 80) }, write: { _ in }, screen: { Screen(width: 80, height: 30) })
    driver.remote = box
    driver.run()
    #expect(prompts[2] == "vote 1 · 1 vote · 1/1 ont voté › ")
    #expect(prompts[3] == "vote 1 · 0 vote · 0/1 ont voté › ")
    #expect(prompts[4] == "vote 1 · 0 vote · 0/1 ont voté › ")
  }
}

/// Lines from a closure, one per prompt.
final class ClosureReader: LineReading {
  var completions: (String) -> [String] = { _ in [] }
  let next: (String) -> String

  init(_ next: @escaping (String) -> String) { self.next = next }

  func readLine(prompt: String) -> LineEvent { .line(next(prompt)) }
}
