/// How good a decision is.
public enum Verdict: String, Sendable, CaseIterable {
  case correct
  case acceptable
  case incorrect

  /// Points for the decision: correct 2 · acceptable 1 · incorrect 0.
  public var points: Double {
    switch self {
    case .correct: 2
    case .acceptable: 1
    case .incorrect: 0
    }
  }
}

/// A citation of a catalogue reference, with an optional pinpoint (article, §, page).
public struct Citation: Sendable, Hashable {
  public var referenceID: String
  public var pinpoint: String?
  /// Cited as the former law on purpose (history, comparison): not expected to apply at the
  /// case's date.
  public var historical: Bool

  public init(referenceID: String, pinpoint: String? = nil, historical: Bool = false) {
    self.referenceID = referenceID
    self.pinpoint = pinpoint
    self.historical = historical
  }
}

/// One answer the worker may give at a step.
public struct Option: Sendable, Hashable {
  public var text: String
  public var verdict: Verdict
  public var feedback: String
  /// The step that follows when this option is chosen; `nil` ends the case.
  public var next: String?

  public init(text: String, verdict: Verdict, feedback: String, next: String? = nil) {
    self.text = text
    self.verdict = verdict
    self.feedback = feedback
    self.next = next
  }
}

/// The "sur quelle base ?" question of a step.
public struct GroundQuestion: Sendable, Hashable {
  public var accepted: [String]
  public var partial: [String]
  public var explanation: String

  public init(accepted: [String], partial: [String] = [], explanation: String) {
    self.accepted = accepted
    self.partial = partial
    self.explanation = explanation
  }

  /// Points for a ground: accepted 1 · partly 0.5 · other 0.
  public func points(for groundID: String?) -> Double {
    guard let groundID else { return 0 }
    if accepted.contains(groundID) { return 1 }
    if partial.contains(groundID) { return 0.5 }
    return 0
  }
}

/// One decision point of a case.
public struct Step: Sendable, Hashable {
  public var id: String
  public var question: String
  public var hint: String?
  /// Doctrine or practice is divided: several options are acceptable.
  public var debated: Bool
  /// The sources do not settle the point (no text or decision found either way): the answer
  /// is the prudent one, and the learner is told so. Distinct from `debated`.
  public var unsettled: Bool
  /// For authors and reviewers only (sourcing caveats, what was read): never shown in play.
  public var authorNote: String?
  public var options: [Option]
  public var ground: GroundQuestion
  public var references: [Citation]

  public init(
    id: String, question: String, hint: String? = nil, debated: Bool = false,
    unsettled: Bool = false, authorNote: String? = nil,
    options: [Option], ground: GroundQuestion, references: [Citation] = []
  ) {
    self.id = id
    self.question = question
    self.hint = hint
    self.debated = debated
    self.unsettled = unsettled
    self.authorNote = authorNote
    self.options = options
    self.ground = ground
    self.references = references
  }

  /// The options with the best verdict present at this step.
  public var bestOptions: [Int] {
    let best = options.map(\.verdict.points).max() ?? 0
    return options.indices.filter { options[$0].verdict.points == best }
  }
}

/// A practical case: a situation that unfolds in one or more steps.
public struct Case: Sendable, Hashable, Identifiable {
  public var id: String
  public var title: String
  public var points: [String]
  public var tags: [String]
  /// 1 découverte · 2 pratique · 3 approfondissement.
  public var level: Int
  /// The date at which the answers are legally right (YYYY-MM-DD).
  public var lawDate: String
  public var situation: String
  /// Steps in file order; play starts at the first one.
  public var steps: [Step]
  public var trainerNote: String
  /// For authors and reviewers only (sourcing caveats, what was read): never shown in play.
  public var authorNote: String?
  public var references: [Citation]

  public init(
    id: String, title: String, points: [String], tags: [String] = [], level: Int,
    lawDate: String, situation: String, steps: [Step], trainerNote: String,
    authorNote: String? = nil, references: [Citation] = []
  ) {
    self.id = id
    self.title = title
    self.points = points
    self.tags = tags
    self.level = level
    self.lawDate = lawDate
    self.situation = situation
    self.steps = steps
    self.trainerNote = trainerNote
    self.authorNote = authorNote
    self.references = references
  }

  /// The step with this id.
  public func step(_ id: String) -> Step? { steps.first { $0.id == id } }

  /// Every ground id accepted at some step, in order of first appearance.
  public var acceptedGrounds: [String] {
    var seen: [String] = []
    for step in steps {
      for id in step.ground.accepted where !seen.contains(id) { seen.append(id) }
    }
    return seen
  }
}
