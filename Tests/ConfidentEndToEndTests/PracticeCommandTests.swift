import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `confident pratique`, `progression` and `oublier` as a participant runs them, on the
/// fixture bank, with the clock set by `CONFIDENT_NOW`.
@Suite("Practice command")
struct PracticeCommandTests {
  let day1 = "2026-12-05T09:00:00Z"
  let day2 = "2026-12-06T09:00:00Z"

  func environment(_ home: TemporaryDirectory, now: String) -> [String: String] {
    ["CONFIDENT_HOME": home.path, "CONFIDENT_NOW": now]
  }

  /// The number of stored answers, read back by another process (`progression --json`).
  func storedAnswers(_ home: TemporaryDirectory, now: String) throws -> Int {
    let outcome = try Confident.run(["progression", "--json"], environment: environment(home, now: now))
    #expect(outcome.status == 0, "\(outcome.errors)")
    let json = try JSONSerialization.jsonObject(with: outcome.stdout) as? [String: Any]
    return try #require(json?["answers"] as? Int)
  }

  @Test func everyAnswerGivenBeforeASigkillIsFoundAfterIt() throws {
    let home = try TemporaryDirectory()
    let terminal = try Confident.terminal(
      ["pratique", "--sans-certitude", "--seed", "7"], home: home, environment: ["CONFIDENT_NOW": day1])
    // Case 1 (the phone call, level 1): one step.
    try terminal.expect("1/2 · 0/2 cas vus · 0 à revoir aujourd'hui · réponse [a-c] › ")
    terminal.send("b\r")
    try terminal.expect("fondement [1-3] › ")
    terminal.send("1\r")
    try terminal.expect("✓ Bonne décision (2/2)")
    try terminal.expect("Entrée ou « suivant » › ")
    terminal.send("suivant\r")
    // Case 2, first step answered, then killed at its result.
    try terminal.expect("2/2 · 1/2 cas vus · ")
    try terminal.expect("réponse [a-c] › ")
    terminal.send("b\r")
    try terminal.expect("fondement [1-3] › ")
    terminal.send("1\r")
    try terminal.expect("Entrée ou « suivant » › ")
    kill(terminal.process.processIdentifier, SIGKILL)
    terminal.process.waitUntilExit()
    #expect(terminal.process.terminationReason == .uncaughtSignal)

    #expect(try storedAnswers(home, now: day1) == 2)
    // The session resumes at the second step of case 2.
    let resumed = try Confident.run(["pratique", "--sans-certitude"], input: "quitter\n", environment: environment(home, now: day1))
    #expect(resumed.output.contains("Reprise de la session interrompue : cas 2 sur 2."), "\(resumed.output)")
    #expect(resumed.output.contains("Le juge d'instruction"), "\(resumed.output)")
  }

  @Test func aNewUserPractisesQuitsAndIsOfferedTheDueReviewsFirstTheNextDay() throws {
    let home = try TemporaryDirectory()
    // Day 1: one new case, failed (wrong decision), then quit.
    let first = try Confident.run(
      ["pratique", "--nombre", "1", "--sans-certitude"], input: "a\n2\n\n\n", environment: environment(home, now: day1))
    #expect(first.status == 0, "\(first.errors)")
    #expect(first.output.contains("✗ Décision à revoir"), "\(first.output)")
    #expect(first.output.contains("Session terminée"), "\(first.output)")

    // Day 2, a new process: the home screen opens on the review, and `pratique` offers it first.
    let shell = try Confident.run([], input: "quitter\n", environment: environment(home, now: day2))
    #expect(shell.output.contains("1 cas à revoir aujourd'hui · 1 nouveau — tapez « pratique »"), "\(shell.output)")
    let second = try Confident.run(["pratique", "--sans-certitude"], input: "quitter\n", environment: environment(home, now: day2))
    // The ground missed on day 1 (« secret ») brings the other case that accepts it.
    #expect(second.output.contains("2 à revoir, 0 nouveau."), "\(second.output)")
    let firstCase = try #require(second.output.range(of: "Cas 1/2 · à revoir"))
    #expect(second.output[..<firstCase.lowerBound].contains("Un policier téléphone pour une adresse"), "\(second.output)")
  }

  @Test func progressSurvivesARestart() throws {
    let home = try TemporaryDirectory()
    let first = try Confident.run(
      ["pratique", "--nombre", "1"], input: "b\n3\n1\n", environment: environment(home, now: day1))
    #expect(first.output.contains("✓ Bonne décision (2/2) · ✓ fondement juste (1/1) · certain +3"), "\(first.output)")
    #expect(try storedAnswers(home, now: day1) == 1)
    let report = try Confident.run(["progression"], environment: environment(home, now: day1).merging(["TERM": "dumb"]) { $1 })
    #expect(report.output.contains("1/2 cas vus · 0 à revoir aujourd'hui · 1 réponse enregistrée"), "\(report.output)")
    #expect(report.output.contains("certain  ################ 100\u{A0}% (1) · paie à 80–100 % · juste"), "\(report.output)")
  }

  @Test func aDamagedDatabaseIsMovedAsideWithItsMessage() throws {
    let home = try TemporaryDirectory()
    _ = try home.write("ceci n'est pas une base SQLite, mais un fichier abîmé\n", to: "progress.sqlite")
    let outcome = try Confident.run(["progression"], environment: environment(home, now: day1))
    #expect(outcome.status == 0)
    #expect(outcome.errors == "confident : Le fichier de progression progress.sqlite est abîmé : il a été mis de côté sous le nom progress.sqlite.abime-20261205-090000 (rien n'a été effacé) et une nouvelle progression commence.\n")
    let aside = home.url.appendingPathComponent("progress.sqlite.abime-20261205-090000")
    #expect(try String(contentsOf: aside, encoding: .utf8) == "ceci n'est pas une base SQLite, mais un fichier abîmé\n")
  }

  @Test func forgetErasesTheProgressAfterConfirmationAndSaysWhat() throws {
    let home = try TemporaryDirectory()
    _ = try Confident.run(["pratique", "--nombre", "1", "--sans-certitude"], input: "b\n1\n", environment: environment(home, now: day1))
    let refused = try Confident.run(["oublier"], input: "non\n", environment: environment(home, now: day1))
    #expect(refused.status == 1 && refused.output.contains("Rien n'a été effacé."), "\(refused.output)")
    #expect(try storedAnswers(home, now: day1) == 1)
    let erased = try Confident.run(["oublier"], input: "oublier\n", environment: environment(home, now: day1))
    #expect(erased.status == 0)
    #expect(erased.output.contains("Progression effacée : 1 réponse, 2 fiches de révision."), "\(erased.output)")
    #expect(erased.output.contains("Fichiers supprimés : progress.sqlite"), "\(erased.output)")
    #expect(!FileManager.default.fileExists(atPath: home.url.appendingPathComponent("progress.sqlite").path))
    let again = try Confident.run(["forget", "--oui"], environment: environment(home, now: day1))
    #expect(again.output.hasPrefix("Aucune progression à effacer"), "\(again.output)")
  }

  @Test func aBadClockIsRefusedInFrench() throws {
    let outcome = try Confident.run(["pratique"], environment: ["CONFIDENT_NOW": "demain"])
    #expect(outcome.status == 2)
    #expect(outcome.errors == "confident : CONFIDENT_NOW invalide : « demain » (attendu : une date ISO 8601 comme 2026-12-05T09:00:00Z).\n")
  }
}
