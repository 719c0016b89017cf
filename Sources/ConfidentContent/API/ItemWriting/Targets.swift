import ConfidentCore

extension ItemWriting {
  /// At most this share of steps may have a best option that is the longest.
  public static let longestShareTarget = 0.35
  /// A blind form strategy may beat chance by at most this share of the decision points.
  public static let formStrategyMargin = 0.10
  /// "Always answer `secret`" may earn at most this share of the ground points.
  public static let secretShareLimit = 0.45
  /// Breadth targets of the bank.
  public static let caseTarget = 120
  public static let debatedCaseTarget = 20
  public static let branchingCaseTarget = 40
  /// At least this share of the cases at level 1, and as much at level 3.
  public static let levelShareTarget = 0.25

  /// Share of steps where a best option is the longest.
  public var longestShare: Double { stepCount > 0 ? Double(bestIsLongest) / Double(stepCount) : 0 }
  public var shortestShare: Double { stepCount > 0 ? Double(bestIsShortest) / Double(stepCount) : 0 }

  /// The three blind form strategies, with their French names.
  public var formStrategies: [(name: String, share: Share)] {
    [
      ("toujours l'option la plus longue", longest),
      ("toujours l'option la plus courte", shortest),
      ("toujours la première option", first),
    ]
  }

  /// Whether a form strategy beats chance by more than the margin.
  public func beatsChance(_ share: Share) -> Bool {
    share.ratio - decisionChance.ratio > Self.formStrategyMargin + 1e-9
  }

  public var secretIsTooRewarding: Bool { alwaysSecret.ratio > Self.secretShareLimit + 1e-9 }

  /// Levels (1 and 3) holding less than a quarter of the cases.
  public var thinLevels: [Int] {
    guard caseCount > 0 else { return [] }
    return [1, 3].filter { Double(casesPerLevel[$0 - 1]) / Double(caseCount) < Self.levelShareTarget - 1e-9 }
  }

  /// The bank-wide problems, about the bank at `path` (printed without line and column).
  ///
  /// A blind form strategy beating chance by more than 10 points, or "always `secret`" above
  /// 45 % of the ground points, is an error under `strict` and a warning otherwise; the other
  /// targets are warnings (which `--strict` counts as errors).
  public func diagnostics(bankPath path: String, strict: Bool) -> [Diagnostic] {
    func problem(_ severity: Diagnostic.Severity, _ message: String) -> Diagnostic {
      Diagnostic(file: path, line: 0, column: 0, severity: severity, message: message)
    }
    let bound: Diagnostic.Severity = strict ? .error : .warning
    var found: [Diagnostic] = []
    if longestShare > Self.longestShareTarget + 1e-9 {
      found.append(
        problem(
          .warning,
          "la meilleure option est la plus longue dans \(bestIsLongest) étapes sur \(stepCount) "
            + "(\(frenchPercent(longestShare))) ; l'objectif est de \(frenchPercent(Self.longestShareTarget)) au plus : "
            + "réécrivez les options pour que la longueur ne désigne pas la réponse"))
    }
    for (name, share) in formStrategies where beatsChance(share) {
      found.append(
        problem(
          bound,
          "la stratégie aveugle « \(name) » obtient \(frenchPercent(share.ratio)) des points de décision, "
            + "\(frenchDecimal((share.ratio - decisionChance.ratio) * 100)) points de plus que le hasard "
            + "(\(frenchPercent(decisionChance.ratio))) ; au plus \(Int(Self.formStrategyMargin * 100)) points sont admis : "
            + "réécrivez les options pour que leur forme ne trahisse pas la réponse"))
    }
    if secretIsTooRewarding {
      found.append(
        problem(
          bound,
          "répondre toujours « \(Self.secretGround) » obtient \(frenchPercent(alwaysSecret.ratio)) des points de fondement ; "
            + "au plus \(frenchPercent(Self.secretShareLimit)) sont admis : ajoutez des étapes où une exception "
            + "ou un tempérament est la réponse"))
    }
    if caseCount < Self.caseTarget {
      found.append(problem(.warning, "la banque compte \(caseCount) cas ; l'objectif est d'au moins \(Self.caseTarget)"))
    }
    for level in thinLevels {
      let count = casesPerLevel[level - 1]
      found.append(
        problem(
          .warning,
          "le niveau \(level) compte \(count) cas sur \(caseCount) (\(frenchPercent(Double(count) / Double(caseCount)))) ; "
            + "l'objectif est d'un quart au moins"))
    }
    if debatedCases < Self.debatedCaseTarget {
      found.append(
        problem(
          .warning,
          "\(debatedCases) cas \(debatedCases > 1 ? "ont" : "a") une étape débattue ; "
            + "l'objectif est d'au moins \(Self.debatedCaseTarget)"))
    }
    if branchingCases < Self.branchingCaseTarget {
      found.append(
        problem(
          .warning,
          "\(branchingCases) cas à plusieurs étapes \(branchingCases > 1 ? "ont" : "a") une suite qui dépend de l'option choisie ; "
            + "l'objectif est d'au moins \(Self.branchingCaseTarget)"))
    }
    return found
  }
}
