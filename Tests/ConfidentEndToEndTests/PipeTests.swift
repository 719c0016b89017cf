import Foundation
import Testing

/// `confident` driven through pipes, as in scripts and CI: no prompts, no colour, exit codes.
@Suite("On pipes")
struct PipeTests {
  let bank = ["--scenarios", Confident.bank]
  let prompts = ["confident ›", "réponse [", "fondement ["]

  @Test func scriptedAnswersToOneCasePrintTheVerdictWithoutPromptOrEscape() throws {
    let run = try Confident.run(["jouer", "appel-police"] + bank, input: "b\n1\n")
    #expect(run.status == 0)
    #expect(run.output.contains("── Un policier téléphone pour une adresse ──"))
    #expect(run.output.contains("✓ Bonne décision (2/2)"))
    #expect(run.output.contains("✓ fondement juste (1/1)"))
    #expect(run.output.contains("Score : 3/3"))
    for prompt in prompts {
      #expect(!run.output.contains(prompt), "prompt \(prompt.debugDescription) on a pipe")
      #expect(!run.errors.contains(prompt), "prompt \(prompt.debugDescription) on stderr")
    }
    #expect(!run.stdout.contains(0x1B), "escape byte in piped output")
    #expect(run.errors.isEmpty)
  }

  @Test func aScriptedTwoStepSessionGivesTheSameOutputEachTime() throws {
    let script = "jouer police-puis-juge\na\n2\nsuivant\nc\ntemoignage\nsuivant\nbilan\nquitter\n"
    let first = try Confident.run(bank, input: script)
    let second = try Confident.run(bank, input: script)
    #expect(first.status == 0)
    #expect(second.status == 0)
    #expect(first.output == second.output)
    #expect(first.errors == second.errors)
    let output = first.output
    #expect(output.contains("Le juge d'instruction vous entend sous serment."))
    #expect(output.contains("✗ Décision à revoir (0/2)"))
    #expect(output.contains("Score : 3/6 — décision 2/4, fondement 1/2."))
    #expect(output.contains("Total : 3/6"))
    #expect(output.hasSuffix("Au revoir.\n"))
  }

  @Test func endOfInputInTheMiddleOfATwoStepCaseInterruptsItCleanly() throws {
    let run = try Confident.run(["jouer", "police-puis-juge"] + bank, input: "a\n1\nsuivant\n")
    #expect(run.status == 0)
    #expect(run.output.contains("Le juge d'instruction vous entend sous serment."))
    #expect(run.output.contains("Cas interrompu"))
    #expect(run.output.contains("Au revoir."))
    #expect(run.errors.isEmpty)
  }

  @Test func endOfInputWithoutANewlineStillCountsTheLastLine() throws {
    let run = try Confident.run(["jouer", "appel-police"] + bank, input: "b\n1")
    #expect(run.status == 0)
    #expect(run.output.contains("✓ fondement juste (1/1)"))
    #expect(!run.output.contains("Cas interrompu"))
  }

  @Test func accentedInputUnderLangCIsReceivedIntact() throws {
    let run = try Confident.run(bank, input: "jouer é\nquitter\n", language: "C")
    #expect(run.status == 0)
    #expect(run.output.contains("Cas inconnu : « é »"))
    // And accented output is not mangled either.
    #expect(run.output.contains("entraînement au secret professionnel"))
  }

  @Test func caseListAsJSONHasTheDocumentedKeys() throws {
    let run = try Confident.run(["cas", "--json"] + bank)
    #expect(run.status == 0)
    let json = try JSONSerialization.jsonObject(with: run.stdout)
    let cases = try #require(json as? [[String: Any]])
    #expect(cases.map { $0["id"] as? String } == ["appel-police", "police-puis-juge"])
    for entry in cases {
      for key in ["id", "title", "points", "level", "steps", "grounds"] {
        #expect(entry[key] != nil, "key \(key) missing in \(entry)")
      }
    }
    let twoSteps = try #require(cases.last)
    #expect(twoSteps["title"] as? String == "De la police au juge d'instruction")
    #expect(twoSteps["steps"] as? Int == 2)
    #expect(twoSteps["level"] as? Int == 2)
    #expect(twoSteps["points"] as? [String] == ["I.4.temoignage", "II.3.police"])
    #expect(twoSteps["grounds"] as? [String] == ["secret", "temoignage"])
  }

  @Test func lintAcceptsTheFixtureBank() throws {
    let run = try Confident.run(["lint", Confident.bank] + bank)
    #expect(run.status == 0, "\(run.output)")
    #expect(run.output.contains("0 erreur"))
    #expect(!run.output.contains(": erreur:"))
  }

  struct BadCase: CustomTestStringConvertible, Sendable {
    var name: String
    /// A line of the valid case and its replacement.
    var replace: (String, String)
    var line: Int
    var column: Int
    var message: String
    var testDescription: String { name }
  }

  /// A valid one-step case; each bad case changes one of its lines.
  static let validCase = """
    id: mauvais
    title: Un cas
    points: [II.3.police]
    level: 1
    law_date: 2026-11-27
    situation: Une demande.
    steps:
      - id: seul
        question: Que faire ?
        options:
          - text: Ceci.
            verdict: correct
            feedback: Oui.
          - text: Cela.
            verdict: incorrect
            feedback: Non.
          - text: Autre chose.
            verdict: acceptable
            feedback: Peut-être.
        ground:
          accepted: [secret]
          explanation: Parce que.
    trainer_note: Rien.

    """

  @Test(arguments: [
    BadCase(
      name: "unknown ground", replace: ("accepted: [secret]", "accepted: [inexistant]"),
      line: 21, column: 18, message: "inexistant"),
    BadCase(
      name: "unknown verdict", replace: ("verdict: acceptable", "verdict: peutetre"),
      line: 18, column: 18, message: "peutetre"),
    BadCase(
      name: "YAML syntax error", replace: ("title: Un cas", "title: \"Un cas"),
      line: 24, column: 1, message: "syntaxe YAML"),
  ])
  func lintRejectsABadCaseWithItsPosition(_ bad: BadCase) throws {
    let folder = try TemporaryDirectory()
    #expect(Self.validCase.contains(bad.replace.0))
    let path = try folder.write(
      Self.validCase.replacingOccurrences(of: bad.replace.0, with: bad.replace.1), to: "mauvais.yaml")

    let run = try Confident.run(["lint", path] + bank)
    #expect(run.status == 1, "\(run.output)")
    let lines = run.output.split(separator: "\n").map(String.init)
    let diagnostic = lines.first { $0.hasPrefix("\(path):") }
    #expect(diagnostic?.hasPrefix("\(path):\(bad.line):\(bad.column): erreur: ") == true, "\(run.output)")
    #expect(diagnostic?.contains(bad.message) == true, "\(run.output)")
    #expect(lines.last?.contains("erreur") == true)
  }

  @Test func lintAcceptsTheValidVariantOfTheBadCases() throws {
    let folder = try TemporaryDirectory()
    let path = try folder.write(Self.validCase, to: "bon.yaml")
    let run = try Confident.run(["lint", path] + bank)
    #expect(run.status == 0, "\(run.output)")
  }

  @Test func playingAnUnknownCaseFails() throws {
    let run = try Confident.run(["jouer", "inconnu"] + bank)
    #expect(run.status != 0)
    #expect((run.output + run.errors).contains("Cas inconnu : « inconnu »"))
  }

  @Test func referenceSubcommandPrintsTheReference() throws {
    let run = try Confident.run(["ref", "cp-458"] + bank)
    #expect(run.status == 0)
    #expect(run.output.contains("── Code pénal (1867), art. 458 ──"))
    #expect(!run.stdout.contains(0x1B))
  }
}
