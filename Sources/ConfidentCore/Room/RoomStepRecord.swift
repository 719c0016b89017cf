/// What the room did at one step of one case: its votes, its ground votes, what was revealed.
public struct RoomStepRecord: Sendable, Hashable {
  public var caseID: String
  public var caseTitle: String
  /// Position of the case in the plan (0-based).
  public var casePosition: Int
  public var stepID: String
  /// 1 for the case's first step played, 2 for the next…
  public var stepNumber: Int
  /// Authored option indices in the order the room saw them.
  public var shownOrder: [Int]
  /// The first vote, then the second one after « revoter ».
  public var rounds: [RoomBallot]
  /// The votes on the ground question (indices into the bank's grounds).
  public var grounds: RoomBallot
  /// The right answer was shown (decision points count from then on).
  public var verdictShown = false
  /// The expected ground was shown (ground points count from then on).
  public var groundShown = false
  /// The trainer's remarks typed during this step (`remarque …`).
  public var remarks: [String] = []

  public init(caseID: String, caseTitle: String, casePosition: Int, stepID: String, stepNumber: Int,
    shownOrder: [Int], optionCount: Int, groundCount: Int, teamCount: Int)
  {
    self.caseID = caseID
    self.caseTitle = caseTitle
    self.casePosition = casePosition
    self.stepID = stepID
    self.stepNumber = stepNumber
    self.shownOrder = shownOrder
    rounds = [RoomBallot(choices: optionCount, teams: teamCount)]
    grounds = RoomBallot(choices: groundCount, teams: teamCount)
  }

  /// Whether any vote was recorded at this step.
  public var hasVotes: Bool { rounds.contains { !$0.isEmpty } || !grounds.isEmpty }

  /// The option a team chose last: in the second vote if it voted then, else in the first.
  public func finalChoice(ofTeam team: Int) -> Int? {
    for round in rounds.reversed() {
      if let choice = round.teamChoices.indices.contains(team) ? round.teamChoices[team] : nil { return choice }
    }
    return nil
  }

  /// Points of `team` at this step, as far as the answers were revealed.
  public func score(ofTeam team: Int, step: Step, groundIDs: [String]) -> Score {
    var score = Score()
    if verdictShown {
      score.decisionMax = step.options.map(\.verdict.points).max() ?? 0
      if let choice = finalChoice(ofTeam: team), step.options.indices.contains(choice) {
        score.decision = step.options[choice].verdict.points
      }
    }
    if groundShown {
      score.groundMax = 1
      let choice = grounds.teamChoices.indices.contains(team) ? grounds.teamChoices[team] : nil
      if let choice, groundIDs.indices.contains(choice) {
        score.ground = step.ground.points(for: groundIDs[choice])
      }
    }
    return score
  }

  /// Votes for the best options (any defensible one on a debated step) in a round.
  public func rightVotes(in round: RoomBallot, step: Step) -> Int {
    let distribution = round.distribution
    return step.options.indices.reduce(0) { sum, index in
      guard distribution.indices.contains(index), isRight(index, in: step) else { return sum }
      return sum + distribution[index]
    }
  }
}

/// The best verdict, or on a debated step any defensible one: what the room counts as right.
func isRight(_ option: Int, in step: Step) -> Bool {
  step.debated ? step.options[option].verdict != .incorrect : step.bestOptions.contains(option)
}

extension Score {
  static func + (left: Score, right: Score) -> Score {
    var sum = left
    sum.decision += right.decision
    sum.decisionMax += right.decisionMax
    sum.ground += right.ground
    sum.groundMax += right.groundMax
    return sum
  }
}
