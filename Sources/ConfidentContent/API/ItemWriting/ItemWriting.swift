import ConfidentCore

/// Bank-wide measures of how the cases are written: can the answer be guessed from the form of
/// the options, is the bank broad enough (issue #14, points 1 and 5).
///
/// Pure: computed from a loaded ``Bank``. Lengths are in characters of the
/// whitespace-normalised option text.
public struct ItemWriting: Sendable {
  /// Points earned out of the points available.
  public struct Share: Sendable, Hashable {
    public var points: Double
    public var maximum: Double

    public init(points: Double = 0, maximum: Double = 0) {
      self.points = points
      self.maximum = maximum
    }

    /// `points / maximum`, 0 when nothing is available.
    public var ratio: Double { maximum > 0 ? points / maximum : 0 }

    static func + (a: Share, b: Share) -> Share { Share(points: a.points + b.points, maximum: a.maximum + b.maximum) }
  }

  /// Every step of the bank, each counted once.
  public var stepCount = 0
  /// Steps where a best option is (or ties for) the longest option.
  public var bestIsLongest = 0
  /// Steps where a best option is (or ties for) the shortest option.
  public var bestIsShortest = 0
  /// Best options by authored position: index 0 counts the best options written as `a`.
  public var bestPositions: [Int] = []

  /// Decision points of a player choosing uniformly at random, as expected along the case graph.
  public var decisionChance = Share()
  /// Decision points of the blind form strategies, each playing its own path through every case.
  public var longest = Share()
  public var shortest = Share()
  public var first = Share()

  /// Ground points of a uniformly random ground, expected along the random player's path.
  public var groundChance = Share()
  /// Ground points of always answering ``secretGround``, along the same path.
  public var alwaysSecret = Share()
  /// The ground accepted at the most steps of the bank (catalogue order breaks ties).
  public var mostFrequentGround: String?
  /// Ground points of always answering ``mostFrequentGround``, along the same path.
  public var alwaysMostFrequent = Share()

  public var caseCount = 0
  /// Cases per level: index 0 is level 1.
  public var casesPerLevel = [0, 0, 0]
  /// Cases with at least one `debated` step.
  public var debatedCases = 0
  /// Cases of several steps where at least one step's options lead to different next steps.
  public var branchingCases = 0

  /// The ground whose "always answer it" strategy is bounded.
  public static let secretGround = "secret"

  public init(bank: Bank) {
    caseCount = bank.cases.count
    mostFrequentGround = Self.mostFrequentGround(in: bank)
    for played in bank.cases {
      if (1...3).contains(played.level) { casesPerLevel[played.level - 1] += 1 }
      if played.steps.contains(where: \.debated) { debatedCases += 1 }
      if played.steps.count > 1, played.steps.contains(where: { Set($0.options.map(\.next)).count > 1 }) {
        branchingCases += 1
      }
      for step in played.steps { measure(step) }
      longest = longest + BlindPlay.decision(played, choosing: .longest)
      shortest = shortest + BlindPlay.decision(played, choosing: .shortest)
      first = first + BlindPlay.decision(played, choosing: .first)
      var random = RandomWalk(played, grounds: bank.grounds.map(\.id), secret: Self.secretGround, frequent: mostFrequentGround)
      let walk = random.expectation()
      decisionChance = decisionChance + walk.decision
      groundChance = groundChance + walk.groundChance
      alwaysSecret = alwaysSecret + walk.secret
      alwaysMostFrequent = alwaysMostFrequent + walk.frequent
    }
  }

  private mutating func measure(_ step: Step) {
    stepCount += 1
    let lengths = step.options.map(\.text.normalizedLength)
    let best = step.bestOptions
    if best.contains(where: { lengths[$0] == lengths.max() }) { bestIsLongest += 1 }
    if best.contains(where: { lengths[$0] == lengths.min() }) { bestIsShortest += 1 }
    for index in best {
      if bestPositions.count <= index { bestPositions += Array(repeating: 0, count: index + 1 - bestPositions.count) }
      bestPositions[index] += 1
    }
  }

  private static func mostFrequentGround(in bank: Bank) -> String? {
    let steps = bank.cases.flatMap(\.steps)
    let counts = bank.grounds.map { ground in (ground.id, steps.count { $0.ground.accepted.contains(ground.id) }) }
    // max(by:) keeps the last of equal elements: reverse so the catalogue's first wins.
    return counts.reversed().max { $0.1 < $1.1 }.map(\.0)
  }
}
