import Foundation

extension Scheduler {
  /// The card after a review rated `rating` at `date`: py-fsrs's `review_card`.
  ///
  /// Stability is updated first with the old difficulty, then difficulty. A review under
  /// 24 hours after the previous one (even across midnight) uses the short-term stability.
  public func review(_ card: Card, rating: Rating, at date: Date) -> Card {
    var card = card
    updateMemory(of: &card, rating: rating, at: date)

    let interval: TimeInterval
    switch card.state {
    case .learning:
      interval = advanceSteps(of: &card, steps: learningSteps, rating: rating)
    case .relearning:
      interval = advanceSteps(of: &card, steps: relearningSteps, rating: rating)
    case .review:
      if rating == .again, let first = relearningSteps.first {
        card.state = .relearning
        card.step = 0
        interval = first
      } else {
        interval = dayInterval(of: card)
      }
    }
    card.due = date.addingTimeInterval(interval)
    card.lastReview = date
    return card
  }

  /// The new stability and difficulty: initial, short-term or long-term.
  private func updateMemory(of card: inout Card, rating: Rating, at date: Date) {
    guard let stability = card.stability, let difficulty = card.difficulty else {
      card.stability = initialStability(rating)
      card.difficulty = clampDifficulty(initialDifficulty(rating))
      return
    }
    if let lastReview = card.lastReview, Self.elapsedDays(from: lastReview, to: date) < 1 {
      card.stability = shortTermStability(stability, rating: rating)
    } else {
      let recall = retrievability(of: card, at: date)
      card.stability = longTermStability(stability, difficulty: difficulty, retrievability: recall, rating: rating)
    }
    card.difficulty = nextDifficulty(difficulty, rating: rating)
  }

  /// Moves a learning or relearning card through `steps`; returns the interval in seconds.
  private func advanceSteps(of card: inout Card, steps: [TimeInterval], rating: Rating) -> TimeInterval {
    let step = card.step ?? 0
    if steps.isEmpty || (step >= steps.count && rating != .again) {
      return graduate(&card)
    }
    switch rating {
    case .again:
      card.step = 0
      return steps[0]
    case .hard:
      card.step = step
      if step == 0 && steps.count == 1 { return Self.microseconds(steps[0] * 1.5) }
      if step == 0 { return Self.microseconds((steps[0] + steps[1]) / 2) }
      return steps[step]
    case .good:
      if step + 1 == steps.count { return graduate(&card) }
      card.step = step + 1
      return steps[step + 1]
    case .easy:
      return graduate(&card)
    }
  }

  /// Moves the card to the review state; returns its day interval in seconds.
  private func graduate(_ card: inout Card) -> TimeInterval {
    card.state = .review
    card.step = nil
    return dayInterval(of: card)
  }

  private func dayInterval(of card: Card) -> TimeInterval {
    TimeInterval(nextInterval(stability: card.stability ?? Self.minimumStability)) * 86400
  }

  /// A duration rounded to the microsecond, as Python's `timedelta` arithmetic does.
  private static func microseconds(_ seconds: TimeInterval) -> TimeInterval {
    (seconds * 1_000_000).rounded(.toNearestOrEven) / 1_000_000
  }
}
