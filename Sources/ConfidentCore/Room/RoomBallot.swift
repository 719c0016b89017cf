/// The votes of one round on one question: the room's counts per choice, and each team's choice.
///
/// Choices are indices into what is voted on: the authored options of a step, or the bank's
/// grounds.
public struct RoomBallot: Sendable, Hashable {
  /// Votes per choice, typed by the trainer for the whole room (`a 3 b 9 c 2`).
  public private(set) var counts: [Int]
  /// Whether a room tally was typed (else the distribution is the teams' choices).
  public private(set) var hasRoomTally = false
  /// Per team, the choice it gave, if any.
  public private(set) var teamChoices: [Int?]
  /// Votes per choice from the participants' own devices (added to the typed tally).
  public private(set) var deviceCounts: [Int]
  /// Per pseudonym a phone gave, the choices of the phones that gave it (several phones may
  /// share a team's name); phones without a pseudonym are only in ``deviceCounts``.
  public private(set) var devicePseudonyms: [String: [Int]] = [:]

  public init(choices: Int, teams: Int) {
    counts = Array(repeating: 0, count: max(choices, 0))
    teamChoices = Array(repeating: nil, count: max(teams, 0))
    deviceCounts = Array(repeating: 0, count: max(choices, 0))
  }

  /// Records one vote; a room tally replaces the previous one, a team's vote replaces its own.
  public mutating func record(_ vote: RoomVote) {
    switch vote {
    case .room(let tally):
      counts = counts.indices.map { tally[$0] ?? 0 }
      hasRoomTally = true
    case .team(let team, let choice):
      guard teamChoices.indices.contains(team), counts.indices.contains(choice) else { return }
      teamChoices[team] = choice
    case .devices(let tally, let pseudonyms):
      deviceCounts = counts.indices.map { max(tally[$0] ?? 0, 0) }
      devicePseudonyms = pseudonyms.mapValues { $0.filter(counts.indices.contains).sorted() }.filter { !$0.value.isEmpty }
    }
  }

  /// The distribution shown: the room's tally if one was typed, else one vote per team; the
  /// devices' votes are added to either.
  public var distribution: [Int] {
    var shown = counts
    if !hasRoomTally {
      shown = Array(repeating: 0, count: counts.count)
      for choice in teamChoices.compactMap({ $0 }) { shown[choice] += 1 }
    }
    return zip(shown, deviceCounts).map { $0 + $1 }
  }

  /// Votes that came from the participants' devices.
  public var deviceTotal: Int { deviceCounts.reduce(0, +) }

  /// Votes in the distribution.
  public var total: Int { distribution.reduce(0, +) }

  /// Teams that have voted.
  public var teamsVoted: Int { teamChoices.count { $0 != nil } }

  /// Whether anything was recorded.
  public var isEmpty: Bool { total == 0 && teamsVoted == 0 }

  /// The most voted choice (the first one in `order` on a tie), `nil` without votes.
  public func majority(in order: [Int]) -> Int? {
    let distribution = distribution
    guard let best = distribution.max(), best > 0 else { return nil }
    return order.first { distribution.indices.contains($0) && distribution[$0] == best }
  }
}

/// One vote entering the session, from whatever source: typed tallies, teams, participants'
/// own devices. Choices are indices into what is voted on (authored options, grounds).
public enum RoomVote: Sendable, Hashable {
  /// The whole room's counts per choice; choices not named count 0.
  case room([Int: Int])
  /// A team's single choice (`team` is its position).
  case team(Int, choice: Int)
  /// The participants' devices' votes per choice, one per device; replaces the previous
  /// devices' tally and adds up with the typed one; `pseudonyms` gives, per pseudonym, the
  /// choices of the phones that gave one.
  case devices([Int: Int], pseudonyms: [String: [Int]] = [:])
}
