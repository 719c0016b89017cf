import ConfidentCore
import Foundation

/// The assessment report as Markdown: plain text that reads well as it is.
public enum MarkdownReport {
  /// The whole report.
  public static func render(_ report: AssessmentReport) -> String {
    let profile = report.profile
    var lines: [String] = [
      "# \(ReportText.title)", "",
      "Le \(ReportText.date(report.date)) · \(profile.answers.count) questions · \(report.versions)", "",
      "## Profil par partie du programme", "",
      "| Partie | Titre | Questions | Décision | Fondement |",
      "| --- | --- | ---: | --- | --- |",
    ]
    for result in profile.parts {
      let decision = result.questions > 0 ? "\(bar(result.decisionRate)) \(percent(result.decisionRate))" : "—"
      let ground = result.questions > 0 ? "\(bar(result.groundRate)) \(percent(result.groundRate))" : "—"
      lines.append("| \(result.part.label) | \(result.part.title) | \(result.questions) | \(decision) | \(ground) |")
    }
    let recommendation = profile.recommendation
    lines += ["", "## Recommandation", ""]
    for (index, paragraph) in recommendation.paragraphs.enumerated() {
      lines += [paragraph, ""]
      if index == 1, !recommendation.reasons.isEmpty {
        lines += recommendation.reasons.map { "1. \($0)" } + [""]
      }
    }
    lines += ["## Certitude", "", ReportText.cbmSentence(profile), ""]
    lines += ReportText.calibration(profile).map { "- \($0)" }
    lines += ["", "## Erreurs commises en étant sûr de vous", ""]
    let mistakes = report.confidentMistakes
    if mistakes.isEmpty { lines.append("Aucune.") }
    for entry in mistakes {
      lines += [
        "### Question \(entry.number) — \(entry.title) (\(entry.certainty))", "",
        "- Programme : \(entry.points.joined(separator: " ; "))",
        "- Votre réponse : \(entry.yourAnswer)",
        "- Réponse attendue : \(entry.rightAnswer)",
        "- Pourquoi : \(entry.why)", "",
      ]
    }
    if lines.last != "" { lines.append("") }
    lines += ["## Toutes les réponses", ""]
    for entry in report.entries {
      lines += [
        "### \(entry.number). \(entry.title)", "",
        "- Partie : \(entry.part.label) \(entry.part.title)",
        "- Programme : \(entry.points.joined(separator: " ; "))",
        "- Question : \(entry.question)",
        "- Votre réponse (\(entry.certainty)) : \(entry.yourAnswer)",
        "- Votre fondement : \(entry.yourGround ?? "—")",
        "- Réponse attendue : \(entry.rightAnswer)",
        "- Fondement attendu : \(entry.expectedGrounds)",
        "- Pourquoi : \(entry.why)",
        "- Points : \(ReportText.points(entry))", "",
      ]
    }
    while lines.last == "" { lines.removeLast() }
    return lines.joined(separator: "\n") + "\n"
  }
}
