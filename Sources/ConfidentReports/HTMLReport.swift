import ConfidentCore
import Foundation
import Plot

/// The assessment report as one self-contained HTML5 page: inline CSS, bars drawn in CSS with
/// the rate written beside them, headings and table markup for screen readers, A4 print.
public enum HTMLReport {
  /// The whole page.
  public static func render(_ report: AssessmentReport) -> String {
    let profile = report.profile
    let html = HTML(
      .lang(.french),
      .head(
        .encoding(.utf8),
        .element(named: "title", text: "\(ReportText.title) — \(ReportText.date(report.date))"),
        .viewport(.accordingToDevice),
        .style(css)
      ),
      .body(
        .main(
          .h1(say(ReportText.title)),
          .p(
            .class("meta"), say("Le "), .time(.datetime(ReportText.isoDate(report.date)), say(ReportText.date(report.date))),
            say(" · \(profile.answers.count) questions · \(report.versions)")),
          profileSection(profile),
          recommendationSection(profile.recommendation),
          certaintySection(profile),
          mistakesSection(report),
          answersSection(report)
        )
      )
    )
    return html.render() + "\n"
  }

  static func profileSection(_ profile: AssessmentProfile) -> Node<HTML.BodyContext> {
    .section(
      .attribute(named: "aria-labelledby", value: "profil"),
      .h2(.id("profil"), say("Profil par partie du programme")),
      .table(
        .caption(say("Part des points de décision et de fondement obtenus, par partie du programme (la barre répète le pourcentage).")),
        .thead(.tr(
          .th(.attribute(named: "scope", value: "col"), say("Partie")),
          .th(.attribute(named: "scope", value: "col"), say("Titre")),
          .th(.attribute(named: "scope", value: "col"), say("Questions")),
          .th(.attribute(named: "scope", value: "col"), say("Décision")),
          .th(.attribute(named: "scope", value: "col"), say("Fondement"))
        )),
        .tbody(.group(profile.parts.map { result in
          .tr(
            .th(.attribute(named: "scope", value: "row"), say(result.part.label)),
            .td(say(result.part.title)),
            .td(.class("number"), say(String(result.questions))),
            rateCell(result.questions > 0 ? result.decisionRate : nil),
            rateCell(result.questions > 0 ? result.groundRate : nil)
          )
        }))
      )
    )
  }

  /// A bar (hidden from screen readers) and the rate as text.
  static func rateCell(_ rate: Double?) -> Node<HTML.TableRowContext> {
    guard let rate else { return .td(say("—")) }
    let width = Int((rate * 100).rounded())
    return .td(
      .class("rate"),
      .span(
        .class("bar"), .attribute(named: "aria-hidden", value: "true"),
        .span(.class("fill"), .style("width:\(width)%"))),
      say(" " + percent(rate)))
  }

  static func certaintySection(_ profile: AssessmentProfile) -> Node<HTML.BodyContext> {
    .section(
      .attribute(named: "aria-labelledby", value: "certitude"),
      .h2(.id("certitude"), say("Certitude")),
      .p(say(ReportText.cbmSentence(profile))),
      .ul(.group(ReportText.calibration(profile).map { .li(say($0)) }))
    )
  }

  static func mistakesSection(_ report: AssessmentReport) -> Node<HTML.BodyContext> {
    let mistakes = report.confidentMistakes
    return .section(
      .attribute(named: "aria-labelledby", value: "erreurs"),
      .h2(.id("erreurs"), say("Erreurs commises en étant sûr de vous")),
      mistakes.isEmpty ? .p(say("Aucune.")) : .group(mistakes.map { entry in
        .article(
          .class("mistake"),
          .h3(say("Question \(entry.number) — \(entry.title) (\(entry.certainty))")),
          .dl(
            .dt(say("Programme")), .dd(say(entry.points.joined(separator: " ; "))),
            .dt(say("Votre réponse")), .dd(say(entry.yourAnswer)),
            .dt(say("Réponse attendue")), .dd(say(entry.rightAnswer)),
            .dt(say("Pourquoi")), .dd(say(entry.why))
          )
        )
      })
    )
  }

  static func recommendationSection(_ recommendation: Recommendation) -> Node<HTML.BodyContext> {
    .section(
      .attribute(named: "aria-labelledby", value: "recommandation"),
      .h2(.id("recommandation"), say("Recommandation")),
      .group(recommendation.paragraphs.enumerated().map { index, paragraph in
        .group(
          .p(index == 0 ? .class("level") : .empty, say(paragraph)),
          index == 1 && !recommendation.reasons.isEmpty ? .ol(.group(recommendation.reasons.map { .li(say($0)) })) : .empty
        )
      })
    )
  }

  static func answersSection(_ report: AssessmentReport) -> Node<HTML.BodyContext> {
    .section(
      .attribute(named: "aria-labelledby", value: "reponses"),
      .h2(.id("reponses"), say("Toutes les réponses")),
      .group(report.entries.map { entry in
        .article(
          .class(entry.isRight ? "answer right" : "answer wrong"),
          .h3(say("\(entry.number). \(entry.title)")),
          .dl(
            .dt(say("Partie")), .dd(say("\(entry.part.label) \(entry.part.title)")),
            .dt(say("Programme")), .dd(say(entry.points.joined(separator: " ; "))),
            .dt(say("Question")), .dd(say(entry.question)),
            .dt(say("Votre réponse (\(entry.certainty))")), .dd(say(entry.yourAnswer)),
            .dt(say("Votre fondement")), .dd(say(entry.yourGround ?? "—")),
            .dt(say("Réponse attendue")), .dd(say(entry.rightAnswer)),
            .dt(say("Fondement attendu")), .dd(say(entry.expectedGrounds)),
            .dt(say("Pourquoi")), .dd(say(entry.why)),
            .dt(say("Points")), .dd(say(ReportText.points(entry)))
          )
        )
      })
    )
  }

  /// Text with French typography kept on one line where the browser wraps: a no-break space
  /// after « and before », :, ;, ?, ! and %.
  static func say<Context>(_ text: String) -> Node<Context> {
    var text = text.replacingOccurrences(of: "« ", with: "«\u{00A0}")
    for mark in [" »", " :", " ;", " ?", " !", " %"] {
      text = text.replacingOccurrences(of: mark, with: "\u{00A0}" + mark.dropFirst())
    }
    return .text(text)
  }

  static let css = """
    @page { size: A4; margin: 16mm 15mm; }
    html { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #1a1a1a; background: #fff; }
    body { margin: 0; line-height: 1.45; font-size: 11pt; }
    main { max-width: 48rem; margin: 0 auto; padding: 1.5rem 1rem; }
    h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
    h2 { font-size: 1.25rem; margin: 1.6rem 0 .5rem; border-bottom: 2px solid #2b4c7e; padding-bottom: .15rem; }
    h3 { font-size: 1.02rem; margin: 1rem 0 .3rem; }
    .meta { color: #444; margin-top: 0; }
    table { border-collapse: collapse; width: 100%; font-size: .95em; }
    caption { text-align: left; color: #444; padding-bottom: .4rem; font-size: .92em; }
    th, td { border: 1px solid #bbb; padding: .3rem .45rem; text-align: left; vertical-align: top; }
    thead th { background: #e8edf5; }
    tbody th { white-space: nowrap; }
    td.number { text-align: right; }
    td.rate { white-space: nowrap; }
    .bar { display: inline-block; width: 5.5em; height: .8em; border: 1px solid #2b4c7e; vertical-align: middle; background: #fff; }
    .fill { display: block; height: 100%; background: #2b4c7e; }
    .level { font-weight: bold; }
    dl { display: grid; grid-template-columns: 11rem 1fr; gap: .2rem .8rem; margin: 0; }
    dt { font-weight: bold; color: #333; }
    dd { margin: 0; }
    article { border-left: 4px solid #bbb; padding: .1rem 0 .4rem .8rem; margin-bottom: .6rem; }
    article.wrong, article.mistake { border-left-color: #a33; }
    article.right { border-left-color: #2f7d32; }
    @media print {
      main { max-width: none; padding: 0; }
      article, tr { break-inside: avoid; }
      h2, h3 { break-after: avoid; }
      .bar, .fill, thead th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }
    """
}
