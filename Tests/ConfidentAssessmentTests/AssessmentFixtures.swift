import ConfidentContent
import ConfidentScheduling
import Foundation

@testable import ConfidentCore

/// Banks and helpers for the assessment tests.
enum AssessmentFixtures {
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The bundled bank, loaded once.
  static let bundled: Bank = BankLoader.load(paths: [repository.appendingPathComponent("Scenarios").path]).bank

  static let grounds = [
    Ground(id: "secret", label: "Le secret s'applique", summary: "Aucune exception."),
    Ground(id: "temoignage", label: "Témoignage en justice", summary: "Faculté de parler."),
    Ground(id: "partage", label: "Secret partagé", summary: "Même mission."),
  ]

  /// The first point of each part in the crafted bank.
  static let partPoints: [ProgrammePart: String] = [
    .foundations: "I.2", .exceptions: "I.4.temoignage", .tempering: "I.5.partage",
    .insideCPAS: "II.1", .thirdParties: "II.3.police", .conclusions: "III",
  ]

  /// A case of `part` at `level`: option 0 correct, 1 acceptable, 2 incorrect; ground `secret`
  /// accepted, `partage` partly.
  static func craftedCase(_ part: ProgrammePart, level: Int, number: Int) -> Case {
    let id = "\(part.rawValue.lowercased().replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: ".", with: ""))-n\(level)-\(number)"
    return Case(
      id: id, title: "Cas \(number) de \(part.label), niveau \(level)", points: [partPoints[part]!], level: level,
      lawDate: "2026-12-04", situation: "Une situation de \(part.label).",
      steps: [
        Step(
          id: "premiere", question: "Que faites-vous (\(id)) ?",
          options: [
            Option(text: "La bonne réponse, assez longue pour être lue.", verdict: .correct, feedback: "Oui. C'est la réponse que le secret impose ici."),
            Option(text: "Une réponse acceptable.", verdict: .acceptable, feedback: "Défendable, sans plus."),
            Option(text: "Une erreur.", verdict: .incorrect, feedback: "Non : rien ne permet de parler."),
          ],
          ground: GroundQuestion(accepted: ["secret"], partial: ["partage"], explanation: "Aucune exception ne s'applique."),
          references: [Citation(referenceID: "cp-458", pinpoint: "al. 1")]),
        Step(
          id: "suite", question: "Et ensuite ?",
          options: [
            Option(text: "Suite juste.", verdict: .correct, feedback: "Bien."),
            Option(text: "Suite fausse.", verdict: .incorrect, feedback: "Non."),
          ],
          ground: GroundQuestion(accepted: ["secret"], explanation: "Toujours pas.")),
      ],
      trainerNote: "—")
  }

  /// Five cases per part, levels 1 to 3 in turn.
  static let crafted = Bank(
    cases: ProgrammePart.allCases.flatMap { part in (1...5).map { craftedCase(part, level: ($0 - 1) % 3 + 1, number: $0) } },
    grounds: grounds,
    references: [
      Reference(id: "cp-458", type: .loi, citation: "Code pénal (1867), art. 458", summary: "Le secret.", sources: ["https://example.org"], verification: .likely)
    ],
    programme: [
      ProgrammePoint(id: "I.2", title: "Notion"), ProgrammePoint(id: "I.4.temoignage", title: "Témoignage en justice"),
      ProgrammePoint(id: "I.5.partage", title: "Secret partagé"), ProgrammePoint(id: "II.1", title: "Préalables"),
      ProgrammePoint(id: "II.3.police", title: "Police"), ProgrammePoint(id: "III", title: "Conclusions"),
    ])

  /// 4 December 2026, 18:00 UTC.
  static let date = Date(timeIntervalSince1970: 1_796_407_200)

  /// The shown letter of the authored option `authored` at question `index`.
  static func letter(_ session: AssessmentSession, question index: Int, authored: Int) -> String {
    session.play(index)!.letter(ofAuthored: authored)
  }

  /// Answers the current question: `authored` option (nil: « ? »), ground number, certainty.
  @discardableResult
  static func answer(_ session: inout AssessmentSession, authored: Int?, ground: Int = 1, certainty: String = "3") -> [Output] {
    guard case .decision(let index) = session.state else { return [] }
    guard let authored else { return session.handle("?") }
    _ = session.handle(letter(session, question: index, authored: authored))
    _ = session.handle(String(ground))
    return session.handle(certainty)
  }

  /// Every text of `outputs`, one per line.
  static func text(_ outputs: [Output]) -> String {
    outputs.map { output in
      switch output {
      case .heading(let text): "## \(text)"
      case .paragraph(let text, _): text
      case .item(let marker, let text, _): "\(marker) \(text)"
      case .blank: ""
      }
    }.joined(separator: "\n")
  }
}

/// A scored answer for crafted profiles, without a session.
func crafted(_ part: ProgrammePart, decision: Double, ground: Double, certainty: CertaintyAnswer, right: Bool? = nil, id: String = UUID().uuidString) -> AssessmentAnswer {
  let isDontKnow = certainty == .dontKnow
  return AssessmentAnswer(
    question: AssessmentQuestion(caseID: id, part: part), stepID: "premiere", shownOrder: [0, 1, 2],
    option: isDontKnow ? nil : (decision == 2 ? 0 : (decision == 1 ? 1 : 2)), groundID: isDontKnow ? nil : "secret",
    certainty: certainty, decisionPoints: isDontKnow ? 0 : decision, decisionMax: 2,
    groundPoints: isDontKnow ? 0 : ground, isRight: isDontKnow ? false : (right ?? (decision == 2)))
}
