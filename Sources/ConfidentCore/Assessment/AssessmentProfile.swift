import ConfidentScheduling

/// The results of one programme part.
public struct PartResult: Sendable, Hashable {
  /// The part.
  public var part: ProgrammePart
  /// Questions asked for this part.
  public var questions: Int
  /// Right decisions, as CBM counts them.
  public var rightDecisions: Int
  /// Answers « je ne sais pas ».
  public var dontKnow: Int
  /// Decision points (2 · 1 · 0).
  public var decision: Double
  /// The best decision points possible.
  public var decisionMax: Double
  /// Ground points (1 · 0.5 · 0).
  public var ground: Double
  /// The best ground points possible (1 a question).
  public var groundMax: Double
  /// Wrong decisions given as « certain » or « probable ».
  public var confidentMistakes: Int

  /// Decision points over their maximum (0 with no question).
  public var decisionRate: Double { decisionMax > 0 ? decision / decisionMax : 0 }
  /// Ground points over their maximum (0 with no question).
  public var groundRate: Double { groundMax > 0 ? ground / groundMax : 0 }
  /// Decision and ground points together over their maximum.
  public var rate: Double { decisionMax + groundMax > 0 ? (decision + ground) / (decisionMax + groundMax) : 0 }
}

/// How right the participant was at one certainty level.
public struct CalibrationLine: Sendable, Hashable {
  /// Whether the answers at this level matched what the level promises.
  public enum Judgement: Sendable, Hashable {
    /// Right less often than the level needs: too sure.
    case overconfident
    /// Within the level's paying range.
    case calibrated
    /// Right more often than the level says: too cautious.
    case underconfident
  }

  /// The level.
  public var certainty: Certainty
  /// Answers given at this level.
  public var answers: Int
  /// Of which right.
  public var right: Int
  /// What the rate says against the level's paying range.
  public var judgement: Judgement

  /// The rate of right answers at this level.
  public var rate: Double { answers > 0 ? Double(right) / Double(answers) : 0 }

  /// « Quand vous étiez certain, vous aviez raison 6 fois sur 10 », with what it means.
  public var sentence: String {
    let opening: String
    switch certainty {
    case .certain: opening = "Quand vous étiez certain, vous aviez raison \(right) fois sur \(answers)."
    case .probable: opening = "Quand vous répondiez « probable », vous aviez raison \(right) fois sur \(answers)."
    case .doubt: opening = "Quand vous doutiez, vous aviez raison \(right) fois sur \(answers)."
    }
    let meaning: String
    switch (certainty, judgement) {
    case (.certain, .overconfident):
      meaning = "Pour être certain, il faut avoir raison au moins 8 fois sur 10 : vous avez été trop sûr de vous."
    case (.certain, _):
      meaning = "C'est ce qu'il faut pour se dire certain."
    case (.probable, .overconfident):
      meaning = "C'est moins de 2 fois sur 3 : dans ces cas-là, « je doute » aurait été plus juste."
    case (.probable, .underconfident):
      meaning = "C'est plus de 8 fois sur 10 : vous auriez pu vous dire certain."
    case (.probable, .calibrated):
      meaning = "C'est bien ce que « probable » veut dire."
    case (.doubt, .underconfident):
      meaning = "C'est plus de 2 fois sur 3 : vous en saviez plus que vous ne le pensiez."
    case (.doubt, _):
      meaning = "Votre doute était fondé."
    }
    return opening + " " + meaning
  }
}

/// The level of the course recommended to a candidate.
public enum RecommendedLevel: Int, Sendable, Hashable, Codable, CaseIterable {
  /// Level 1, « découverte ».
  case discovery = 1
  /// Level 2, « pratique ».
  case practice = 2
  /// Level 3, « approfondissement ».
  case deepening = 3

  /// « découverte », « pratique », « approfondissement ».
  public var label: String {
    switch self {
    case .discovery: "découverte"
    case .practice: "pratique"
    case .deepening: "approfondissement"
    }
  }
}

/// What the candidate most needs: a level and the parts to work first, in plain French.
public struct Recommendation: Sendable, Hashable {
  /// The level of cases to start with.
  public var level: RecommendedLevel
  /// The parts to work first, weakest first (at most three).
  public var parts: [ProgrammePart]
  /// One sentence per part in ``parts``: the part and why.
  public var reasons: [String]
  /// The paragraphs of the recommendation, in order.
  public var paragraphs: [String]
}

/// Everything the end of an assessment reports, computed from its answers.
///
/// Rules (`docs/assessment.md`): a part needs work when its decision and ground points
/// together are under 60 %, or when it holds a confident mistake; the weakest three are named,
/// lowest rate first. The level is « découverte » when the points are under 50 % or half the
/// answers or more are « je ne sais pas », « approfondissement » from 80 % with no confident
/// mistake, « pratique » otherwise.
public struct AssessmentProfile: Sendable, Hashable {
  /// The answers, in the order asked.
  public var answers: [AssessmentAnswer]
  /// Every part, in programme order (a part with no question has `questions == 0`).
  public var parts: [PartResult]
  /// The sum of the CBM marks.
  public var cbmTotal: Int
  /// The best CBM total possible: 3 a question (the worst is −6 a question).
  public var cbmMax: Int
  /// One line per certainty level used, « certain » first.
  public var calibration: [CalibrationLine]
  /// Answers « je ne sais pas ».
  public var dontKnowCount: Int
  /// Wrong decisions given as « certain » (first) or « probable ».
  public var confidentMistakes: [AssessmentAnswer]
  /// The level and the parts to work first.
  public var recommendation: Recommendation

  /// Points (decision and ground together) over their maximum, for the whole assessment.
  public var rate: Double {
    let points = parts.map { $0.decision + $0.ground }.reduce(0, +)
    let maximum = parts.map { $0.decisionMax + $0.groundMax }.reduce(0, +)
    return maximum > 0 ? points / maximum : 0
  }

  /// The number of right decisions.
  public var rightDecisions: Int { answers.filter(\.isRight).count }

  /// The profile of `answers`.
  public init(answers: [AssessmentAnswer]) {
    self.answers = answers
    parts = ProgrammePart.allCases.map { part in
      let mine = answers.filter { $0.question.part == part }
      return PartResult(
        part: part, questions: mine.count, rightDecisions: mine.filter(\.isRight).count,
        dontKnow: mine.filter(\.isDontKnow).count, decision: mine.map(\.decisionPoints).reduce(0, +),
        decisionMax: mine.map(\.decisionMax).reduce(0, +), ground: mine.map(\.groundPoints).reduce(0, +),
        groundMax: Double(mine.count), confidentMistakes: mine.filter(\.isConfidentMistake).count)
    }
    cbmTotal = answers.map(\.mark).reduce(0, +)
    cbmMax = 3 * answers.count
    calibration = [Certainty.certain, .probable, .doubt].compactMap { level in
      let given = answers.filter { $0.certainty == .level(level) }
      guard !given.isEmpty else { return nil }
      let right = given.filter(\.isRight).count
      let rate = Double(right) / Double(given.count)
      let range = level.payingRange
      let judgement: CalibrationLine.Judgement =
        rate < range.lowerBound ? .overconfident : (rate > range.upperBound ? .underconfident : .calibrated)
      return CalibrationLine(certainty: level, answers: given.count, right: right, judgement: judgement)
    }
    dontKnowCount = answers.filter(\.isDontKnow).count
    confidentMistakes = answers.filter { $0.isConfidentMistake && $0.certainty == .level(.certain) }
      + answers.filter { $0.isConfidentMistake && $0.certainty == .level(.probable) }
    let points = answers.map { $0.decisionPoints + $0.groundPoints }.reduce(0, +)
    let maximum = answers.map { $0.decisionMax + 1 }.reduce(0, +)
    recommendation = Recommendation(parts: parts, answers: answers, rate: maximum > 0 ? points / maximum : 0)
  }
}

extension Recommendation {
  /// The rules of ``AssessmentProfile`` applied.
  init(parts: [PartResult], answers: [AssessmentAnswer], rate: Double) {
    let mistakes = answers.filter(\.isConfidentMistake).count
    let dontKnow = answers.filter(\.isDontKnow).count
    if rate < 0.5 || (answers.count > 0 && 2 * dontKnow >= answers.count) {
      level = .discovery
    } else if rate >= 0.8 && mistakes == 0 {
      level = .deepening
    } else {
      level = .practice
    }
    let weak = parts.filter { $0.questions > 0 && ($0.rate < 0.6 || $0.confidentMistakes > 0) }
      .sorted { ($0.rate, -$0.part.courseShare, $0.part) < ($1.rate, -$1.part.courseShare, $1.part) }
      .prefix(3)
    self.parts = weak.map(\.part)
    reasons = weak.map(Self.reason)
    var paragraphs: [String] = []
    switch level {
    case .discovery:
      paragraphs.append(
        "Niveau conseillé : découverte. Commencez par les cas de niveau 1 : ils posent le cadre (ce que couvre le secret, qui y est tenu, les grandes exceptions) avant les situations plus fines.")
    case .practice:
      paragraphs.append(
        "Niveau conseillé : pratique. Vous avez des bases ; les cas de niveau 2 vous entraîneront à appliquer les exceptions et à répondre aux demandes de tiers avec le bon fondement.")
    case .deepening:
      paragraphs.append(
        "Niveau conseillé : approfondissement. Vos réponses sont solides et vous savez quand vous êtes sûr ; les cas de niveau 3 abordent les questions débattues et les situations limites.")
    }
    if weak.isEmpty {
      paragraphs.append("Aucune partie du programme ne ressort comme faible : suivez la formation dans l'ordre, en insistant sur les questions débattues.")
    } else {
      paragraphs.append(weak.count == 1 ? "La partie de la formation qui vous sera la plus utile :" : "Les parties de la formation qui vous seront les plus utiles, dans l'ordre :")
    }
    if mistakes > 0 {
      paragraphs.append(
        "Vous vous êtes trompé \(mistakes) fois en étant sûr de vous : c'est là qu'une erreur coûte le plus sur le terrain. Avant de répondre à un tiers, demandez-vous toujours sur quelle base vous parleriez.")
    }
    self.paragraphs = paragraphs
  }

  /// « II.3 Demandes de tiers : 1 bonne décision sur 4, … »
  static func reason(_ result: PartResult) -> String {
    var facts = ["\(result.rightDecisions) bonne\(result.rightDecisions > 1 ? "s" : "") décision\(result.rightDecisions > 1 ? "s" : "") sur \(result.questions)"]
    facts.append("fondements justes à \(percent(result.groundRate))")
    if result.confidentMistakes > 0 {
      facts.append("\(result.confidentMistakes) erreur\(result.confidentMistakes > 1 ? "s" : "") en étant sûr de vous")
    }
    if result.dontKnow > 0 {
      facts.append("\(result.dontKnow) « je ne sais pas »")
    }
    return "\(result.part.label) \(result.part.shortTitle) : \(facts.joined(separator: ", "))."
  }
}

/// 0.666… → « 67 % » (with a no-break space).
public func percent(_ rate: Double) -> String {
  "\(Int((rate * 100).rounded()))\u{00A0}%"
}
