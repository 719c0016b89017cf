import ConfidentContent
import ConfidentCore
import Testing

/// The item-writing report on `Tests/Fixtures/item-writing`: three cases, five steps.
///
/// `court-long` (level 1): the best option b is the longest, 67 characters against 22 and 19.
/// `branches` (level 3): a → `verifie`, b → `regret` (debated), c ends the case.
/// `prudence` (level 2): the best option c is the shortest; `secret` is not accepted.
@Suite("Item-writing report")
struct ItemWritingTests {
  static let path = Fixtures.root + "/item-writing"
  static let report = BankLoader.load(paths: [path])
  static let measures = ItemWriting(bank: report.bank)

  func relative(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.map { $0.description.replacingOccurrences(of: Fixtures.root + "/", with: "") }
  }

  func expectShare(_ share: ItemWriting.Share, _ points: Double, _ maximum: Double, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(abs(share.points - points) < 1e-9, "points \(share.points) ≠ \(points)", sourceLocation: sourceLocation)
    #expect(abs(share.maximum - maximum) < 1e-9, "maximum \(share.maximum) ≠ \(maximum)", sourceLocation: sourceLocation)
  }

  @Test func theFixtureLoadsCleanly() {
    #expect(Self.report.diagnostics.errorCount == 0)
    #expect(Self.report.bank.cases.map(\.id) == ["branches", "court-long", "prudence"])
  }

  @Test func lengthsAndPositionsOfTheBestOptionsAreCountedPerStep() {
    let measures = Self.measures
    #expect(measures.stepCount == 5)
    // court-long s1, branches accueil and regret.
    #expect(measures.bestIsLongest == 3)
    #expect(measures.longestShare == 0.6)
    // prudence s.
    #expect(measures.bestIsShortest == 1)
    // accueil a, verifie b, regret a, s1 b, s c.
    #expect(measures.bestPositions == [2, 2, 1])
  }

  @Test func formStrategiesPlayThePathTheirChoicesLeadTo() {
    let measures = Self.measures
    // branches: a (2) → verifie, whose longest option c is wrong (0); court-long 2/2; prudence 0/2.
    expectShare(measures.longest, 4, 8)
    // branches: b (0, the first of two 25-character options) → regret c (0); prudence c 2/2.
    expectShare(measures.shortest, 2, 8)
    // branches: a (2) → verifie a (0); court-long a and prudence a are wrong.
    expectShare(measures.first, 2, 8)
  }

  @Test func chanceIsTheExpectationOfARandomPlayerAlongTheCaseGraph() {
    let measures = Self.measures
    // court-long 2/3 of 2; branches 1 + (2/3 + 1)/3 of 2 + (2 + 2)/3; prudence 1 of 2.
    expectShare(measures.decisionChance, 2.0 / 3 + 14.0 / 9 + 1, 2 + 10.0 / 3 + 2)
    #expect(abs(measures.decisionChance.ratio - 29.0 / 66) < 1e-9)
    // Three grounds: 1/3 at s1, verifie and s; 1.5/3 at accueil and regret.
    expectShare(measures.groundChance, 1.0 / 3 + (0.5 + (1.0 / 3 + 0.5) / 3) + 1.0 / 3, 1 + 5.0 / 3 + 1)
  }

  @Test func groundStrategiesScoreAcceptedAsOneAndPartialAsHalf() {
    let measures = Self.measures
    // s1 1; accueil 1, then verifie 1 or regret 0.5 (partial), each a third of the time; s 0.
    expectShare(measures.alwaysSecret, 1 + 1 + 1.5 / 3, 1 + 5.0 / 3 + 1)
    #expect(abs(measures.alwaysSecret.ratio - 7.5 / 11) < 1e-9)
    #expect(measures.mostFrequentGround == "secret")
    #expect(measures.alwaysMostFrequent == measures.alwaysSecret)
  }

  @Test func breadthCountsLevelsDebatedAndBranchingCases() {
    let measures = Self.measures
    #expect(measures.caseCount == 3)
    #expect(measures.casesPerLevel == [1, 1, 1])
    #expect(measures.debatedCases == 1)
    #expect(measures.branchingCases == 1)
    #expect(measures.thinLevels == [])
  }

  @Test func aStrategyStopsAtAStepItHasAlreadyVisited() {
    func option(_ text: String, _ verdict: Verdict, next: String? = nil) -> Option {
      Option(text: text, verdict: verdict, feedback: "—", next: next)
    }
    let ground = GroundQuestion(accepted: ["secret"], explanation: "—")
    let loop = Case(
      id: "boucle", title: "Boucle", points: ["P"], level: 2, lawDate: "2026-11-27", situation: "—",
      steps: [
        Step(id: "x", question: "?", options: [option("Une option longue qui mène à y", .correct, next: "y"), option("Fin", .incorrect), option("Fin.", .incorrect)], ground: ground),
        Step(id: "y", question: "?", options: [option("Une option longue qui revient à x", .incorrect, next: "x"), option("Fin", .correct), option("Fin.", .incorrect)], ground: ground),
      ],
      trainerNote: "—")
    let measures = ItemWriting(bank: Bank(cases: [loop], grounds: [Ground(id: "secret", label: "Secret", summary: "—")]))
    expectShare(measures.longest, 2, 4)
    expectShare(measures.shortest, 0, 2)
    // The random player: x, then y a third of the time; y's way back to x ends the play.
    expectShare(measures.decisionChance, 2.0 / 3 + (2.0 / 3) / 3, 2 + 2.0 / 3)
  }

  @Test func aVeryLongChainOfStepsIsMeasuredWithoutDeepRecursion() {
    let count = 10_000
    let steps = (0..<count).map { index in
      Step(
        id: "s\(index)", question: "?",
        options: [
          Option(text: "La réponse longue qui continue", verdict: .correct, feedback: "—", next: index + 1 < count ? "s\(index + 1)" : nil),
          Option(text: "Non", verdict: .incorrect, feedback: "—"),
          Option(text: "Non.", verdict: .incorrect, feedback: "—"),
        ],
        ground: GroundQuestion(accepted: ["secret"], explanation: "—"))
    }
    let chain = Case(id: "chaine", title: "Chaîne", points: ["P"], level: 1, lawDate: "2026-11-27", situation: "—", steps: steps, trainerNote: "—")
    let measures = ItemWriting(bank: Bank(cases: [chain], grounds: [Ground(id: "secret", label: "Secret", summary: "—")]))
    expectShare(measures.longest, Double(2 * count), Double(2 * count))
    // Each step is reached a third as often as the one before: 2/3 of 2 points, summed.
    #expect(abs(measures.decisionChance.ratio - 1.0 / 3) < 1e-9)
    #expect(abs(measures.alwaysSecret.ratio - 1) < 1e-9)
  }

  @Test func eachStepWarningIsAtTheOptionItConcerns() {
    #expect(relative(ItemWriting.warnings(in: Self.report)) == [
      "item-writing/cas/branches.yaml:35:9: avertissement: l'option c contient tout le texte de l'option a : réécrivez-les pour qu'aucune ne reprenne une autre",
      "item-writing/cas/court-long.yaml:11:9: avertissement: « jamais » ne figure que dans des options fausses de l'étape « s1 » (ici l'option a) : l'apprenant écarte l'option sans la lire ; nuancez-la ou employez aussi ce mot dans une bonne réponse",
      "item-writing/cas/court-long.yaml:14:9: avertissement: l'option b, la meilleure réponse, compte 67 caractères, 3,3 fois la moyenne des autres (20,5) : la longueur trahit la réponse ; étoffez les autres options ou resserrez celle-ci",
    ])
  }

  @Test func anAbsoluteWordAlsoFoundInAGoodOptionIsNoCue() {
    // prudence: « toujours » is in the wrong option a and in the correct option c.
    #expect(!ItemWriting.warnings(in: Self.report).contains { $0.file.hasSuffix("prudence.yaml") })
  }

  @Test func theBankWideBoundsAreWarningsWithoutStrict() {
    let lines = relative(Self.measures.diagnostics(bankPath: Self.path, strict: false))
    #expect(lines == [
      "item-writing: avertissement: la meilleure option est la plus longue dans 3 étapes sur 5 (60\u{202F}%) ; l'objectif est de 35\u{202F}% au plus : réécrivez les options pour que la longueur ne désigne pas la réponse",
      "item-writing: avertissement: répondre toujours « secret » obtient 68,2\u{202F}% des points de fondement ; au plus 45\u{202F}% sont admis : ajoutez des étapes où une exception ou un tempérament est la réponse",
      "item-writing: avertissement: la banque compte 3 cas ; l'objectif est d'au moins 120",
      "item-writing: avertissement: 1 cas a une étape débattue ; l'objectif est d'au moins 20",
      "item-writing: avertissement: 1 cas à plusieurs étapes a une suite qui dépend de l'option choisie ; l'objectif est d'au moins 40",
    ])
  }

  @Test func strictMakesABlindStrategyBeatingChanceAnError() {
    // court-long alone: the longest option earns 100 % against 33,3 % by chance.
    var bank = Self.report.bank
    bank.cases = bank.cases.filter { $0.id == "court-long" }
    let errors = ItemWriting(bank: bank).diagnostics(bankPath: "banque", strict: true).filter { $0.severity == .error }
    #expect(errors.map(\.description) == [
      "banque: erreur: la stratégie aveugle « toujours l'option la plus longue » obtient 100\u{202F}% des points de décision, 66,7 points de plus que le hasard (33,3\u{202F}%) ; au plus 10 points sont admis : réécrivez les options pour que leur forme ne trahisse pas la réponse",
      "banque: erreur: répondre toujours « secret » obtient 100\u{202F}% des points de fondement ; au plus 45\u{202F}% sont admis : ajoutez des étapes où une exception ou un tempérament est la réponse",
    ])
  }

  @Test func theSummaryPrintsEveryMeasureInFrench() {
    let summary = Self.measures.summary
    for line in [
      "  ! meilleure option la plus longue         3 étapes sur 5 (60\u{202F}%) (objectif : 35\u{202F}% au plus)",
      "    meilleure option la plus courte         1 étape sur 5 (20\u{202F}%)",
      "    position des meilleures options         a 2 (40\u{202F}%) · b 2 (40\u{202F}%) · c 1 (20\u{202F}%)",
      "    décision au hasard                      43,9\u{202F}%",
      "    toujours l'option la plus longue        50\u{202F}%  (+6,1 points sur le hasard ; au plus +10)",
      "  ! toujours « secret »                     68,2\u{202F}%  (au plus 45\u{202F}%)",
      "    cas par niveau                          1 : 1 (33,3\u{202F}%) · 2 : 1 (33,3\u{202F}%) · 3 : 1 (33,3\u{202F}%) (objectif : un quart aux niveaux 1 et 3)",
      "  ! cas dont la suite dépend de l'option    1 (objectif : 40)",
    ] {
      #expect(summary.split(separator: "\n").contains { $0 == line }, "missing: \(line)")
    }
  }

  @Test func theLongestStrategyScoresTheSameThroughTheSessionEngine() {
    // No two options of the fixture tie for the longest, so display order cannot matter.
    let played = EngineBlindPlayer.score(Self.report.bank, choosing: EngineBlindPlayer.longest, ground: "secret")
    expectShare(ItemWriting.Share(points: played.decision, maximum: played.decisionMax), 4, 8)
    #expect(Self.measures.longest == ItemWriting.Share(points: played.decision, maximum: played.decisionMax))
  }
}
