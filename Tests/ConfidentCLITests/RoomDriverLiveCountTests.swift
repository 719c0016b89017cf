@testable import ConfidentCLI
import ConfidentCore
import ConfidentRoomServer
import LineEditing
import Testing

/// While the trainer types nothing, the prompt follows the phones' votes: the driver hands the
/// line editor an idle prompt for its own prompt only, and the question stays on screen.
@Suite("Room driver's live count")
struct RoomDriverLiveCountTests {
  /// A scripted line source that also plays the editor's idle timer.
  final class IdleReader: LineReading, IdleRefreshing {
    var completions: (String) -> [String] = { _ in [] }
    var idle: (() -> String?)?
    let next: (String, IdleReader) -> String

    init(_ next: @escaping (String, IdleReader) -> String) { self.next = next }

    func readLine(prompt: String) -> LineEvent { .line(next(prompt, self)) }
    func whileIdle(every seconds: Double, prompt: (() -> String?)?) { idle = prompt }
  }

  @Test func theIdlePromptCountsNewPhoneVotesWithoutRedrawingTheScreen() throws {
    let box = RoomBallotBox(roomCode: "K7MX")
    var text = ""
    var idlePrompts: [String?] = []
    var writtenWhileIdle = ""
    var step = 0
    let reader = IdleReader { _, reader in
      step += 1
      switch step {
      case 1: return ""
      case 2:
        idlePrompts.append(reader.idle?())
        let key = box.currentView.ballotKey ?? ""
        #expect(box.admit(device: "d1", address: "x") && box.admit(device: "d2", address: "x"))
        #expect(box.vote(device: "d1", ballotKey: key, label: "b") == .recorded(replaced: false))
        #expect(box.vote(device: "d2", ballotKey: key, label: "a") == .recorded(replaced: false))
        let before = text
        idlePrompts.append(reader.idle?())
        idlePrompts.append(reader.idle?())
        writtenWhileIdle = String(text.dropFirst(before.count))
        return "bidule"
      default: return "fin"
      }
    }
    let driver = RoomDriver(
      session: RoomSession(bank: TranscriptTests.bank, plan: RoomDriverTests.plan, order: .fixed),
      reader: reader, renderer: { Renderer(width: 80) }, write: { text += $0 }, screen: { Screen(width: 80, height: 30) },
      clears: true)
    driver.remote = box
    driver.run()
    #expect(idlePrompts == ["vote 1 · 0 vote · 0/0 ont voté › ", "vote 1 · 2 votes · 2/2 ont voté › ", "vote 1 · 2 votes · 2/2 ont voté › "])
    #expect(writtenWhileIdle == "", "only the editor redraws the prompt line")
    #expect(driver.session.records.first?.rounds[0].distribution == [1, 1, 0])
    // The answer to the next line stays under the question still on screen: cleared only for
    // the title screen, the question and the debrief.
    #expect(text.components(separatedBy: "\u{1B}[2J").count == 4)
    #expect(text.contains("Option inconnue : « bidule » (options de a à c)."))
    #expect(reader.idle == nil, "no idle prompt once the session is over")
  }
}
