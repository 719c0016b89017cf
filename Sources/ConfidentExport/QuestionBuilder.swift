import ConfidentCore

/// Turns cases into Moodle questions: one per step for the decision, one for its ground.
///
/// Grades mirror the app's scoring: a decision earns its verdict's points over the best points
/// at the step (correct 100, acceptable 50 beside a correct option, incorrect 0; where the best
/// option is acceptable, it earns 100); a ground earns 100 when accepted, 50 when partly right.
public struct QuestionBuilder: Sendable {
  public let bank: Bank

  /// The root of every category path.
  public static let root = "$course$/Confident"

  public init(bank: Bank) { self.bank = bank }

  /// The cases in categories: each case goes to its first programme point; categories follow
  /// the programme's order, cases their id.
  public func categories(for cases: [Case]) -> [ExportedCategory] {
    let order = Dictionary(bank.programme.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    let grouped = Dictionary(grouping: cases) { $0.points.first ?? "" }
    return grouped.keys.sorted { (order[$0] ?? .max, $0) < (order[$1] ?? .max, $1) }.map { point in
      ExportedCategory(
        path: "\(Self.root)/\(point)", title: bank.point(point)?.title ?? point,
        questions: grouped[point]!.sorted { $0.id < $1.id }.flatMap(questions))
    }
  }

  /// The decision and ground questions of every step of a case, in step order.
  public func questions(_ played: Case) -> [ExportedQuestion] {
    played.steps.enumerated().flatMap { index, step in
      [decision(step, number: index + 1, in: played), ground(step, number: index + 1, in: played)]
    }
  }

  func decision(_ step: Step, number: Int, in played: Case) -> ExportedQuestion {
    let best = step.options.map(\.verdict.points).max() ?? 0
    let answers = step.options.map { option in
      ExportedAnswer(
        text: option.text, fraction: MoodleFraction(nearest: best > 0 ? option.verdict.points / best * 100 : 0),
        feedback: [.paragraph("\(verdictLabel(option.verdict)) \(option.feedback)")])
    }
    var feedback: [TextBlock] = []
    if step.debated {
      feedback.append(.paragraph("Question débattue : plusieurs réponses se défendent."))
      let positions = step.options.filter { $0.verdict != .incorrect }.map { "\($0.text) — \($0.feedback)" }
      feedback.append(.paragraph("Positions défendables :"))
      feedback.append(.list(positions))
    } else if step.unsettled {
      feedback.append(.paragraph("Point que les textes ne tranchent pas : la réponse attendue est la réponse prudente."))
    }
    feedback += groundExplanation(step)
    return ExportedQuestion(
      name: "\(played.id)/\(step.id)", text: questionText(step, number: number, in: played),
      answers: answers, generalFeedback: feedback)
  }

  func ground(_ step: Step, number: Int, in played: Case) -> ExportedQuestion {
    // On a debated step every defensible decision is given, as in play.
    let shown = step.debated ? step.options.indices.filter { step.options[$0].verdict != .incorrect } : step.bestOptions
    let best = shown.map { step.options[$0].text }
    var text = questionText(step, number: number, in: played)
    let decision = best.count == 1 ? "La décision attendue : \(best[0])" : "Les décisions défendables : \(best.joined(separator: " · "))"
    text += [.paragraph(decision), .paragraph("Sur quelle base ?")]
    let answers = bank.grounds.map { candidate in
      let fraction = MoodleFraction(nearest: step.ground.points(for: candidate.id) * 100)
      let verdict = fraction == .full ? "Oui." : (fraction == .none ? "Non." : "En partie.")
      return ExportedAnswer(text: candidate.label, fraction: fraction, feedback: [.paragraph("\(verdict) \(candidate.summary)")])
    }
    return ExportedQuestion(
      name: "\(played.id)/\(step.id)/fondement", text: text, answers: answers, generalFeedback: groundExplanation(step))
  }

  /// The situation (each question stands alone in Moodle), then the step's question.
  func questionText(_ step: Step, number: Int, in played: Case) -> [TextBlock] {
    var text: [TextBlock] = [.heading(played.title), .paragraph(played.situation)]
    if played.steps.count > 1 { text.append(.paragraph("Étape \(number) sur \(played.steps.count)")) }
    text.append(.paragraph(step.question))
    return text
  }

  /// The expected grounds, the explanation and the references of a step.
  func groundExplanation(_ step: Step) -> [TextBlock] {
    var blocks: [TextBlock] = [
      .paragraph("Fondement attendu : " + step.ground.accepted.map { bank.ground($0)?.label ?? $0 }.joined(separator: " ; "))
    ]
    if !step.ground.partial.isEmpty {
      blocks.append(.paragraph("En partie : " + step.ground.partial.map { bank.ground($0)?.label ?? $0 }.joined(separator: " ; ")))
    }
    blocks.append(.paragraph(step.ground.explanation))
    if !step.references.isEmpty {
      blocks.append(.paragraph("Références :"))
      blocks.append(.list(step.references.map(citation)))
    }
    return blocks
  }

  func citation(_ cited: Citation) -> String {
    guard let reference = bank.reference(cited.referenceID) else { return cited.referenceID }
    var text = reference.citation
    if let pinpoint = cited.pinpoint { text += ", \(pinpoint)" }
    if cited.historical { text += " — texte antérieur" }
    if reference.verification != .sure { text += " [source \(reference.verification.label)]" }
    return text
  }

  func verdictLabel(_ verdict: Verdict) -> String {
    switch verdict {
    case .correct: "Bonne décision."
    case .acceptable: "Décision acceptable."
    case .incorrect: "Décision à revoir."
    }
  }
}
