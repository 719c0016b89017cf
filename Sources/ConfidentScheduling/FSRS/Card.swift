import Foundation

/// The memory state of one item (a case or a legal ground) as FSRS-6 tracks it.
///
/// A new card is in ``State-swift.enum/learning`` at step 0 with no stability, difficulty or
/// review yet, like py-fsrs's `Card()`; it is due at the date it was created with.
public struct Card: Sendable, Hashable, Codable {
  /// Where the card is in its learning cycle. The raw values are py-fsrs's.
  public enum State: Int, Sendable, Hashable, Codable, CaseIterable {
    /// New or being learnt through the learning steps.
    case learning = 1
    /// Learnt: scheduled in whole days.
    case review = 2
    /// Forgotten after being learnt: going through the relearning steps.
    case relearning = 3
  }

  /// The card's state.
  public var state: State
  /// The index of the current learning or relearning step; `nil` in the review state.
  public var step: Int?
  /// Days for retrievability to fall to 90 %; `nil` before the first review.
  public var stability: Double?
  /// How hard the item is, from 1 to 10; `nil` before the first review.
  public var difficulty: Double?
  /// When the card should next be reviewed.
  public var due: Date
  /// When the card was last reviewed; `nil` before the first review.
  public var lastReview: Date?

  /// A new card, due at `due`.
  public init(due: Date) {
    self.init(state: .learning, step: 0, stability: nil, difficulty: nil, due: due, lastReview: nil)
  }

  /// A card in any state, for instance one read back from a store.
  public init(
    state: State, step: Int?, stability: Double?, difficulty: Double?, due: Date, lastReview: Date?
  ) {
    self.state = state
    self.step = step
    self.stability = stability
    self.difficulty = difficulty
    self.due = due
    self.lastReview = lastReview
  }

  /// True once the card has been reviewed at least once.
  public var isReviewed: Bool { lastReview != nil }
}
