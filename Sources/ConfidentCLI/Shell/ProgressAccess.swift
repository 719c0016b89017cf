import ConfidentCore
import ConfidentStorage
import Foundation

/// The participant's progress store in the data folder, opened once on first use, and the
/// clock practice sees (`CONFIDENT_NOW` sets it for tests).
final class ProgressAccess {
  let folder: String
  let clock: PracticeClock
  private var opened: Result<SQLiteProgressStore, PracticeUnavailable>?
  /// The French message of a file moved aside when the store was opened, shown once.
  private(set) var notices: [Output] = []

  init(folder: String, clock: PracticeClock) {
    self.folder = folder
    self.clock = clock
  }

  /// The store, opened (and a damaged file moved aside) the first time.
  func store() -> Result<SQLiteProgressStore, PracticeUnavailable> {
    if let opened { return opened }
    let result: Result<SQLiteProgressStore, PracticeUnavailable>
    // A data folder others can write to (or that cannot be made private) holds no progress.
    if let problem = DataDirectory.prepare(folder) {
      result = .failure(PracticeUnavailable("\(problem) La pratique et la progression sont indisponibles."))
      opened = result
      return result
    }
    do {
      let (store, aside) = try SQLiteProgressStore.open(folder: URL(fileURLWithPath: folder), now: clock.now())
      if let aside { notices.append(.paragraph(aside.message, .warning)) }
      result = .success(store)
    } catch {
      result = .failure(PracticeUnavailable("La progression ne peut pas être ouverte dans \(folder) (\(error)) : la pratique et la progression sont indisponibles."))
    }
    opened = result
    return result
  }

  /// The notices not shown yet (a file moved aside), then forgotten.
  func takeNotices() -> [Output] {
    defer { notices = [] }
    return notices
  }

  /// « 4 cas à revoir aujourd'hui · 12 nouveaux — tapez « pratique » ».
  func homeSummary(bank: Bank) -> String? {
    guard case .success(let store) = store(), let cards = try? store.allCards() else { return nil }
    let end = clock.day(of: clock.now()).end
    let due = bank.cases.filter { cards[.case($0.id)].map { $0.due < end } ?? false }.count
    let unseen = bank.cases.filter { cards[.case($0.id)] == nil }.count
    return "\(due) cas à revoir aujourd'hui · \(unseen) nouveau\(unseen > 1 ? "x" : "") — tapez « pratique »"
  }

  /// The progress report's figures.
  func report(bank: Bank) -> Result<ProgressReport, PracticeUnavailable> {
    store().flatMap { store in
      do {
        return .success(ProgressReport(
          bank: bank, answers: try store.answers(.all), cards: try store.allCards(),
          dueBy: clock.day(of: clock.now()).end))
      } catch {
        return .failure(PracticeUnavailable("La progression n'a pas pu être lue (\(error))."))
      }
    }
  }

  /// The clock of `CONFIDENT_NOW` (ISO 8601, e.g. 2026-12-05T09:00:00Z), else the system's.
  static func clock(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> PracticeClock {
    guard let text = environment["CONFIDENT_NOW"], !text.isEmpty else { return PracticeClock() }
    guard text.utf8.count <= 40, let date = ISO8601DateFormatter().date(from: text) else {
      throw PracticeUnavailable("CONFIDENT_NOW invalide : « \(String(text.prefix(40))) » (attendu : une date ISO 8601 comme 2026-12-05T09:00:00Z).")
    }
    return PracticeClock.fixed(date, timeZone: TimeZone(identifier: "UTC")!)
  }
}

/// The options of `pratique` typed in the shell (`pratique --nombre 3 --point I.4`).
enum PracticeArguments {
  static func parse(_ text: String?, into options: PracticeOptions) -> Result<PracticeOptions, PracticeUnavailable> {
    var options = options
    var words = (text ?? "").split(whereSeparator: \.isWhitespace).map(String.init)[...]
    func number(_ flag: String) -> Result<Int, PracticeUnavailable> {
      guard let word = words.popFirst(), let value = smallNumber(word) else {
        return .failure(PracticeUnavailable("\(flag) attend un nombre (par exemple « pratique \(flag) 5 »)."))
      }
      return .success(value)
    }
    while let word = words.popFirst() {
      switch word {
      case "--nombre", "--count":
        switch number(word) { case .success(let n): options.count = min(max(n, 1), 500); case .failure(let e): return .failure(e) }
      case "--nouveaux", "--new":
        switch number(word) { case .success(let n): options.newPerDay = min(n, 500); case .failure(let e): return .failure(e) }
      case "--seed":
        switch number(word) { case .success(let n): options.seed = UInt64(n); case .failure(let e): return .failure(e) }
      case "--point":
        guard let value = words.popFirst() else { return .failure(PracticeUnavailable("--point attend un point du programme (« pratique --point I.4 »).")) }
        options.point = value
      case "--theme":
        guard let value = words.popFirst() else { return .failure(PracticeUnavailable("--theme attend un thème (« pratique --theme police »).")) }
        options.theme = value
      case "--sans-certitude", "--no-certainty":
        options.asksCertainty = false
      default:
        return .failure(PracticeUnavailable("Option inconnue pour « pratique » : « \(String(word.prefix(40))) ». Options : --nombre N, --nouveaux N, --point I.4, --theme police, --sans-certitude, --seed N."))
      }
    }
    return .success(options)
  }
}

extension ProgressAccess {
  /// A practice session on the store (resuming an interrupted one), with the notices of
  /// opening it; no session when the store is unavailable.
  func practice(bank: Bank, options: PracticeOptions) -> (engine: PracticeSession?, notices: [Output]) {
    switch store() {
    case .failure(let problem):
      return (nil, takeNotices() + [.paragraph(problem.message, .bad)])
    case .success(let store):
      let id = "pratique-\(Int(clock.now().timeIntervalSince1970))-\(String(options.seed, radix: 16))"
      return (PracticeSession(bank: bank, store: store, options: options, clock: clock, sessionID: id), takeNotices())
    }
  }
}

extension OptionOrder {
  /// The seed of a shuffled order.
  var seed: UInt64? {
    if case .shuffled(let seed) = self { return seed }
    return nil
  }
}
