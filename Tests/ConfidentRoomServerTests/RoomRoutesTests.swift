import ConfidentContent
import ConfidentCore
@testable import ConfidentRoomServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// The participants' routes, through Hummingbird's router test client.
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

  func test(_ box: RoomBallotBox, _ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
    let app = RoomServer.application(box: box, address: RoomServerAddress())
    try await app.test(.router, body)
  }

  func vote(_ client: any TestClientProtocol, device: String = RoomRoutesTests.deviceA, code: String = "K7MX", key: String, choice: String) async throws -> TestResponse {
    let body = #"{"code":"\#(code)","cle":"\#(key)","choix":"\#(choice)"}"#
    return try await client.execute(
      uri: "/api/vote", method: .post, headers: [.cookie: device, .contentType: "application/json"],
      body: ByteBuffer(string: body))
  }

  func message(_ response: TestResponse) -> String {
    let object = try? JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
    return object?["message"] as? String ?? ""
  }

  @Test func aVoteIsCountedForItsChoice() async throws {
    let (session, box) = openRoom()
    let key = try #require(session.openBallotKey)
    try await test(box) { client in
      let response = try await vote(client, key: key, choice: "b")
      #expect(response.status == .ok)
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
      #expect(again.status == .ok)
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
      #expect(response.status == .conflict)
      #expect(message(response) == "Aucun vote n'est ouvert pour l'instant : regardez l'écran.")
    }
    #expect(box.tally(for: key).voted == 0)
  }

  @Test func aVoteForAnEarlierQuestionIsRefused() async throws {
    let (session, box) = openRoom()
    try await test(box) { client in
      let response = try await vote(client, key: "0-1-v1", choice: "a")
      #expect(response.status == .conflict)
      #expect(message(response) == "Ce vote est clos : la question a changé, la page va se mettre à jour.")
    }
    #expect(box.tally(for: session.openBallotKey!).voted == 0)
  }

  @Test func aWrongRoomCodeIsRefusedOnVoteAndState() async throws {
    let (session, box) = openRoom()
    let key = try #require(session.openBallotKey)
    try await test(box) { client in
      let response = try await vote(client, code: "ZZZZ", key: key, choice: "a")
      #expect(response.status == .forbidden)
      #expect(message(response) == "Code de salle inconnu : tapez le code affiché à l'écran.")
      let state = try await client.execute(uri: "/api/etat?code=ZZZZ", method: .get, headers: [.cookie: Self.deviceA])
      #expect(state.status == .forbidden)
      #expect(!String(buffer: state.body).contains(session.publicView.question))
    }
    #expect(box.tally(for: key).voted == 0)
  }

  @Test func anOptionThatDoesNotExistIsRefused() async throws {
    let (session, box) = openRoom()
    let key = try #require(session.openBallotKey)
    try await test(box) { client in
      let response = try await vote(client, key: key, choice: "z")
      #expect(response.status == .unprocessableContent)
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
      let response = try await client.execute(
        uri: "/api/vote", method: .post, headers: [.cookie: Self.deviceA], body: ByteBuffer(string: body))
      #expect(response.status == .contentTooLarge)
      #expect(message(response) == "Requête trop grande (4 Kio au plus).")
    }
    #expect(box.tally(for: key).voted == 0)
  }

  @Test func aVoteWithoutADeviceCookieIsRefused() async throws {
    let (session, box) = openRoom()
    let key = try #require(session.openBallotKey)
    try await test(box) { client in
      let response = try await client.execute(
        uri: "/api/vote", method: .post, body: ByteBuffer(string: #"{"code":"K7MX","cle":"\#(key)","choix":"a"}"#))
      #expect(response.status == .badRequest)
      #expect(message(response) == "Appareil inconnu : rechargez la page (les cookies doivent être permis).")
    }
  }

  @Test func aFloodFromOneDeviceIsLimited() async throws {
    let (session, box) = openRoom()
    let key = try #require(session.openBallotKey)
    try await test(box) { client in
      var statuses: [HTTPResponse.Status] = []
      for _ in 0..<40 { statuses.append(try await vote(client, key: key, choice: "a").status) }
      #expect(statuses.contains(.tooManyRequests))
      #expect(statuses.prefix(5).allSatisfy { $0 == .ok })
      // Another device is not delayed.
      #expect(try await vote(client, device: Self.deviceB, key: key, choice: "b").status == .ok)
    }
  }

  @Test func theStateShowsOnlyTheOpenQuestion() async throws {
    let note = "NOTE-DU-FORMATEUR-SECRETE"
    let (session, box) = openRoom(note: note)
    let shown = try #require(Self.bank.case("appel-police"))
    let other = try #require(Self.bank.case("police-puis-juge"))
    try await test(box) { client in
      let state = try await client.execute(uri: "/api/etat?code=k7mx", method: .get, headers: [.cookie: Self.deviceA])
      #expect(state.status == .ok)
      let text = String(buffer: state.body)
      let decoded = try JSONSerialization.jsonObject(with: Data(state.body.readableBytesView)) as? [String: Any]
      #expect(decoded?["question"] as? String == shown.steps[0].question)
      #expect((decoded?["choix"] as? [Any])?.count == shown.steps[0].options.count)
      #expect(decoded?["repartition"] == nil)
      for hidden in [note, shown.trainerNote, shown.situation, shown.steps[0].ground.explanation, other.title, other.situation]
        + shown.steps[0].options.map(\.feedback)
      {
        #expect(!text.contains(hidden), "served: \(hidden.prefix(40))")
      }
      let page = try await client.execute(uri: "/", method: .get)
      let html = String(buffer: page.body)
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
      let before = try await client.execute(uri: "/api/etat?code=K7MX", method: .get, headers: [.cookie: Self.deviceA])
      let open = try JSONSerialization.jsonObject(with: Data(before.body.readableBytesView)) as? [String: Any]
      #expect(open?["repartition"] == nil)
      #expect(open?["monVote"] as? String == "b")
    }
    _ = session.record(.devices(box.tally(for: key).counts))
    _ = session.handle("a 2")
    _ = session.handle("reveler")
    box.publish(session.publicView)
    try await test(box) { client in
      let after = try await client.execute(uri: "/api/etat?code=K7MX", method: .get, headers: [.cookie: Self.deviceA])
      let shown = try JSONSerialization.jsonObject(with: Data(after.body.readableBytesView)) as? [String: Any]
      #expect(shown?["etape"] as? String == "repartition")
      #expect(shown?["repartition"] as? [Int] == [2, 1, 0])
    }
  }

  @Test func theSameStateIsServedAsTheSameTextSoThePageDoesNotRedraw() async throws {
    let (_, box) = openRoom()
    try await test(box) { client in
      let bodies = try await (0..<5).asyncMap { _ in
        String(buffer: try await client.execute(uri: "/api/etat?code=K7MX", method: .get, headers: [.cookie: Self.deviceA]).body)
      }
      #expect(Set(bodies).count == 1)
      #expect(bodies[0].hasPrefix(#"{"choix":["#))
    }
  }

  @Test func everyResponseCarriesTheSecurityHeaders() async throws {
    let (_, box) = openRoom()
    try await test(box) { client in
      let page = try await client.execute(uri: "/K7MX", method: .get)
      #expect(page.status == .ok)
      let policy = try #require(page.headers[HTTPField.Name("Content-Security-Policy")!])
      #expect(policy.contains("default-src 'none'"))
      #expect(!policy.contains("unsafe-inline"))
      #expect(page.headers[.cacheControl] == "no-store")
      #expect(page.headers[.setCookie]?.contains("HttpOnly; SameSite=Strict") == true)
      let missing = try await client.execute(uri: "/banque/cas", method: .get)
      #expect(missing.status == .notFound)
      #expect(missing.headers[.cacheControl] == "no-store")
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
