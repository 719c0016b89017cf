// Benchmark of a practice session on a large history (figures, not pass/fail; targets in
// issue #9): the start of `pratique` to its first question with 10,000 cases and 100,000
// stored answers, the latency of one answer including its commit, and the database's size.
// Run by Benchmarks/practice.sh.
// Usage: practice-benchmark [FOLDER]   (default: a new temporary folder, removed after)
import ConfidentCore
import ConfidentScheduling
import ConfidentStorage
import Foundation

let caseCount = 10_000
let groundCount = 60
let answerCount = 100_000
let sessions = 30

let arguments = CommandLine.arguments.dropFirst()
let folder = arguments.first.map { URL(fileURLWithPath: $0) }
  ?? FileManager.default.temporaryDirectory.appendingPathComponent("confident-practice-bench-\(UUID().uuidString)")
defer { if arguments.isEmpty { try? FileManager.default.removeItem(at: folder) } }

func milliseconds<T>(_ body: () throws -> T) rethrows -> (Double, T) {
  let start = DispatchTime.now().uptimeNanoseconds
  let value = try body()
  return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6, value)
}

func summary(_ samples: [Double]) -> String {
  let sorted = samples.sorted()
  let at = { (q: Double) in sorted[min(sorted.count - 1, Int(Double(sorted.count) * q))] }
  return String(format: "median %.3f ms, p90 %.3f ms, max %.3f ms (n = %d)", at(0.5), at(0.9), sorted.last ?? 0, sorted.count)
}

// A bank of 10,000 one-step cases over 60 grounds and 20 programme points.
let grounds = (0..<groundCount).map { Ground(id: "motif-\($0)", label: "Motif \($0)", summary: "") }
let programme = (0..<20).map { ProgrammePoint(id: "P.\($0)", title: "Point \($0)") }
let cases = (0..<caseCount).map { index in
  Case(
    id: "cas-\(index)", title: "Cas \(index)", points: ["P.\(index % 20)"], level: 1 + index % 3,
    lawDate: "2026-11-27", situation: "Situation \(index).",
    steps: [
      Step(
        id: "e1", question: "Que faites-vous ?",
        options: [
          Option(text: "Je refuse.", verdict: .correct, feedback: "Bien."),
          Option(text: "Je réponds.", verdict: .incorrect, feedback: "Non."),
          Option(text: "Je demande un écrit.", verdict: .acceptable, feedback: "Bof."),
        ],
        ground: GroundQuestion(accepted: ["motif-\(index % groundCount)"], explanation: "Parce que."))
    ],
    trainerNote: "")
}
let bank = Bank(cases: cases, grounds: grounds, programme: programme)

// 100,000 answers over 300 days, and the cards they left.
let (store, _) = try SQLiteProgressStore.open(folder: folder)
let first = Date(timeIntervalSince1970: 1_764_842_400)
var cards: [CardKey: Card] = [:]
var batch: [(answer: AnswerRecord, cards: [CardRecord])] = []
var rng = SeededGenerator(seed: 9)
for index in 0..<answerCount {
  let date = first.addingTimeInterval(Double(index) * 260)
  let caseID = "cas-\(index % caseCount)"
  let ground = "motif-\(index % caseCount % groundCount)"
  let rating = Rating(rawValue: Int(rng.next() % 4) + 1)!
  let caseCard = Scheduler.standard.review(cards[.case(caseID)] ?? Card(due: date), rating: rating, at: date)
  let groundCard = Scheduler.standard.review(cards[.ground(ground)] ?? Card(due: date), rating: rating, at: date)
  cards[.case(caseID)] = caseCard
  cards[.ground(ground)] = groundCard
  let answer = AnswerRecord(
    caseID: caseID, stepID: "e1", authoredOption: rating == .again ? 1 : 0, shownOrder: [0, 1, 2], groundID: ground,
    certainty: Certainty(rawValue: Int(rng.next() % 3) + 1), decisionPoints: rating == .again ? 0 : 2, groundPoints: 1,
    cbmMark: 2, timeTakenMilliseconds: 8000, mode: .practice, sessionID: "hist-\(index / 10)", answeredAt: date,
    stepContentHash: "0")
  batch.append((answer, [CardRecord(key: .case(caseID), card: caseCard), CardRecord(key: .ground(ground), card: groundCard)]))
  if batch.count == 5_000 {
    try store.record(batch: batch)
    batch = []
  }
}
try store.record(batch: batch)
let now = first.addingTimeInterval(Double(answerCount) * 260 + 86_400)
print("history: \(answerCount) answers, \(cards.count) cards, \(caseCount) cases")

// The parts of the start, once each.
let (cardsTime, loaded) = try milliseconds { try store.allCards() }
let (catalogueTime, _) = milliseconds { CaseCatalogue(bank: bank) }
let (planTime, _) = milliseconds {
  PracticePlanner.plan(pool: cases, cards: loaded, dueBy: now.addingTimeInterval(86_400), newAllowed: 5, count: 10)
}
print(String(format: "parts: all cards %.1f ms, plan %.1f ms (a CaseCatalogue, not built at start: %.1f ms)", cardsTime, planTime, catalogueTime))

// The start of a session (plan, resume check) to its first question, and each answer + commit.
var starts: [Double] = []
var answers: [Double] = []
for run in 0..<sessions {
  let clock = PracticeClock.fixed(now.addingTimeInterval(Double(run) * 3600))
  let (startTime, opened): (Double, (PracticeSession, [Output])) = milliseconds {
    var session = PracticeSession(
      bank: bank, store: store, options: PracticeOptions(seed: UInt64(run)), clock: clock, sessionID: "bench-\(run)",
      resume: false)
    let output = session.start()
    return (session, output)
  }
  starts.append(startTime)
  var session = opened.0
  guard opened.1.contains(where: { if case .item(let marker, _, _) = $0 { return marker == "a)" } else { return false } }) else {
    fatalError("no first question: \(opened.1)")
  }
  while !session.isFinished {
    _ = session.handle("a")
    _ = session.handle("2")
    let (elapsed, _) = milliseconds { session.handle(session.bank.grounds[0].id) }  // the answer and its commit
    answers.append(elapsed)
    _ = session.handle("suivant")
  }
}
print("practice start to the first question: " + summary(starts))
print("one answer (scoring, two card reviews, commit, saved session): " + summary(answers))
try store.close()
let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
for name in files where name.hasPrefix(SQLiteProgressStore.fileName) {
  let size = (try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)[.size] as? Int) ?? 0
  print(String(format: "%@: %.1f MB", name, Double(size) / 1e6))
}
