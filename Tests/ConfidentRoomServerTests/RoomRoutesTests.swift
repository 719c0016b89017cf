import ConfidentContent
import ConfidentCore
@testable import ConfidentRoomServer
import Foundation
import Testing

/// The participants' routes, served by the real server on loopback and asked over HTTP.
@Suite("Room server routes")
struct RoomRoutesTests {
  static let bank = BankLoader.load(
    paths: [
      URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/bank").path
    ]
  ).bank
  static let deviceA = "confident_appareil=" + String(repeating: "a", count: 32)
  static let deviceB = "confident_appareil=" + String(repeating: "b", count: 32)

  /// A room on its first vote, its state published in a new box.
  func openRoom(note: String? = nil) -> (RoomSession, RoomBallotBox) {
    let plan = RoomPlan(title: "Essai", entries: [.init(caseID: "appel-police", note: note), .init(caseID: "police-puis-juge")])
    var session = RoomSession(bank: Self.bank, plan: plan, order: .fixed)
    _ = session.start()
    _ = session.handle("")
    let box = RoomBallotBox(roomCode: "K7MX")
    box.publish(session.publicView)
    return (session, box)
  }

  /// Runs `body` against the real server serving `box`, stopped afterwards.
  func test(_ box: RoomBallotBox, _ body: (LoopbackRoom) async throws -> Void) async throws {
    let room = try await LoopbackRoom.open(box: box)
    defer { room.server.stop() }
    try await body(room)
  }

  func vote(_ client: LoopbackRoom, device: String = RoomRoutesTests.deviceA, code: String = "K7MX", key: String, choice: String) async throws -> LoopbackRoom.Reply {
    let body = #"{"code":"\#(code)","cle":"\#(key)","choix":"\#(choice)"}"#
    return try await client.request("/api/vote", cookie: device, body: body, contentType: "application/json")
  }

  func message(_ response: LoopbackRoom.Reply) -> String { response.message }

  func state(_ client: LoopbackRoom, code: String = "K7MX") async throws -> LoopbackRoom.Reply {
    try await client.request("/api/etat?code=\(code)", cookie: Self.deviceA)
  }

  @Test func aVoteIsCountedForItsChoice() async throws {
    let (session, box) = openRoom()
    let key = try #require(session.openBallotKey)
    try await test(box) { client in
      let response = try await vote(client, key: key, choice: "b")
      #expect(response.status == 200)
      #expect(message(response) == "Vote enregistré.")
    }
    #expect(box.tally(for: key).counts == [session.publicView.choiceIndex(at: 1)!: 1])
    #expect(box.tally(for: key).voted == 1)
  }

  @Test func votingAgainReplacesTheDevicesVote() async throws {
    let (session, box) = openRoom()
    let key = try #require(session.openBallotKey)
    try await test(box) { client in
      _ = try await vote(client, key: key, choice: "a")
      let again = try await vote(client, key: key, choice: "c")
      #expect(again.status == 200)
      #expect(message(again) == "Vote enregistré (il remplace le précédent).")
      _ = try await vote(client, device: Self.deviceB, key: key, choice: "c")
    }
    #expect(box.tally(for: key).counts == [session.publicView.choiceIndex(at: 2)!: 2])
    #expect(box.tally(for: key).voted == 2)
  }

  @Test func aVoteWhileNoVoteIsOpenIsRefused() async throws {
    var (session, box) = openRoom()
    let key = try #require(session.openBallotKey)
    _ = session.handle("a 1")
    _ = session.handle("reveler")
    box.publish(session.publicView)
    try await test(box) { client in
      let response = try await vote(client, key: key, choice: "a")
      #expect(response.status == 409)
      #expect(message(response) == "Aucun vote n'est ouvert pour l'instant : regardez l'écran.")
    }
    #expect(box.tally(for: key).voted == 0)
  }

  @Test func aVoteForAnEarlierQuestionIsRefused() async throws {
    let (session, box) = openRoom()
    try await test(box) { client in
      let response = try await vote(client, key: "0-1-v1", choice: "a")
      #expect(response.status == 409)
      #expect(message(response) == "Ce vote est clos : la question a changé, la page va se mettre à jour.")
    }
    #expect(box.tally(for: session.openBallotKey!).voted == 0)
  }

  @Test func aWrongRoomCodeIsRefusedOnVoteAndState() async throws {
    let (session, box) = openRoom()
    let key = try #require(session.openBallotKey)
    try await test(box) { client in
      let response = try await vote(client, code: "ZZZZ", key: key, choice: "a")
      #expect(response.status == 403)
      #expect(message(response) == "Code de salle inconnu : tapez le code affiché à l'écran.")
      let state = try await state(client, code: "ZZZZ")
      #expect(state.status == 403)
      #expect(!state.text.contains(session.publicView.question))
      #expect(state.message == "Code de salle inconnu : tapez le code affiché à l'écran.")
    }
    #expect(box.tally(for: key).voted == 0)
  }

  @Test func anOptionThatDoesNotExistIsRefused() async throws {
    let (session, box) = openRoom()
    let key = try #require(session.openBallotKey)
    try await test(box) { client in
      let response = try await vote(client, key: key, choice: "z")
      #expect(response.status == 422)
      #expect(message(response) == "Ce choix n'existe pas pour cette question.")
    }
    #expect(box.tally(for: key).voted == 0)
  }

  @Test func anOversizedBodyIsRefused() async throws {
    let (session, box) = openRoom()
    let key = try #require(session.openBallotKey)
    try await test(box) { client in
      let padding = String(repeating: "x", count: 5000)
      let body = #"{"code":"K7MX","cle":"\#(key)","choix":"a","x":"\#(padding)"}"#
      let response = try await client.request("/api/vote", cookie: Self.deviceA, body: body)
      #expect(response.status == 413)
      #expect(message(response) == "Requête trop grande (4 Kio au plus).")
    }
    #expect(box.tally(for: key).voted == 0)
  }

  @Test func anUnreadableVoteNamesEveryFieldThePageSends() async throws {
    let (session, box) = openRoom()
    let key = try #require(session.openBallotKey)
    try await test(box) { client in
      let response = try await client.request("/api/vote", cookie: Self.deviceA, body: "choix=a")
      #expect(response.status == 400)
      #expect(message(response) == #"Requête illisible : le vote attendu est {"code", "cle", "choix"}, avec un "pseudo" facultatif."#)
    }
    #expect(box.tally(for: key).voted == 0)
  }

  @Test func aVoteWithoutADeviceCookieIsRefused() async throws {
    let (session, box) = openRoom()
    let key = try #require(session.openBallotKey)
    try await test(box) { client in
      let response = try await client.request("/api/vote", body: #"{"code":"K7MX","cle":"\#(key)","choix":"a"}"#)
      #expect(response.status == 400)
      #expect(message(response) == "Appareil inconnu : rechargez la page (les cookies doivent être permis).")
    }
  }

  @Test func aFloodFromOneDeviceIsLimited() async throws {
    let (session, box) = openRoom()
    let key = try #require(session.openBallotKey)
    try await test(box) { client in
      var statuses: [Int] = []
      for _ in 0..<40 { statuses.append(try await vote(client, key: key, choice: "a").status) }
      #expect(statuses.contains(429))
      #expect(statuses.prefix(5).allSatisfy { $0 == 200 })
      let limited = try await vote(client, key: key, choice: "a")
      #expect(limited.status == 429)
      #expect(limited.message == "Trop de requêtes : patientez quelques secondes.")
      // Another device is not delayed.
      #expect(try await vote(client, device: Self.deviceB, key: key, choice: "b").status == 200)
    }
  }

  @Test func theStateShowsOnlyTheOpenQuestion() async throws {
    let note = "NOTE-DU-FORMATEUR-SECRETE"
    let (session, box) = openRoom(note: note)
    let shown = try #require(Self.bank.case("appel-police"))
    let other = try #require(Self.bank.case("police-puis-juge"))
    try await test(box) { client in
      let state = try await state(client, code: "k7mx")
      #expect(state.status == 200)
      let text = state.text
      let decoded = state.json
      #expect(decoded?["question"] as? String == shown.steps[0].question)
      #expect((decoded?["choix"] as? [Any])?.count == shown.steps[0].options.count)
      #expect(decoded?["repartition"] == nil)
      for hidden in [note, shown.trainerNote, shown.situation, shown.steps[0].ground.explanation, other.title, other.situation]
        + shown.steps[0].options.map(\.feedback)
      {
        #expect(!text.contains(hidden), "served: \(hidden.prefix(40))")
      }
      let page = try await client.request("/")
      let html = page.text
      #expect(html.contains("<html lang=\"fr\">"))
      for hidden in [note, shown.trainerNote, shown.title, shown.steps[0].question, other.title] { #expect(!html.contains(hidden)) }
      _ = session
    }
  }

  @Test func theDistributionIsServedOnlyAfterTheReveal() async throws {
    var (session, box) = openRoom()
    let key = try #require(session.openBallotKey)
    try await test(box) { client in
      _ = try await vote(client, key: key, choice: "b")
      let open = try await state(client).json
      #expect(open?["repartition"] == nil)
      #expect(open?["monVote"] as? String == "b")
    }
    _ = session.record(.devices(box.tally(for: key).counts))
    _ = session.handle("a 2")
    _ = session.handle("reveler")
    box.publish(session.publicView)
    try await test(box) { client in
      let shown = try await state(client).json
      #expect(shown?["etape"] as? String == "repartition")
      #expect(shown?["repartition"] as? [Int] == [2, 1, 0])
    }
  }

  @Test func theSameStateIsServedAsTheSameTextSoThePageDoesNotRedraw() async throws {
    let (_, box) = openRoom()
    try await test(box) { client in
      let bodies = try await (0..<5).asyncMap { _ in
        try await state(client).text
      }
      #expect(Set(bodies).count == 1)
      #expect(bodies[0].hasPrefix(#"{"choix":["#))
    }
  }

  @Test func everyResponseCarriesTheSecurityHeaders() async throws {
    let (_, box) = openRoom()
    try await test(box) { client in
      let page = try await client.request("/K7MX")
      #expect(page.status == 200)
      let policy = try #require(page.header("Content-Security-Policy"))
      #expect(policy.contains("default-src 'none'"))
      #expect(!policy.contains("unsafe-inline"))
      #expect(page.header("Cache-Control") == "no-store")
      #expect(page.header("X-Content-Type-Options") == "nosniff")
      #expect(page.header("X-Frame-Options") == "DENY")
      let cookie = try #require(page.header("Set-Cookie"))
      #expect(cookie.contains("HttpOnly; SameSite=Strict"))
      #expect(cookie.firstMatch(of: /^confident_appareil=[0-9a-f]{32};/) != nil)
      // A device that already has its token is not given another.
      #expect(try await client.request("/K7MX", cookie: Self.deviceA).header("Set-Cookie") == nil)
      let missing = try await client.request("/banque/cas")
      #expect(missing.status == 404)
      #expect(missing.header("Cache-Control") == "no-store")
      #expect(missing.message == "Page introuvable.")
    }
  }
}

extension Sequence {
  func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
    var results: [T] = []
    for element in self { results.append(try await transform(element)) }
    return results
  }
}
