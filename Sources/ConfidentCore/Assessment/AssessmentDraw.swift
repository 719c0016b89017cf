/// One question of a self-assessment: the first step of a case, asked for one programme part.
public struct AssessmentQuestion: Sendable, Hashable, Codable {
  /// The case asked; only its first step is played.
  public var caseID: String
  /// The part the question counts for in the profile.
  public var part: ProgrammePart

  /// A question.
  public init(caseID: String, part: ProgrammePart) {
    self.caseID = caseID
    self.part = part
  }
}

/// Draws the questions of a self-assessment: stratified over the programme's parts in
/// proportion to the course, levels mixed, a new draw for every seed.
public enum AssessmentDraw {
  /// How many questions each part gets out of `count`: the course weights
  /// (``ProgrammePart/courseShare``) by largest remainder, every part at least one when
  /// `count` allows it (taken from the part with the most).
  public static func quotas(count: Int) -> [ProgrammePart: Int] {
    let parts = ProgrammePart.allCases
    let total = parts.map(\.courseShare).reduce(0, +)
    let count = max(0, count)
    var quotas = parts.map { count * $0.courseShare / total }
    let remainders = parts.map { count * $0.courseShare % total }
    let left = count - quotas.reduce(0, +)
    let byRemainder = parts.indices.sorted { (remainders[$0], -$0) > (remainders[$1], -$1) }
    for index in byRemainder.prefix(left) { quotas[index] += 1 }
    if count >= parts.count {
      for index in parts.indices where quotas[index] == 0 {
        let richest = quotas.indices.max { quotas[$0] < quotas[$1] }!
        quotas[richest] -= 1
        quotas[index] = 1
      }
    }
    return Dictionary(uniqueKeysWithValues: zip(parts, quotas))
  }

  /// `count` questions from `bank` (fewer if the bank has fewer cases with steps), in a
  /// shuffled order that depends only on `seed`.
  ///
  /// A part whose cases run out gives its missing questions to the parts with the largest
  /// weights. Within a part, levels 1, 2 and 3 take turns (from a drawn level), so that an
  /// assessment mixes them. No ground may earn more than ``groundCap`` of the ground points
  /// (« le secret s'applique » is the answer of many first steps: always giving it must not
  /// pay); a case that would pass the cap is drawn only when no other case of its part is left.
  public static func draw(from bank: Bank, count: Int, seed: UInt64) -> [AssessmentQuestion] {
    var generator = SeededGenerator.derived(from: seed, index: 7_000_001)
    let playable = bank.cases.filter { !$0.steps.isEmpty && $0.steps[0].options.count >= 2 }
      .sorted { $0.id < $1.id }
    var pools: [ProgrammePart: [Case]] = [:]
    for played in playable {
      for part in ProgrammePart.parts(of: played) { pools[part, default: []].append(played) }
    }
    let quotas = quotas(count: count)
    var used: Set<String> = []
    var load = GroundLoad(cap: groundCap * Double(count))
    var chosen: [AssessmentQuestion] = []
    var missing = 0
    // Scarce parts first, so that a case two parts share goes where it is needed.
    let scarceFirst = ProgrammePart.allCases.sorted { (pools[$0]?.count ?? 0, $0) < (pools[$1]?.count ?? 0, $1) }
    for part in scarceFirst {
      let quota = quotas[part] ?? 0
      let picked = pick(quota, from: pools[part] ?? [], excluding: used, load: &load, using: &generator)
      used.formUnion(picked.map(\.id))
      chosen += picked.map { AssessmentQuestion(caseID: $0.id, part: part) }
      missing += quota - picked.count
    }
    let heaviestFirst = ProgrammePart.allCases.sorted { ($0.courseWeight, $1) > ($1.courseWeight, $0) }
    for part in heaviestFirst where missing > 0 {
      let picked = pick(missing, from: pools[part] ?? [], excluding: used, load: &load, using: &generator)
      used.formUnion(picked.map(\.id))
      chosen += picked.map { AssessmentQuestion(caseID: $0.id, part: part) }
      missing -= picked.count
    }
    return seededShuffle(chosen, using: &generator)
  }

  /// The most of the ground points one ground may earn in a draw.
  public static let groundCap = 0.4

  /// Up to `count` cases of `pool` not in `used`, levels taking turns, within the ground cap
  /// while the pool allows it.
  static func pick(
    _ count: Int, from pool: [Case], excluding used: Set<String>, load: inout GroundLoad,
    using generator: inout SeededGenerator
  ) -> [Case] {
    guard count > 0 else { return [] }
    let free = seededShuffle(pool.filter { !used.contains($0.id) }, using: &generator)
    var byLevel = Dictionary(grouping: free, by: \.level)
    let levels = byLevel.keys.sorted()
    guard !levels.isEmpty else { return [] }
    var turn = Int(generator.next() % UInt64(levels.count))
    var picked: [Case] = []
    while picked.count < count, byLevel.values.contains(where: { !$0.isEmpty }) {
      let level = levels[turn % levels.count]
      turn += 1
      guard var cases = byLevel[level], !cases.isEmpty else { continue }
      let fitting = cases.firstIndex(where: load.fits)
      // Over the cap only when no level has a fitting case left.
      if fitting == nil, byLevel.values.contains(where: { $0.contains(where: load.fits) }) { continue }
      let taken = cases.remove(at: fitting ?? 0)
      byLevel[level] = cases
      load.add(taken)
      picked.append(taken)
    }
    return picked
  }
}

/// The ground points each ground would earn over the cases drawn so far (first steps).
struct GroundLoad {
  let cap: Double
  var points: [String: Double] = [:]

  /// Whether drawing `played` keeps every ground within the cap.
  func fits(_ played: Case) -> Bool {
    Self.earned(by: played).allSatisfy { points[$0.key, default: 0] + $0.value <= cap }
  }

  mutating func add(_ played: Case) {
    for (ground, earned) in Self.earned(by: played) { points[ground, default: 0] += earned }
  }

  /// What always answering each ground earns at the case's first step.
  static func earned(by played: Case) -> [String: Double] {
    guard let step = played.steps.first else { return [:] }
    var earned: [String: Double] = [:]
    for ground in step.ground.partial { earned[ground] = 0.5 }
    for ground in step.ground.accepted { earned[ground] = 1 }
    return earned
  }
}

/// Fisher–Yates written out, so that a seed gives the same order with any standard library.
func seededShuffle<Element>(_ items: [Element], using generator: inout SeededGenerator) -> [Element] {
  var items = items
  for position in stride(from: items.count - 1, to: 0, by: -1) {
    items.swapAt(position, Int(generator.next() % UInt64(position + 1)))
  }
  return items
}
