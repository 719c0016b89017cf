import Foundation
import Testing

/// `confident evaluation` as a candidate runs it, on pipes, with the fixture bank (2 cases).
@Suite struct AssessmentCommandTests {
  @Test func anAssessmentInterruptedByTheEndOfInputResumesInTheNextRun() throws {
    let home = try TemporaryDirectory()
    let environment = ["CONFIDENT_HOME": home.path]
    let first = try Confident.run(["evaluation", "--seed", "3"], input: "\na\n1\n3\n", environment: environment)
    #expect(first.status == 0)
    #expect(first.output.contains("Question 1/2"))
    #expect(first.output.replacingOccurrences(of: "\n", with: " ").contains(
      "Évaluation interrompue : votre réponse est enregistrée. Il reste 1 question ; « confident evaluation » reprendra à la question 2/2."))
    #expect(FileManager.default.fileExists(atPath: home.path + "/evaluation-en-cours.json"))
    #expect(FileManager.default.fileExists(atPath: home.path + "/progress.sqlite"))

    let report = home.path + "/rapport.md"
    let second = try Confident.run(
      ["evaluation", "--seed", "99"], input: "\n?\nrapport \(report)\nquitter\n", environment: environment)
    #expect(second.status == 0)
    // Output is wrapped at 80 columns on a pipe.
    let said = second.output.replacingOccurrences(of: "\n", with: " ")
    #expect(said.contains("Reprise de votre évaluation interrompue : 1 réponse déjà donnée, on continue à la question 2/2."))
    #expect(second.output.contains("── Votre profil ──"))
    #expect(second.output.contains("Vous avez répondu « je ne sais pas » 1 fois : 0 point, sans pénalité."))
    #expect(said.contains("Rapport enregistré : \(report)"))
    #expect(!FileManager.default.fileExists(atPath: home.path + "/evaluation-en-cours.json"))
    let markdown = try String(contentsOfFile: report, encoding: .utf8)
    #expect(markdown.hasPrefix("# Auto-évaluation — secret professionnel en CPAS\n"))
  }

  @Test func badOptionsAreRefusedInFrench() throws {
    let count = try Confident.run(["evaluation", "--nombre", "0"])
    #expect(count.status == 64)
    #expect(count.errors == "confident : --nombre doit être compris entre 1 et 60 (reçu : 0).\nUsage : confident evaluation [options]\n« confident aide evaluation » pour l'aide.\n")
    let report = try Confident.run(["assess", "--rapport", "profil.pdf"])
    #expect(report.status == 64)
    #expect(report.errors.hasPrefix("confident : --rapport doit finir par .md ou .html (reçu : « profil.pdf »).\n"))
  }
}
