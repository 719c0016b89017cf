import ConfidentCore

extension ItemWriting {
  /// The French report printed by `confident verifier` after the coverage table; `!` marks a
  /// line off target.
  public var summary: String {
    func line(_ offTarget: Bool, _ label: String, _ value: String, width: Int = 40) -> String {
      let padded = label.count < width ? label + String(repeating: " ", count: width - label.count) : label + " "
      return "  \(offTarget ? "!" : " ") \(padded)\(value)\n"
    }
    func count(_ value: Int, of total: Int) -> String {
      "\(value) (\(frenchPercent(total > 0 ? Double(value) / Double(total) : 0)))"
    }
    func versusChance(_ share: Share) -> String {
      let gap = (share.ratio - decisionChance.ratio) * 100
      let sign = gap >= 0 ? "+" : "−"
      return "\(frenchPercent(share.ratio))  (\(sign)\(frenchDecimal(abs(gap))) points sur le hasard ; au plus +\(Int(Self.formStrategyMargin * 100)))"
    }
    func steps(_ value: Int) -> String {
      "\(value) étape\(value > 1 ? "s" : "") sur \(stepCount) (\(frenchPercent(stepCount > 0 ? Double(value) / Double(stepCount) : 0)))"
    }
    let positions = bestPositions.enumerated().map { "\(optionLetter($0)) \(count($1, of: bestPositions.reduce(0, +)))" }
    var text = "Rédaction des options (\(stepCount) étape\(stepCount > 1 ? "s" : "")) :\n"
    text += line(
      longestShare > Self.longestShareTarget + 1e-9, "meilleure option la plus longue",
      "\(steps(bestIsLongest)) (objectif : \(frenchPercent(Self.longestShareTarget)) au plus)")
    text += line(false, "meilleure option la plus courte", steps(bestIsShortest))
    text += line(false, "position des meilleures options", positions.joined(separator: " · "))
    text += "Stratégies aveugles (part des points maximaux) :\n"
    text += line(false, "décision au hasard", frenchPercent(decisionChance.ratio))
    for (name, share) in formStrategies { text += line(beatsChance(share), name, versusChance(share)) }
    text += line(false, "fondement au hasard", frenchPercent(groundChance.ratio))
    text += line(
      secretIsTooRewarding, "toujours « \(Self.secretGround) »",
      "\(frenchPercent(alwaysSecret.ratio))  (au plus \(frenchPercent(Self.secretShareLimit)))")
    if let mostFrequentGround {
      text += line(false, "toujours le plus fréquent, « \(mostFrequentGround) »", frenchPercent(alwaysMostFrequent.ratio))
    }
    text += "Ampleur de la banque :\n"
    text += line(caseCount < Self.caseTarget, "cas", "\(caseCount) (objectif : \(Self.caseTarget))")
    let levels = (1...3).map { "\($0) : \(count(casesPerLevel[$0 - 1], of: caseCount))" }
    text += line(!thinLevels.isEmpty, "cas par niveau", levels.joined(separator: " · ") + " (objectif : un quart aux niveaux 1 et 3)")
    text += line(
      debatedCases < Self.debatedCaseTarget, "cas avec une étape débattue",
      "\(debatedCases) (objectif : \(Self.debatedCaseTarget))")
    text += line(
      branchingCases < Self.branchingCaseTarget, "cas dont la suite dépend de l'option",
      "\(branchingCases) (objectif : \(Self.branchingCaseTarget))")
    return text
  }
}
