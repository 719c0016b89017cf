import ConfidentScheduling
import Foundation

/// A practice session (`pratique`): N cases chosen by FSRS — due reviews first, then new
/// cases — each answer marked with its certainty and committed to the ``ProgressStore`` at once.
///
/// A pure engine like ``Session``: a line in, `[Output]` out. It sees the store only through
/// ``ProgressStore`` and time only through its ``PracticeClock``. Cases are played through
/// ``CasePlay``, and results are shown on the learner's screen of ``Session`` (short block,
/// Entrée for the explanation, « suivant »). After every answer the session is saved in the
/// store's saved-session blob, so an interrupted session resumes with `pratique`.
public struct PracticeSession: ShellEngine {
  /// Where the session is.
  public enum State: Sendable, Hashable {
    /// Waiting for a decision (an option letter).
    case decision
    /// Waiting for the certainty of the decision `option` (authored index).
    case certainty(option: Int)
    /// Waiting for the ground of the decision `option`.
    case ground(option: Int, certainty: Certainty?)
    /// A step's result is shown.
    case result
    /// Nothing more to ask.
    case over
  }

  public let bank: Bank
  public let options: PracticeOptions
  /// The id written in every answer of this session.
  public let sessionID: String
  /// The cases of the session, in the order they are played.
  public internal(set) var plan: [PlannedCase]
  /// The position in ``plan`` of the case being played.
  public internal(set) var index = 0
  public internal(set) var state: State = .over
  public internal(set) var isFinished = false
  /// The session was resumed from a saved one.
  public let isResumed: Bool
  /// Totals for the closing summary.
  public internal(set) var tally = PracticeTally()
  /// The screen the output is meant for.
  public var screen = Screen() {
    didSet { learnerScreen.screen = screen }
  }
  /// The case being played.
  public internal(set) var play: CasePlay?

  let store: any ProgressStore
  let clock: PracticeClock
  let scheduler = Scheduler.standard
  /// The cases the options allow, in programme order.
  let pool: [Case]
  /// The stored cards, kept up to date with every review of this session.
  var cards: [CardKey: Card]
  var caseCardAtStart: Card?
  var worstRating: Rating?
  var answersThisCase: [PracticeSnapshot.Answer] = []
  var questionShownAt = Date()
  var explained = false
  /// Renders results and explanations exactly as the learner's shell does.
  var learnerScreen: Session
  /// Why the session could not start, if it could not.
  var startProblem: [Output] = []

  /// Resumes the interrupted practice session saved in `store`, or plans a new one.
  ///
  /// - Parameters:
  ///   - resume: `false` drops any saved session and plans afresh.
  ///   - sessionID: the id of a new session (a resumed one keeps its own).
  public init(
    bank: Bank, store: any ProgressStore, options: PracticeOptions = PracticeOptions(),
    clock: PracticeClock = PracticeClock(), sessionID: String, resume: Bool = true
  ) {
    self.bank = bank
    self.store = store
    self.clock = clock
    // The learner's screen needs the catalogues, not the cases (no second catalogue to sort).
    learnerScreen = Session(
      bank: Bank(grounds: bank.grounds, references: bank.references, programme: bank.programme, themes: bank.themes),
      order: options.order)
    var loaded: [CardKey: Card] = [:]
    var problem: [Output] = []
    do { loaded = try store.allCards() } catch {
      problem.append(.paragraph("La progression n'a pas pu être lue (\(error)).", .bad))
    }
    cards = loaded
    // A session interrupted on an earlier day is not resumed: today's reviews come first.
    let today = clock.day(of: clock.now()).start
    let saved = resume
      ? (try? store.savedSession()).flatMap { $0?.mode == .practice && $0!.savedAt >= today ? $0 : nil } : nil
    if let saved, let snapshot = PracticeSnapshot.decode(saved.payload) {
      self.options = snapshot.options
      self.sessionID = snapshot.sessionID
      pool = Self.pool(bank: bank, options: snapshot.options)
      plan = snapshot.plan.filter { bank.case($0.caseID) != nil }
      index = min(snapshot.index, plan.count)
      caseCardAtStart = snapshot.caseCardAtStart
      worstRating = snapshot.worstRating
      answersThisCase = snapshot.answers
      tally = snapshot.tally
      isResumed = true
      // A case the bank lost: its place is dropped, the index follows.
      if let current = snapshot.plan[safe: snapshot.index], bank.case(current.caseID) == nil {
        answersThisCase = []
        caseCardAtStart = nil
        worstRating = nil
      }
    } else {
      self.options = options
      self.sessionID = sessionID
      pool = Self.pool(bank: bank, options: options)
      isResumed = false
      let now = clock.now()
      let day = clock.day(of: now)
      let introduced = Self.introducedToday(store: store, cards: loaded, day: day)
      plan = PracticePlanner.plan(
        pool: pool, cards: loaded, dueBy: day.end, newAllowed: options.newPerDay - introduced,
        count: options.count)
    }
    startProblem = problem
  }

  /// The cases `options` narrow the bank to (`--point`, `--theme`), in programme order.
  static func pool(bank: Bank, options: PracticeOptions) -> [Case] {
    var cases = programmeOrder(bank)
    if let point = options.point, !point.isEmpty {
      let id = bank.programme.first { $0.id.searchFolded == point.searchFolded }?.id ?? point
      cases = cases.filter { $0.points.contains { CaseCatalogue.point($0, isUnder: id) } }
    }
    if let theme = options.theme, !theme.isEmpty {
      if let declared = bank.themes.first(where: { $0.id.searchFolded == theme.searchFolded }) {
        let tags = Set(declared.tags.map(\.searchFolded))
        cases = cases.filter { $0.tags.contains { tags.contains($0.searchFolded) } }
      } else {
        let found = Set(CaseCatalogue(bank: bank).search(theme).map(\.id))
        cases = cases.filter { found.contains($0.id) }
      }
    }
    return cases
  }

  /// The cases in programme order: programme point, level, then the bank's own order (the
  /// files' order), sorted on integer keys computed once, so 10,000 cases take milliseconds.
  static func programmeOrder(_ bank: Bank) -> [Case] {
    let order = Dictionary(bank.programme.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    let keys = bank.cases.enumerated().map { (order[$1.points.first ?? ""] ?? .max, $1.level, $0) }
    return keys.indices.sorted { keys[$0] < keys[$1] }.map { bank.cases[$0] }
  }

  /// The number of cases first answered today: among the case cards reviewed today (only
  /// practice reviews them), those whose first answer is today. No scan of the answers.
  static func introducedToday(store: any ProgressStore, cards: [CardKey: Card], day: (start: Date, end: Date)) -> Int {
    let ids = Set(cards.compactMap { key, card in
      key.kind == .case && (card.lastReview ?? .distantPast) >= day.start ? key.id : nil
    })
    guard !ids.isEmpty, let first = try? store.firstAnswerDates(forCases: ids) else { return 0 }
    return first.values.filter { $0 >= day.start }.count
  }

  /// Cases of the pool seen at least once.
  public var seenCount: Int { pool.filter { cards[.case($0.id)] != nil }.count }

  /// Cases of the pool due before the end of today, not counting those already played in this
  /// session.
  public var dueTodayCount: Int {
    let end = clock.day(of: clock.now()).end
    let played = Set(plan.prefix(index + (play == nil ? 0 : 1)).map(\.caseID))
    return pool.filter { item in
      guard !played.contains(item.id), let card = cards[.case(item.id)] else { return false }
      return card.due < end
    }.count
  }

  /// « 3/10 · 7/120 cas vus · 4 à revoir aujourd'hui ».
  public var whereYouAre: String {
    "\(min(index + 1, plan.count))/\(plan.count) · \(seenCount)/\(pool.count) cas vus · \(dueTodayCount) à revoir aujourd'hui"
  }

  public var prompt: String {
    let what: String
    switch state {
    case .decision: what = "réponse [a-\(optionLetter((play?.step.options.count ?? 1) - 1))]"
    case .certainty: what = "certitude [1-3]"
    case .ground: what = "fondement [1-\(bank.grounds.count)]"
    case .result: what = "Entrée ou « suivant »"
    case .over: return "pratique › "
    }
    return "\(whereYouAre) · \(what) › "
  }
}

extension Array {
  subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
