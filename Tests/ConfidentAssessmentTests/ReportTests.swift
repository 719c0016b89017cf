import ConfidentScheduling
import ConfidentReports
import Foundation
import Testing

@testable import ConfidentCore

@Suite struct ReportTests {
  /// A finished 15-question assessment of the crafted bank: right where the option's authored
  /// index is even among the first eight, then wrong with « certain », two « je ne sais pas ».
  static func finished() -> AssessmentSession {
    var session = AssessmentSession(
      bank: AssessmentFixtures.crafted, seed: 2026, sessionID: "rapport", clock: { AssessmentFixtures.date })
    _ = session.start()
    _ = session.handle("")
    for index in 0..<15 {
      switch index {
      case 0..<8: AssessmentFixtures.answer(&session, authored: 0, ground: index % 2 == 0 ? 1 : 3, certainty: index < 4 ? "3" : "2")
      case 8..<11: AssessmentFixtures.answer(&session, authored: 2, ground: 2, certainty: "3")
      case 11..<13: AssessmentFixtures.answer(&session, authored: 1, ground: 1, certainty: "1")
      default: AssessmentFixtures.answer(&session, authored: nil)
      }
    }
    return session
  }

  static let goldenPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/golden-report.md").path

  @Test func theMarkdownReportMatchesTheGoldenFile() throws {
    let session = Self.finished()
    #expect(session.state == .profile)
    let markdown = MarkdownReport.render(session.report(at: AssessmentFixtures.date))
    if ProcessInfo.processInfo.environment["CONFIDENT_UPDATE_GOLDEN"] == "1" {
      try markdown.write(toFile: Self.goldenPath, atomically: true, encoding: .utf8)
    }
    let golden = try String(contentsOfFile: Self.goldenPath, encoding: .utf8)
    #expect(markdown == golden)
  }

  @Test func theMarkdownReportHasEveryPartTheMistakesAndTheRecommendation() {
    let report = Self.finished().report(at: AssessmentFixtures.date)
    let markdown = MarkdownReport.render(report)
    #expect(markdown.contains("Le 4 décembre 2026 à 18:00 (UTC)"))
    for part in ProgrammePart.allCases { #expect(markdown.contains("| \(part.label) | \(part.title) |")) }
    #expect(report.confidentMistakes.count == 3)
    for mistake in report.confidentMistakes {
      #expect(markdown.contains("### Question \(mistake.number) — \(mistake.title) (certain)"))
    }
    #expect(markdown.contains("- Réponse attendue : La bonne réponse, assez longue pour être lue."))
    #expect(markdown.contains("- Pourquoi : C'est la réponse que le secret impose ici."))
    #expect(markdown.contains("## Recommandation\n\nNiveau conseillé : pratique."))
  }

  @Test func theHTMLReportIsOneAccessibleSelfContainedPage() {
    let html = HTMLReport.render(Self.finished().report(at: AssessmentFixtures.date))
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<html lang=\"fr\">"))
    #expect(html.contains("<meta charset=\"UTF-8\""))
    #expect(html.contains("<style>") && html.contains("@page { size: A4;"))
    // Nothing is fetched: no stylesheet, script, image or frame.
    for outside in ["<link", "<script", "<img", "<iframe", "src=", "url("] { #expect(!html.contains(outside), "\(outside)") }
    #expect(html.contains("<h1>") && html.contains("<h2 id=\"profil\">"))
    #expect(html.contains("<caption>") && html.contains("<th scope=\"col\">Décision</th>"))
    for part in ProgrammePart.allCases { #expect(html.contains("<th scope=\"row\">\(part.label)</th>")) }
    // Bars are hidden from screen readers; the rate is written beside them.
    #expect(html.contains("<span class=\"bar\" aria-hidden=\"true\"><span class=\"fill\" style=\"width:"))
    #expect(html.contains("Quand vous étiez certain, vous aviez raison 4 fois sur 7."))
    #expect(html.contains("<time datetime=\"2026-12-04T18:00:00Z\">"))
  }

  @Test func bothReportsRecordTheProgramAndBankVersions() {
    var bank = AssessmentFixtures.crafted
    bank.version = "2026.12"
    let report = AssessmentReport(answers: [], bank: bank, date: AssessmentFixtures.date)
    let stamp = "Confident \(confidentVersion) · banque 2026.12"
    #expect(report.versions == stamp)
    #expect(MarkdownReport.render(report).contains(" · \(stamp)\n"))
    #expect(HTMLReport.render(report).contains(" · Confident \(confidentVersion) · banque 2026.12</p>"))
  }

  @Test func theHTMLReportEscapesTheBanksText() {
    var bank = AssessmentFixtures.crafted
    bank.cases[0].title = "<script>alert(1)</script> & co"
    var session = AssessmentSession(bank: bank, count: 6, seed: 1, sessionID: "x")
    _ = session.start()
    _ = session.handle("")
    for _ in 0..<6 { AssessmentFixtures.answer(&session, authored: 0) }
    let html = HTMLReport.render(session.report(at: AssessmentFixtures.date))
    #expect(!html.contains("<script>"))
  }

  @Test func theProfileScreenShowsBarsCalibrationMistakesAndRecommendation() {
    var session = Self.finished()
    let screen = AssessmentFixtures.text(session.handle("profil"))
    #expect(screen.contains("## Votre profil"))
    #expect(screen.contains("décision ██████████ 100\u{00A0}%"))
    #expect(screen.contains("Score de certitude (CBM) : "))
    #expect(screen.contains("## Erreurs commises en étant sûr de vous"))
    #expect(screen.contains("## Recommandation"))
  }

  @Test func everyAnswerCanBeReviewedOneByOne() {
    var session = Self.finished()
    let first = AssessmentFixtures.text(session.handle("revoir"))
    #expect(first.hasPrefix("## Réponse 1/15"))
    #expect(first.contains("← votre réponse"))
    #expect(first.contains("Fondement attendu : Le secret s'applique"))
    #expect(session.prompt.hasPrefix("Réponse 1/15"))
    for number in 2...15 {
      #expect(AssessmentFixtures.text(session.handle("suivant")).hasPrefix("## Réponse \(number)/15"))
    }
    #expect(AssessmentFixtures.text(session.handle("")).contains("C'était la dernière réponse."))
    #expect(AssessmentFixtures.text(session.handle("revoir 16")) == "Donnez un numéro de réponse de 1 à 15 : « revoir 3 ».")
    #expect(AssessmentFixtures.text(session.handle("revoir 9")).contains("Votre réponse (\(AssessmentFixtures.letter(session, question: 8, authored: 2))) : Non : rien ne permet de parler."))
  }

  @Test func bars() {
    #expect(bar(0) == "░░░░░░░░░░")
    #expect(bar(1) == "██████████")
    #expect(bar(0.5) == "█████░░░░░")
    #expect(bar(1.0 / 3) == "███▍░░░░░░")
  }

  @Test func theWhyIsTheFirstSentenceThatSaysSomething() {
    #expect(firstSentence("Oui. Le secret couvre tout ce qui est appris (art. 458 C. pén.). La suite.") == "Le secret couvre tout ce qui est appris (art. 458 C. pén.).")
    #expect(firstSentence("M. Dupont n'est pas un tiers au sens de l'art. 29 C.i.cr. Ensuite.") == "M. Dupont n'est pas un tiers au sens de l'art. 29 C.i.cr. Ensuite.")
  }
}
