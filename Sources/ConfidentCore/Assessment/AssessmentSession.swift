import ConfidentScheduling
import Foundation

/// The self-assessment as a pure state machine: a candidate answers a stratified draw of
/// questions with no feedback, states a certainty for each, then reads a profile, a
/// recommendation and every answer's feedback.
///
/// Each question is the first step of a case, played through ``CasePlay``; answers go to a
/// ``ProgressStore`` (mode assessment) as they are given, and the state to an
/// ``AssessmentResumeSlot`` so that an interrupted assessment resumes.
public struct AssessmentSession: Sendable {
  /// Where the assessment is.
  public enum State: Sendable, Hashable {
    /// The instructions are shown: Entrée starts (or resumes).
    case intro
    /// Waiting for the decision at question `index` (0-based).
    case decision(index: Int)
    /// Waiting for the ground; `option` is the authored index chosen.
    case ground(index: Int, option: Int)
    /// Waiting for the certainty of the decision and ground given.
    case certainty(index: Int, option: Int, ground: String)
    /// Every question answered: the profile is shown.
    case profile
    /// Reviewing answer `index`'s feedback.
    case review(index: Int)
  }

  /// What a saved, interrupted assessment holds.
  struct Snapshot: Codable {
    var version = 1
    var sessionID: String
    var seed: UInt64
    var questions: [AssessmentQuestion]
    var answers: [AssessmentAnswer]
  }

  /// The longest assessment `--nombre` accepts.
  public static let maximumCount = 60

  public let bank: Bank
  /// The seed of the draw and of the option orders.
  public internal(set) var seed: UInt64
  public internal(set) var sessionID: String
  public internal(set) var questions: [AssessmentQuestion]
  public internal(set) var answers: [AssessmentAnswer] = []
  public internal(set) var state: State = .decision(index: 0)
  public internal(set) var isFinished = false
  /// Whether this assessment was resumed from a saved one.
  public internal(set) var wasResumed = false
  /// The screen the output is meant for: the confident mistakes are shortened to its width.
  public var screen = Screen()
  /// `--rapport`: the report is written there when the last question is answered.
  public var reportPath: String?
  let store: ProgressStore?
  let resumeSlot: AssessmentResumeSlot?
  let reports: AssessmentReportWriting?
  let clock: @Sendable () -> Date
  var questionShownAt: Date
  var groundListShown = false
  var storeFailed = false

  /// A new assessment of `count` questions drawn with `seed`, or the saved one if
  /// `resumeSlot` holds an unfinished assessment whose cases are all still in `bank`.
  public init(
    bank: Bank, count: Int = 15, seed: UInt64, sessionID: String, store: ProgressStore? = nil,
    resumeSlot: AssessmentResumeSlot? = nil, reports: AssessmentReportWriting? = nil,
    clock: @escaping @Sendable () -> Date = { Date() }
  ) {
    self.bank = bank
    self.store = store
    self.resumeSlot = resumeSlot
    self.reports = reports
    self.clock = clock
    questionShownAt = clock()
    if let data = try? resumeSlot?.load(), let saved = try? JSONDecoder().decode(Snapshot.self, from: data),
      saved.version == 1, !saved.questions.isEmpty, saved.answers.count < saved.questions.count,
      saved.questions.allSatisfy({ bank.case($0.caseID)?.steps.isEmpty == false })
    {
      self.seed = saved.seed
      self.sessionID = saved.sessionID
      questions = saved.questions
      answers = saved.answers
      wasResumed = true
    } else {
      self.seed = seed
      self.sessionID = sessionID
      questions = AssessmentDraw.draw(from: bank, count: min(max(count, 1), Self.maximumCount), seed: seed)
    }
    state = .intro
  }

  /// The play of question `index`: the case's first step, options in this assessment's order.
  func play(_ index: Int) -> CasePlay? {
    guard questions.indices.contains(index), let played = bank.case(questions[index].caseID) else { return nil }
    return CasePlay(played, order: OptionOrder.shuffled(seed: seed).forPlay(index + 1))
  }

  /// The profile of the answers given so far.
  public var profile: AssessmentProfile { AssessmentProfile(answers: answers) }

  /// The report of the answers given so far, dated `date`.
  public func report(at date: Date) -> AssessmentReport { AssessmentReport(answers: answers, bank: bank, date: date) }

  /// « Question 4/15 », for the prompt and the question's heading.
  func counter(_ index: Int) -> String { "Question \(index + 1)/\(questions.count)" }
}

extension AssessmentSession: ShellEngine {
  /// No completion during an assessment: answers are letters, numbers and words the prompt names.
  public func completions(for textBeforeCursor: String) -> [String] { [] }

  /// The instructions, then the first question (or the one the saved assessment stopped at).
  public mutating func start() -> [Output] {
    guard !questions.isEmpty else {
      isFinished = true
      return [.paragraph("Aucune question à poser : la banque de cas ne contient aucun cas jouable.", .bad)]
    }
    var output: [Output] = [.heading("Auto-évaluation — secret professionnel en CPAS")]
    if wasResumed {
      output.append(.paragraph("Reprise de votre évaluation interrompue : \(answers.count) réponse\(answers.count > 1 ? "s" : "") déjà donnée\(answers.count > 1 ? "s" : ""), on continue à la question \(answers.count + 1)/\(questions.count).", .emphasis))
    } else {
      output.append(.paragraph("\(questions.count) questions, environ \(max(1, questions.count)) minutes. Pour chacune : votre décision (une lettre), le fondement (un numéro), puis à quel point vous êtes sûr (1 je doute · 2 probable · 3 certain)."))
      output.append(.paragraph("Aucune correction avant la fin. Si vous ne savez pas, tapez « je ne sais pas » (ou « ? ») : 0 point, jamais de pénalité, alors qu'une erreur commise en étant certain coûte 6 points.", .muted))
    }
    return output
  }

  /// The prompt, with « Question 4/15 » while questions remain.
  public var prompt: String {
    switch state {
    case .intro:
      return "Entrée pour \(wasResumed ? "reprendre" : "commencer") › "
    case .decision(let index):
      let count = play(index)?.step.options.count ?? 1
      return "\(counter(index)) · réponse [a-\(optionLetter(count - 1)), ?] › "
    case .ground(let index, _):
      return "\(counter(index)) · fondement [1-\(bank.grounds.count), ?] › "
    case .certainty(let index, _, _):
      return "\(counter(index)) · certitude [1-3, ?] › "
    case .profile:
      return "évaluation › "
    case .review(let index):
      return "Réponse \(index + 1)/\(answers.count) · « suivant », « profil » › "
    }
  }

  /// Handles one line typed by the user.
  public mutating func handle(_ line: String) -> [Output] {
    let text = String(line.trimmingUnicodeWhitespace().prefix(200))
    let folded = text.lowercased()
    if ["quitter", "quit", "exit", "q"].contains(folded) { return leave() }
    if state == .intro {
      questionShownAt = clock()
      return question(answers.count)
    }
    if folded.isEmpty {
      if case .review = state { return reviewNext() }
      return []
    }
    if ["aide", "help"].contains(folded) { return help() }
    switch state {
    case .intro, .decision, .ground, .certainty:
      if ["question", "redessiner"].contains(folded) { return redraw() }
      if Self.isDontKnow(folded) { return answerDontKnow() }
      return answerQuestion(text)
    case .profile, .review:
      return resultsCommand(text)
    }
  }

  /// End of input: an unfinished assessment is kept for later; a finished one says goodbye.
  public mutating func endOfInput() -> [Output] {
    guard !isFinished else { return [] }
    return leave()
  }

  /// The current screen again (`question`, Ctrl-L): the question with what it waits for, the
  /// profile, or the answer being reviewed.
  public mutating func redraw() -> [Output] {
    let waiting = state
    switch waiting {
    case .intro:
      return start()
    case .decision(let index):
      return question(index)
    case .ground(let index, _):
      let output = question(index)
      state = waiting
      return output + groundQuestion(full: false)
    case .certainty(let index, _, _):
      let output = question(index)
      state = waiting
      return output + [.blank, .paragraph(Self.certaintyQuestion, .emphasis)]
    case .profile:
      return profileScreen()
    case .review(let index):
      return review(index)
    }
  }

  /// « je ne sais pas », « jnsp », « ? », « 0 ».
  static func isDontKnow(_ folded: String) -> Bool {
    let words = folded.replacingOccurrences(of: "’", with: "'").split(separator: " ").joined(separator: " ")
    return ["je ne sais pas", "ne sais pas", "je sais pas", "sais pas", "jnsp", "?", "0", "nsp"].contains(words)
  }

  mutating func leave() -> [Output] {
    isFinished = true
    switch state {
    case .intro, .decision, .ground, .certainty:
      guard !answers.isEmpty else {
        return [.paragraph("Évaluation interrompue avant la première réponse : rien n'est enregistré. « confident evaluation » tirera de nouvelles questions.", .muted)]
      }
      let left = questions.count - answers.count
      let kept = answers.count == 1 ? "votre réponse est enregistrée" : "vos \(answers.count) réponses sont enregistrées"
      return [.paragraph("Évaluation interrompue : \(kept). Il reste \(left) question\(left > 1 ? "s" : "") ; « confident evaluation » reprendra à la question \(answers.count + 1)/\(questions.count).", .muted)]
    case .profile, .review:
      return [.paragraph("Au revoir. Refaites l'évaluation quand vous voulez : les questions seront tirées à nouveau.", .muted)]
    }
  }

  func help() -> [Output] {
    switch state {
    case .intro, .decision, .ground, .certainty:
      return [
        .heading("Aide"),
        .item(marker: "a, b, c…", text: "votre décision, puis le numéro du fondement, puis votre certitude (1 je doute · 2 probable · 3 certain)"),
        .item(marker: "?", text: "« je ne sais pas » : 0 point, sans pénalité"),
        .item(marker: "liste", text: "les fondements (pendant la question du fondement)"),
        .item(marker: "question", text: "réaffiche la question"),
        .item(marker: "quitter", text: "interrompt : l'évaluation reprendra au même endroit"),
      ]
    case .profile, .review:
      return resultsHelp()
    }
  }
}
