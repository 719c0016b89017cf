import Foundation
import Testing

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// `confident groupe --salle` on loopback: phones vote over HTTP, the trainer's terminal counts
/// them, the debrief includes them.
@Suite("The room votes from its phones")
struct RoomServerTests {
  /// A participant's device on 127.0.0.1: its own cookie, JSON in and out.
  struct Phone {
    let base: String
    let code: String
    let token = (0..<32).map { _ in String("0123456789abcdef".randomElement()!) }.joined()
    static let session: URLSession = {
      let configuration = URLSessionConfiguration.ephemeral
      configuration.httpShouldSetCookies = false
      configuration.timeoutIntervalForRequest = 5
      return URLSession(configuration: configuration)
    }()

    func request(_ path: String, body: [String: String]? = nil) async throws -> (status: Int, json: [String: Any]) {
      var request = URLRequest(url: URL(string: base + path)!)
      request.setValue("confident_appareil=\(token)", forHTTPHeaderField: "Cookie")
      if let body {
        request.httpMethod = "POST"
        request.httpBody = try JSONSerialization.data(withJSONObject: body)
      }
      let (data, response) = try await Self.session.data(for: request)
      let json = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
      return ((response as? HTTPURLResponse)?.statusCode ?? 0, json)
    }

    func state() async throws -> [String: Any] { try await request("/api/etat?code=\(code)").json }

    func vote(_ choice: String, key: String, code: String? = nil) async throws -> (status: Int, json: [String: Any]) {
      try await request("/api/vote", body: ["code": code ?? self.code, "cle": key, "choix": choice])
    }
  }

  @Test(.timeLimit(.minutes(1)))
  func phonesVoteRevoteAndAppearInTheCountAndTheDebrief() async throws {
    let home = try TemporaryDirectory()
    let debrief = home.path + "/debrief.md"
    let terminal = try Confident.terminal(
      ["groupe", "--cas", "appel-police", "--salle", "--port", "0", "--debrief", debrief], home: home, rows: 60, columns: 100)
    defer { if terminal.process.isRunning { kill(terminal.process.processIdentifier, SIGKILL) } }
    let banner = try terminal.expect("Entrée : premier cas › ", timeout: .seconds(15))
    let address = try #require(banner.firstMatch(of: /HTTP:\/\/127\.0\.0\.1:(\d+)\/([A-Z0-9]{4})/))
    let base = "http://127.0.0.1:\(address.1)"
    let code = String(address.2)
    #expect(banner.contains("Code de la salle : \(code)"))
    #expect(banner.contains("█"), "the QR code")

    let phones = (0..<15).map { _ in Phone(base: base, code: code) }
    #expect(try await phones[0].state()["etape"] as? String == "attente")
    terminal.send("\r")
    try terminal.expect("vote 1 · 0 vote · 0/1 ont voté › ")
    let open = try await phones[0].state()
    let key = try #require(open["cle"] as? String)
    #expect(open["question"] as? String == "Que répondez-vous ?")

    // 15 participants at once: 12 for b, 3 for a; then one changes its mind.
    let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
      for (index, phone) in phones.enumerated() { group.addTask { try await phone.vote(index < 12 ? "b" : "a", key: key).status } }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    #expect(statuses == Array(repeating: 200, count: 15))
    // The trainer's prompt follows them without a key (redrawn in place about every second).
    try terminal.expect("vote 1 · 15 votes · 15/15 ont voté › ")
    let again = try await phones[0].vote("c", key: key)
    #expect(again.json["message"] as? String == "Vote enregistré (il remplace le précédent).")
    let wrong = try await phones[1].vote("b", key: key, code: "ZZZZ")
    #expect(wrong.status == 403)

    // A typed tally adds up with the phones' votes.
    terminal.send("a 2\r")
    try terminal.expect("vote 1 · 17 votes · 15/15 ont voté › ")
    #expect(try await phones[0].state()["repartition"] == nil, "hidden before « reveler »")
    terminal.send("reveler\r")
    try terminal.expect("Entrée : la réponse · « revoter » › ")
    let revealed = try await phones[0].state()
    #expect(revealed["repartition"] as? [Int] == [5, 11, 1])
    #expect(try await phones[2].vote("a", key: key).status == 409, "a vote after the reveal")

    terminal.send("revoter\r")
    try terminal.expect("vote 2 · 0 vote · 0/15 ont voté › ")
    let second = try #require(try await phones[0].state()["cle"] as? String)
    #expect(second != key)
    #expect(try await phones[3].vote("b", key: key).status == 409, "a vote for the first round")
    #expect(try await phones[3].vote("b", key: second).status == 200)
    terminal.send("question\r")
    try terminal.expect("vote 2 · 1 vote · 1/15 ont voté › ")
    terminal.send("fin\r")
    try terminal.expect("Au revoir.")
    #expect(terminal.waitForExit(timeout: .seconds(10)) == 0)

    let text = try String(contentsOfFile: debrief, encoding: .utf8)
    #expect(text.contains("Votes des téléphones : 1er vote 15 · 2e vote 1."))
    #expect(!phones.contains { text.contains($0.token) }, "no device token in the debrief")
    // The server stopped with the session.
    await #expect(throws: (any Error).self) { _ = try await phones[0].state() }
  }

  @Test func listenOptionsNeedTheRoomAndAValidPort() throws {
    let withoutRoom = try Confident.run(["groupe", "--cas", "appel-police", "--port", "8470", "--scenarios", Confident.bank])
    #expect(withoutRoom.status == 2)
    #expect(withoutRoom.errors == "confident : --ecoute et --port vont avec --salle.\n")
    let badPort = try Confident.run(["groupe", "--cas", "appel-police", "--salle", "--port", "99999", "--scenarios", Confident.bank])
    #expect(badPort.status == 2)
    #expect(badPort.errors == "confident : --port attend un nombre de 0 à 65535, trouvé « 99999 ».\n")
    let badHost = try Confident.run(["groupe", "--cas", "appel-police", "--salle", "--ecoute", "example.org", "--scenarios", Confident.bank])
    #expect(badHost.status == 2)
    #expect(badHost.errors == "confident : --ecoute attend une adresse IP (127.0.0.1, 0.0.0.0 ou une adresse de cet ordinateur), trouvé « example.org ».\n")
  }
}
