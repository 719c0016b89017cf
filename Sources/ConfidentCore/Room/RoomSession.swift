import Foundation

/// The trainer's room on one projected terminal, as a pure state machine: a line in, output
/// blocks out.
///
/// Peer Instruction: the room votes without seeing the result (« 14 votes » only), the trainer
/// reveals the distribution, may take a second vote after discussion, then shows the answer,
/// the feedback of every option, the ground question and its explanation. Cases are played
/// through ``CasePlay``; the room's majority choice drives branching. Time comes from outside
/// (`now`, in seconds), so the engine stays pure.
public struct RoomSession: Sendable {
  /// The screen the room is looking at.
  public enum Phase: Sendable, Hashable {
    /// The title screen, before the first case.
    case intro
    /// Situation, question and options; votes are taken and stay hidden (round 1 or 2).
    case vote(round: Int)
    /// The distribution of a round (round 2 shows both side by side).
    case distribution(round: Int)
    /// The verdict and the feedback of every option, with the teams' points.
    case verdict
    /// « Sur quelle base ? »: the grounds, votes taken.
    case ground
    /// The ground votes, the expected ground, the explanation and the references.
    case groundResult
    /// The debrief; the session is over.
    case debrief
  }

  public let bank: Bank
  public let plan: RoomPlan
  public let teams: [RoomTeam]
  /// How options are ordered; each case gets its own permutations from it.
  public let order: OptionOrder
  /// Seconds given to each vote, shown at the prompt; `nil` for no timer.
  public let timer: Int?
  /// Bars in ASCII (`#`) rather than Unicode blocks.
  public var ascii = false
  /// The screen the output is meant for.
  public var screen = Screen()
  public internal(set) var phase: Phase = .intro
  /// The plan's position of the case on screen.
  public internal(set) var casePosition = 0
  public internal(set) var play: CasePlay?
  public internal(set) var isFinished = false
  /// Goes up by one each time a new screen starts: the driver clears the terminal then.
  public internal(set) var screenNumber = 0
  /// Every step the room voted on, in order (a case played again replaces its steps).
  public internal(set) var records: [RoomStepRecord] = []
  /// The step on screen.
  public internal(set) var current: RoomStepRecord?
  /// The cases of the plan that exist in the bank.
  public let cases: [Case]
  let notes: [String: String]
  var now: Double = 0
  var voteStartedAt: Double?
  var plays = 0

  public init(bank: Bank, plan: RoomPlan, teams: [RoomTeam] = [], order: OptionOrder = .random(), timer: Int? = nil) {
    self.bank = bank
    self.plan = plan
    self.teams = teams
    self.order = order
    self.timer = timer.map { max(1, min($0, 3600)) }
    cases = plan.entries.compactMap { bank.case($0.caseID) }
    var notes: [String: String] = [:]
    for entry in plan.entries { if let note = entry.note { notes[entry.caseID] = note } }
    self.notes = notes
  }

  /// The title screen.
  public mutating func start(now: Double = 0) -> [Output] {
    self.now = now
    guard !cases.isEmpty else {
      isFinished = true
      return [.paragraph("Aucun cas à jouer dans cette séance.", .bad)]
    }
    return enter(.intro)
  }

  /// The prompt for the current phase, with the time left when a timer runs.
  public func prompt(now: Double) -> String {
    switch phase {
    case .intro: return "Entrée : premier cas › "
    case .vote(let round): return "vote \(round)\(voteStatus(current?.rounds.last))\(clock(now)) › "
    case .distribution(let round): return round == 1 ? "Entrée : la réponse · « revoter » › " : "Entrée : la réponse › "
    case .verdict: return "Entrée : sur quelle base ? › "
    case .ground: return "fondement\(voteStatus(current?.grounds))\(clock(now)) › "
    case .groundResult: return "Entrée : \(nextLabel) › "
    case .debrief: return "› "
    }
  }

  /// Handles one typed line at time `now` (seconds, any origin).
  public mutating func handle(_ line: String, now: Double = 0) -> [Output] {
    self.now = now
    let trimmed = line.trimmingUnicodeWhitespace()
    guard !isFinished else { return [] }
    if trimmed.isEmpty { return goOn() }
    if let command = RoomCommand(parsing: trimmed) { return run(command) }
    switch phase {
    case .vote: return vote(trimmed)
    case .ground: return groundVote(trimmed)
    case .distribution(let round) where round == 1:
      return [.paragraph("Les votes sont révélés. « revoter » pour un second vote, Entrée pour la réponse, « aide » pour les commandes.", .warning)]
    default:
      return [.paragraph("Commande inconnue : « \(trimmed.echoed) ». Entrée pour continuer, « aide » pour les commandes.", .warning)]
    }
  }

  /// Records a vote from any source (typed tallies go through ``TallyParser`` first).
  ///
  /// When the question fits on the screen it is shown again on a fresh screen with the count
  /// below it, so the typed tally (`A b`, `a 3 b 9`) does not stay in view of the room.
  public mutating func record(_ vote: RoomVote) -> [Output] {
    guard var record = current else { return [] }
    let count: Output
    switch phase {
    case .vote:
      record.rounds[record.rounds.count - 1].record(vote)
      current = record
      count = voteCount(record.rounds[record.rounds.count - 1], vote: vote)
    case .ground:
      record.grounds.record(vote)
      current = record
      count = voteCount(record.grounds, vote: vote)
    default:
      return [.paragraph("Les votes se font pendant une question.", .warning)]
    }
    let redrawn = screenOutputs() + [count]
    guard Layout.height(of: redrawn, width: screen.width) <= screen.height - 1 else { return [count] }
    screenNumber += 1
    return redrawn
  }

  /// End of input: the debrief, as with « fin ».
  public mutating func endOfInput() -> [Output] {
    guard !isFinished else { return [] }
    return finish()
  }

  /// After the lines of an interrupted session were handled again: the screen it was on, with
  /// a vote's timer started afresh at `now`.
  public mutating func resume(now: Double) -> [Output] {
    self.now = now
    guard !isFinished else { return [] }
    switch phase {
    case .vote, .ground: voteStartedAt = now
    default: break
    }
    return [.paragraph("Séance reprise là où elle s'était arrêtée, avec tous les votes.", .emphasis)] + newScreen()
  }

  /// The current screen again (« question », Ctrl-L).
  public mutating func redraw() -> [Output] {
    guard !isFinished else { return [] }
    return newScreen()
  }

  /// The cases the room is playing now, 1-based, and how many.
  var caseCounter: String { "Cas \(casePosition + 1)/\(cases.count)" }

  /// Where Entrée goes after the ground's result.
  var nextLabel: String {
    if upcomingStep != nil { return "étape suivante" }
    return casePosition + 1 < cases.count ? "cas suivant" : "le bilan"
  }

  /// The step the room's answer leads to: its majority's option (the best one without votes).
  var upcomingStep: String? {
    guard let play, let record = current else { return nil }
    let step = play.step
    let lastVoted = record.rounds.last { !$0.isEmpty } ?? record.rounds[0]
    guard let option = lastVoted.majority(in: play.shownOrder) ?? step.bestOptions.first,
      let next = step.options[option].next, play.played.step(next) != nil,
      next != step.id, !play.results.contains(where: { $0.stepID == next })
    else { return nil }
    return next
  }

  /// ` · 14 votes`, ` · 2/3 équipes`.
  func voteStatus(_ ballot: RoomBallot?) -> String {
    guard let ballot else { return "" }
    var parts: [String] = []
    if ballot.hasRoomTally || teams.isEmpty || ballot.deviceTotal > 0 {
      parts.append(votes(ballot.hasRoomTally || teams.isEmpty ? ballot.total : ballot.deviceTotal))
    }
    if !teams.isEmpty { parts.append("\(ballot.teamsVoted)/\(teams.count) équipes") }
    return parts.map { " · " + $0 }.joined()
  }

  /// ` · reste 1:05`, ` · temps écoulé`, or nothing without a timer or outside a vote.
  func clock(_ now: Double) -> String {
    guard let timer, let started = voteStartedAt else { return "" }
    let left = Double(timer) - (now - started)
    guard left > 0 else { return " · temps écoulé" }
    let seconds = Int(min(left, Double(timer)).rounded(.up))
    return " · reste \(seconds / 60):\(String(seconds % 60).leftZeroPadded)"
  }

  /// « 14 votes » (or « Équipe A a voté ») without saying for what.
  func voteCount(_ ballot: RoomBallot, vote: RoomVote) -> Output {
    switch vote {
    case .room, .devices:
      return .paragraph("\(votes(ballot.total)) (résultats cachés jusqu'à « reveler »)", .emphasis)
    case .team(let team, _):
      let name = teams.indices.contains(team) ? teams[team].name : "L'équipe"
      return .paragraph("\(name) a voté · \(ballot.teamsVoted)/\(teams.count) équipes (résultats cachés jusqu'à « reveler »)", .emphasis)
    }
  }
}

/// « 0 vote », « 1 vote », « 14 votes ».
func votes(_ count: Int) -> String { "\(count) vote\(count > 1 ? "s" : "")" }

extension String {
  var leftZeroPadded: String { count < 2 ? "0" + self : self }
}
