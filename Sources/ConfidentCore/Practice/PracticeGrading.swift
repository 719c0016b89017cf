import ConfidentScheduling
import Foundation

/// How one practice answer counts for the marks and for FSRS.
///
/// - The decision is right when its option is the best one (on a debated step: any defensible
///   one). An « acceptable » option on a settled step is not wrong but not the best: its case
///   card is rated Hard, and its CBM mark is that of a wrong answer (the decision was not the
///   expected one).
/// - The case card: wrong decision or « je ne sais pas » → Again; acceptable → Hard; else
///   ``Rating/init(_:)`` (partial or wrong ground, or « je doute » → Hard; « probable » →
///   Good; « certain » → Easy; no certainty asked → Good).
/// - The card of each ground the step accepts measures the ground, whatever the decision: an
///   accepted ground → the rating of a right answer at that certainty (Hard, Good or Easy); a
///   partial ground → Hard; a missed ground (wrong, or none) → Again, so it comes back soon,
///   through another case that accepts it.
struct PracticeGrading {
  let decisionIsRight: Bool
  let certainty: Certainty?
  /// The CBM mark; `nil` when certainty was not asked.
  let mark: Int?
  let caseRating: Rating
  let groundRating: Rating

  init(step: Step, result: StepResult, certainty: Certainty?, asksCertainty: Bool) {
    self.certainty = certainty
    let verdict = result.option.map { step.options[$0].verdict }
    let defensible = verdict.map { step.debated ? $0 != .incorrect : $0 == .correct } ?? false
    decisionIsRight = defensible
    if let certainty {
      mark = certainty.mark(isRight: defensible)
    } else {
      mark = asksCertainty ? CertaintyAnswer.dontKnow.mark(isRight: false) : nil
    }
    let groundAccepted = result.groundPoints >= 1
    switch verdict {
    case nil, .incorrect?: caseRating = .again
    case .acceptable? where !defensible: caseRating = .hard
    default: caseRating = Rating(AnsweredStep(decisionIsRight: true, groundIsAccepted: groundAccepted, certainty: certainty))
    }
    if groundAccepted {
      groundRating = Rating(AnsweredStep(decisionIsRight: true, groundIsAccepted: true, certainty: certainty))
    } else {
      groundRating = result.groundPoints > 0 ? .hard : .again
    }
  }
}

extension PracticeSession {
  /// Reviews the case card (once per play, with the worst rating so far, from the card as it
  /// was before the play) and the card of each ground the step accepts, then records the
  /// answer and these cards in one transaction.
  mutating func record(_ result: StepResult, step: Step, grading: PracticeGrading, at now: Date) throws {
    guard let play else { return }
    let worst = min(worstRating?.rawValue ?? Int.max, grading.caseRating.rawValue)
    worstRating = Rating(rawValue: worst) ?? grading.caseRating
    let caseCard = scheduler.review(caseCardAtStart ?? Card(due: now), rating: worstRating ?? .again, at: now)
    var reviewed = [CardRecord(key: .case(play.played.id), card: caseCard)]
    for ground in step.ground.accepted {
      let key = CardKey.ground(ground)
      reviewed.append(CardRecord(key: key, card: scheduler.review(cards[key] ?? Card(due: now), rating: grading.groundRating, at: now)))
    }
    let answer = AnswerRecord(
      caseID: play.played.id, stepID: step.id, authoredOption: result.option, shownOrder: result.shownOrder,
      groundID: result.ground, certainty: grading.certainty, decisionPoints: result.decisionPoints,
      groundPoints: result.groundPoints, cbmMark: grading.mark,
      timeTakenMilliseconds: max(0, Int((now.timeIntervalSince(questionShownAt) * 1000).rounded())),
      mode: .practice, sessionID: sessionID, answeredAt: now, stepContentHash: step.contentHash)
    try store.record(answer, cards: reviewed)
    for card in reviewed { cards[card.key] = card.card }
  }
}
