import Testing

@testable import ConfidentCore

/// Votes from the participants' devices: they add up with typed tallies, stay hidden until the
/// reveal, and what a device may see is only the open question.
@Suite("Room votes from devices")
struct RoomDeviceVoteTests {
  func room() -> RoomSession {
    var session = RoomSession(bank: RoomSessionTests.bank, plan: RoomSessionTests.plan, order: .fixed)
    _ = session.start()
    _ = session.handle("")
    return session
  }

  @Test func devicesVotesAddUpWithATypedTallyEitherWayRound() {
    var session = room()
    _ = session.record(.devices([1: 4, 0: 1]))
    _ = session.handle("a 2 b 3")
    #expect(session.prompt(now: 0) == "vote 1 · 10 votes › ")
    // A new devices' tally replaces the previous one, not the typed tally.
    let output = session.record(.devices([1: 5, 0: 1]))
    #expect(output.last == .paragraph("11 votes (résultats cachés jusqu'à « reveler »)", .emphasis))
    #expect(session.current?.rounds[0].distribution == [3, 8, 0])
    #expect(session.current?.rounds[0].deviceTotal == 6)
  }

  @Test func theDevicesViewShowsTheOpenQuestionThenTheDistributionOnlyAfterTheReveal() throws {
    var session = room()
    let view = session.publicView
    #expect(view.stage == .vote)
    #expect(view.question == "Que répondez-vous ?")
    #expect(view.choices.map(\.label) == ["a", "b", "c"])
    #expect(view.distribution == nil)
    let key = try #require(view.ballotKey)
    _ = session.record(.devices([1: 2]))
    _ = session.handle("reveler")
    #expect(session.publicView.stage == .distribution)
    #expect(session.publicView.ballotKey == nil)
    #expect(session.publicView.distribution == [0, 2, 0])
    _ = session.handle("revoter")
    #expect(session.publicView.stage == .vote)
    #expect(session.publicView.round == 2)
    #expect(session.publicView.ballotKey != key)
    _ = session.record(.devices([1: 1]))
    _ = session.handle("reveler")
    _ = session.handle("")
    #expect(session.publicView.stage == .waiting, "the verdict stays on the projector")
    _ = session.handle("")
    #expect(session.publicView.stage == .ground)
    #expect(session.publicView.choices.first?.label == "1")
  }

  @Test func theDevicesViewNeverHoldsNotesFeedbackOrOtherCases() throws {
    let session = room()
    let view = session.publicView
    let served = ([view.question] + view.choices.map(\.text)).joined(separator: "\n")
    let shown = try #require(RoomSessionTests.bank.case("appel-police"))
    let hidden = [shown.trainerNote, shown.situation, shown.steps[0].ground.explanation, "Insister sur le silence.", "Un huissier"]
      + shown.steps[0].options.map(\.feedback)
    for text in hidden { #expect(!served.contains(text), "« \(text) » served to devices") }
  }

  @Test func theDebriefCountsTheDevicesVotes() {
    var session = room()
    _ = session.record(.devices([1: 9]))
    _ = session.handle("a 1")
    _ = session.handle("fin")
    let markdown = session.debriefMarkdown(date: "2026-12-04")
    #expect(markdown.contains("Votes des téléphones : 1er vote 9.\n"))
    #expect(session.debrief().mentions("a 1 ✗ · b 9 ✓ · c 0 ~ (10 votes, dont 9 des téléphones)"))
  }
}
