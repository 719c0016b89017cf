/// What a participant's device may see of the room: the question on screen and its choices,
/// the distribution once revealed — never the bank, the notes, the answers or other cases.
public struct RoomPublicView: Sendable, Hashable {
  /// The participant's side of the room's phases.
  public enum Stage: String, Sendable, Hashable {
    /// Nothing to vote on yet (title screen, verdict, between questions).
    case waiting
    /// A vote on the options is open.
    case vote
    /// The options' distribution is shown.
    case distribution
    /// The ground question's vote is open.
    case ground
    /// The grounds' distribution is shown.
    case groundResult
    /// The session is over.
    case finished
  }

  /// One choice, as the room sees it.
  public struct Choice: Sendable, Hashable {
    /// `a`, `b`… for options, `1`, `2`… for grounds.
    public var label: String
    public var text: String

    public init(label: String, text: String) {
      self.label = label
      self.text = text
    }
  }

  public var stage: Stage
  /// Names the open vote (case play, step, round): a vote for another key is stale. `nil` when
  /// no vote is open.
  public var ballotKey: String?
  /// `1` or `2` during a vote on the options.
  public var round: Int
  /// The question on screen (empty while waiting).
  public var question: String
  /// The choices, in the room's order.
  public var choices: [Choice]
  /// Votes per choice in the room's order, only once revealed.
  public var distribution: [Int]?

  public init(
    stage: Stage, ballotKey: String?, round: Int, question: String, choices: [Choice], distribution: [Int]?,
    choiceIndices: [Int]? = nil
  ) {
    self.stage = stage
    self.ballotKey = ballotKey
    self.round = round
    self.question = question
    self.choices = choices
    self.distribution = distribution
    self.choiceIndices = choiceIndices ?? Array(choices.indices)
  }

  /// Nothing to show.
  public static let waiting = RoomPublicView(stage: .waiting, ballotKey: nil, round: 0, question: "", choices: [], distribution: nil)

  /// The authored index of the choice at `position` in the room's order (what a
  /// ``RoomVote/devices(_:)`` counts); `nil` out of range.
  public func choiceIndex(at position: Int) -> Int? {
    choiceIndices.indices.contains(position) ? choiceIndices[position] : nil
  }

  /// Authored index of each choice shown, in the room's order.
  public var choiceIndices: [Int] = []
}

/// The participants' votes from their own devices, as the room driver sees them: it publishes
/// what may be shown, and reads the devices' tally of the open vote.
public protocol RoomRemoteVoting: AnyObject, Sendable {
  /// Replaces what the devices are shown.
  func publish(_ view: RoomPublicView)
  /// The devices' votes for `ballotKey`: per authored choice index, and how many devices voted
  /// of those following the room.
  func tally(for ballotKey: String) -> RoomRemoteTally
  /// Forgets the devices' votes for `ballotKey` (the trainer typed « annuler »).
  func discard(_ ballotKey: String)
}

/// The devices' side of one vote.
public struct RoomRemoteTally: Sendable, Hashable {
  /// Votes per authored choice index.
  public var counts: [Int: Int]
  /// Devices that voted.
  public var voted: Int
  /// Devices following the room now.
  public var connected: Int
  /// Per pseudonym given, the authored choice indices of the devices that gave it.
  public var pseudonyms: [String: [Int]]

  public init(counts: [Int: Int] = [:], voted: Int = 0, connected: Int = 0, pseudonyms: [String: [Int]] = [:]) {
    self.counts = counts
    self.voted = voted
    self.connected = connected
    self.pseudonyms = pseudonyms
  }
}

extension RoomSession {
  /// What the participants' devices may show now.
  public var publicView: RoomPublicView {
    guard !isFinished else { return RoomPublicView(stage: .finished, ballotKey: nil, round: 0, question: "", choices: [], distribution: nil) }
    guard let play, let record = current else { return .waiting }
    let step = play.step
    let options = play.shownOrder.enumerated().map { position, authored in
      RoomPublicView.Choice(label: optionLetter(position), text: step.options[authored].text)
    }
    let grounds = bank.grounds.enumerated().map { number, ground in
      RoomPublicView.Choice(label: "\(number + 1)", text: ground.label)
    }
    let stepKey = "\(plays)-\(record.stepNumber)"
    var view: RoomPublicView
    switch phase {
    case .vote(let round):
      view = RoomPublicView(stage: .vote, ballotKey: "\(stepKey)-v\(round)", round: round, question: step.question, choices: options, distribution: nil)
      view.choiceIndices = play.shownOrder
    case .distribution(let round):
      let ballot = record.rounds[min(round, record.rounds.count) - 1]
      view = RoomPublicView(stage: .distribution, ballotKey: nil, round: round, question: step.question, choices: options,
        distribution: play.shownOrder.map { ballot.distribution[$0] })
      view.choiceIndices = play.shownOrder
    case .ground:
      view = RoomPublicView(stage: .ground, ballotKey: "\(stepKey)-g", round: 0, question: "Sur quelle base légale ?", choices: grounds, distribution: nil)
      view.choiceIndices = Array(bank.grounds.indices)
    case .groundResult:
      view = RoomPublicView(stage: .groundResult, ballotKey: nil, round: 0, question: "Sur quelle base légale ?", choices: grounds,
        distribution: record.grounds.distribution)
      view.choiceIndices = Array(bank.grounds.indices)
    case .intro, .verdict, .debrief:
      view = .waiting
    }
    return view
  }

  /// The key of the vote open now, `nil` outside a vote.
  public var openBallotKey: String? { publicView.ballotKey }

  /// The devices' pseudonyms recorded for the open vote.
  public var openBallotDevicePseudonyms: [String: [Int]]? {
    switch phase {
    case .vote: return current?.rounds.last?.devicePseudonyms
    case .ground: return current?.grounds.devicePseudonyms
    default: return nil
    }
  }

  /// The devices' tally recorded for the open vote.
  public var openBallotDeviceCounts: [Int]? {
    switch phase {
    case .vote: return current?.rounds.last?.deviceCounts
    case .ground: return current?.grounds.deviceCounts
    default: return nil
    }
  }
}
