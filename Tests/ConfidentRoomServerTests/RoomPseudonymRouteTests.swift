import ConfidentCore
@testable import ConfidentRoomServer
import Foundation
import Testing

/// The optional « pseudo » of `POST /api/vote`, over HTTP on loopback: kept per device,
/// refused in French when too long or hiding characters, and listed in the debrief.
@Suite("Room server pseudonyms")
struct RoomPseudonymRouteTests {
  let routes = RoomRoutesTests()

  func vote(_ client: LoopbackRoom, device: String, key: String, choice: String, pseudo: String?) async throws -> LoopbackRoom.Reply {
    let field = pseudo.map { #","pseudo":"\#($0)""# } ?? ""
    let body = #"{"code":"K7MX","cle":"\#(key)","choix":"\#(choice)"\#(field)}"#
    return try await client.request("/api/vote", cookie: device, body: body, contentType: "application/json")
  }

  @Test func aPseudonymSentWithTheVoteIsKeptForTheDeviceAndShownInTheDebrief() async throws {
    var (session, box) = routes.openRoom()
    let key = try #require(session.openBallotKey)
    try await routes.test(box) { client in
      let first = try await vote(client, device: RoomRoutesTests.deviceA, key: key, choice: "a", pseudo: "  *x*|y  ")
      #expect(first.status == 200)
      // Without « pseudo » the device keeps the one it gave.
      let again = try await vote(client, device: RoomRoutesTests.deviceA, key: key, choice: "b", pseudo: nil)
      #expect(again.status == 200)
      let anonymous = try await vote(client, device: RoomRoutesTests.deviceB, key: key, choice: "c", pseudo: "")
      #expect(anonymous.status == 200)
    }
    #expect(box.pseudonym(of: String(repeating: "a", count: 32)) == "*x*|y")
    #expect(box.pseudonym(of: String(repeating: "b", count: 32)) == nil)
    let tally = box.tally(for: key)
    #expect(tally.pseudonyms == ["*x*|y": [session.publicView.choiceIndex(at: 1)!]])
    _ = session.record(.devices(tally.counts, pseudonyms: tally.pseudonyms))
    _ = session.handle("fin")
    let markdown = session.debriefMarkdown(date: "2026-12-04")
    #expect(markdown.contains("Votes des téléphones : 1er vote 2.\n\nPseudonymes au 1er vote : \\*x\\*\\|y : b.\n\n"))
    #expect(!markdown.contains(String(repeating: "a", count: 32)))
  }

  @Test func aPseudonymLongerThanFortyCharactersIsRefusedAndTheVoteNotTaken() async throws {
    let (session, box) = routes.openRoom()
    let key = try #require(session.openBallotKey)
    try await routes.test(box) { client in
      let response = try await vote(client, device: RoomRoutesTests.deviceA, key: key, choice: "a", pseudo: String(repeating: "é", count: 41))
      #expect(response.status == 400)
      #expect(response.message == "Pseudonyme trop long : 41 caractères, 40 au plus.")
    }
    #expect(box.tally(for: key).voted == 0)
  }

  @Test func aPseudonymWithAControlOrBidiCharacterIsRefused() async throws {
    let (session, box) = routes.openRoom()
    let key = try #require(session.openBallotKey)
    try await routes.test(box) { client in
      for pseudo in [#"Al\u0007ice"#, #"\u202Eecila"#] {
        let response = try await vote(client, device: RoomRoutesTests.deviceA, key: key, choice: "a", pseudo: pseudo)
        #expect(response.status == 400)
        #expect(response.message == "Pseudonyme refusé : il contient un caractère invisible ou de contrôle.")
      }
    }
    #expect(box.tally(for: key).voted == 0)
    #expect(box.pseudonym(of: String(repeating: "a", count: 32)) == nil)
  }

  @Test func thePageOffersAnOptionalLabelledPseudonymFieldBoundedLikeTheServer() async throws {
    let (_, box) = routes.openRoom()
    try await routes.test(box) { client in
      let page = try await client.request("/K7MX").text
      #expect(page.contains(#"<label id="pseudoLabel" for="pseudo">Pseudonyme ou équipe (facultatif)</label>"#))
      #expect(page.contains(#"<input id="pseudo" name="pseudo" maxlength="\#(RoomPseudonym.maximumLength)" autocomplete="off" aria-describedby="pseudoAide""#))
      #expect(!page.contains("required"))
    }
  }
}
