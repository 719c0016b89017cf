/// How well a card was recalled at a review, as FSRS grades it.
///
/// The raw values are py-fsrs's: Again 1, Hard 2, Good 3, Easy 4.
public enum Rating: Int, Sendable, Hashable, Codable, CaseIterable {
  /// Forgotten: the answer was wrong.
  case again = 1
  /// Recalled with difficulty or doubt.
  case hard = 2
  /// Recalled.
  case good = 3
  /// Recalled easily and surely.
  case easy = 4
}
