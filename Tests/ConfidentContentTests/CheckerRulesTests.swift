import ConfidentContent
import ConfidentCore
import Foundation
import Testing

/// Rules the outside test found missing from the checker: loops, too many options, hidden
/// formatting, forged diagnostic lines.
@Suite("Checker rules for hostile authors")
struct CheckerRulesTests {
  /// The fixture case `appel-police` with `edit` applied, checked against the fixture bank.
  func lint(_ edit: (String) -> String, name: String = "cas.yaml") throws -> [String] {
    let original = try String(contentsOfFile: Fixtures.bank + "/cas/appel-police.yaml", encoding: .utf8)
    let text = edit(original.replacingOccurrences(of: "id: appel-police", with: "id: variante"))
    let path = try Fixtures.temporaryFile(Array(text.utf8), name: name)
    return BankLoader.load(paths: [path], catalogueFallback: Fixtures.bank).diagnostics.map { "\($0.line):\($0.column): \($0.message)" }
  }

  /// Options `count` times, the last one correct.
  static func options(_ count: Int) -> String {
    (1...count).map { index in
      "      - text: Option \(index)\n        verdict: \(index == count ? "correct" : "incorrect")\n        feedback: Retour \(index).\n"
    }.joined()
  }

  @Test func aStepWithMoreThanTwentySixOptionsIsRefused() throws {
    let text = """
      id: trente
      title: Trente options
      points: [II.3.police]
      level: 1
      law_date: 2026-11-27
      situation: Trop de choix.
      trainer_note: Aucune.
      steps:
        - id: un
          question: Laquelle ?
          options:
      \(Self.options(30))    ground:
            accepted: [secret]
            explanation: Parce que.
      """
    let path = try Fixtures.temporaryFile(Array(text.utf8))
    let report = BankLoader.load(paths: [path], catalogueFallback: Fixtures.bank)
    #expect(report.diagnostics.map { "\($0.line):\($0.column): \($0.message)" } == [
      "12:7: l'étape « un » a 30 options ; 26 au plus (une lettre de a à z par option)"
    ])
    #expect(report.bank.cases.isEmpty)
  }

  @Test func aStepThatLeadsBackToItselfIsRefused() throws {
    let text = """
      id: boucle
      title: Boucle
      points: [II.3.police]
      level: 1
      law_date: 2026-11-27
      situation: Encore.
      trainer_note: Aucune.
      steps:
        - id: un
          question: Encore ?
          options:
            - text: Oui
              verdict: correct
              feedback: Encore.
              next: un
            - text: Non
              verdict: incorrect
              feedback: Fin.
              next: deux
            - text: Peut-être
              verdict: incorrect
              feedback: Fin.
          ground:
            accepted: [secret]
            explanation: Parce que.
        - id: deux
          question: Retour ?
          options:
            - text: A
              verdict: correct
              feedback: Retour.
              next: un
            - text: B
              verdict: incorrect
              feedback: Fin.
            - text: C
              verdict: incorrect
              feedback: Fin.
          ground:
            accepted: [secret]
            explanation: Parce que.
      """
    let path = try Fixtures.temporaryFile(Array(text.utf8))
    let report = BankLoader.load(paths: [path], catalogueFallback: Fixtures.bank)
    #expect(report.diagnostics.map { "\($0.line):\($0.column): \($0.message)" } == [
      "15:15: « next » ramène à l'étape « un » elle-même : les boucles ne sont pas acceptées",
      "32:15: « next » forme une boucle (« un » → « deux » → « un ») : les boucles ne sont pas acceptées",
    ])
    #expect(report.bank.cases.isEmpty)
  }

  @Test func aBidiOverrideInATitleWarnsAndIsShownVisibly() throws {
    let diagnostics = try lint {
      $0.replacingOccurrences(of: "title: Un policier téléphone pour une adresse", with: "title: \"Réponse \\u202Eelbatpecca\\u202C\"")
    }
    #expect(diagnostics == [
      "2:8: « title » contient un caractère de contrôle bidirectionnel (U+202E), qui peut inverser le texte affiché : il sera montré comme ⟨U+202E⟩"
    ])
    #expect("Réponse \u{202E}elbatpecca\u{202C} \u{200B}x\u{2028}fin\u{AD}\u{FEFF}".neutralized == "Réponse ⟨U+202E⟩elbatpecca⟨U+202C⟩ x fin")
  }

  @Test func aNewlineInAFileNameCannotForgeDiagnosticLines() throws {
    let name = "a.yaml:1:1: erreur: aucune\nappel-police.yaml:1:1: avertissement: faux\nz.yaml"
    let path = try Fixtures.temporaryFile(Array("id: Mauvais\n".utf8), name: name)
    let report = BankLoader.load(paths: [path], catalogueFallback: Fixtures.bank)
    let lines = report.diagnostics.map(\.description)
    #expect(lines.allSatisfy { !$0.contains("\n") })
    #expect(lines.contains { $0.hasSuffix(#"a.yaml:1:1: erreur: aucune\nappel-police.yaml:1:1: avertissement: faux\nz.yaml:1:5: erreur: identifiant mal formé : « Mauvais » (minuscules, chiffres et tirets, ex. « police-adresse »)"#) }, "\(lines)")
  }
}

/// Inputs the coverage-guided fuzzer (Fuzz/run.sh) found, kept as regression tests.
@Suite("Fuzzer findings")
struct FuzzerFindingsTests {
  @Test func aDuplicatedStepIDWithFewerOptionsAndABrokenNextDoesNotCrash() throws {
    func step(_ options: Int, next: String) -> String {
      "  - id: un\n    question: Q ?\n    options:\n"
        + (1...options).map { "      - text: T\($0)\n        verdict: correct\n        feedback: F.\n        next: \(next)\n" }.joined()
        + "    ground:\n      accepted: [secret]\n      explanation: E.\n"
    }
    let text = "id: double\ntitle: T\npoints: [II.3.police]\nlevel: 1\nlaw_date: 2026-11-27\nsituation: S.\ntrainer_note: N.\nsteps:\n"
      + step(3, next: "nulle-part") + step(5, next: "ailleurs")
    let path = try Fixtures.temporaryFile(Array(text.utf8))
    let report = BankLoader.load(paths: [path], catalogueFallback: Fixtures.bank)
    #expect(report.diagnostics.map(\.message).contains("identifiant d'étape en double : « un »"))
    #expect(report.bank.cases.isEmpty)
  }
}
