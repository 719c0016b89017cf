// Benchmark of the progress store (figures, not pass/fail; targets in issue #9):
// per-answer record + commit, loading the cards of 10,000 cases with 100,000 stored answers,
// and the database's size. Run by Benchmarks/progress-store.sh.
// Usage: progress-store-benchmark [FOLDER]   (default: a new temporary folder, removed after)
import ConfidentCore
import ConfidentScheduling
import ConfidentStorage
import Foundation

let caseCount = 10_000
let groundCount = 60
let answerCount = 100_000
let timedAnswers = 1_000

let arguments = CommandLine.arguments.dropFirst()
let folder = arguments.first.map { URL(fileURLWithPath: $0) }
  ?? FileManager.default.temporaryDirectory.appendingPathComponent("confident-bench-\(UUID().uuidString)")
defer { if arguments.isEmpty { try? FileManager.default.removeItem(at: folder) } }

func milliseconds(_ body: () throws -> Void) rethrows -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

func summary(_ samples: [Double]) -> String {
  let sorted = samples.sorted()
  let at = { (q: Double) in sorted[min(sorted.count - 1, Int(Double(sorted.count) * q))] }
  return String(format: "median %.3f ms, p90 %.3f ms, max %.3f ms (n = %d)", at(0.5), at(0.9), sorted.last ?? 0, sorted.count)
}

let start = Date(timeIntervalSince1970: 1_764_842_400)

/// The `index`th answer of a participant working through the bank, and the cards it reviews.
func answer(_ index: Int, session: String) -> (answer: AnswerRecord, cards: [CardRecord]) {
  var rng = SystemRandomNumberGenerator()
  let caseID = "cas-\(index % caseCount)"
  let groundID = "motif-\(index % groundCount)"
  let right = Int.random(in: 0..<4, using: &rng) > 0
  let certainty = Certainty(rawValue: Int.random(in: 1...3, using: &rng))
  let date = start.addingTimeInterval(Double(index) * 30)
  let rating = Rating(AnsweredStep(decisionIsRight: right, groundIsAccepted: right, certainty: certainty))
  let card = Scheduler.standard.review(Card(due: date), rating: rating, at: date)
  let record = AnswerRecord(
    caseID: caseID, stepID: "etape-\(index % 3)", authoredOption: Int.random(in: 0..<3, using: &rng),
    shownOrder: [2, 0, 1], groundID: groundID, certainty: certainty, decisionPoints: right ? 2 : 0,
    groundPoints: right ? 1 : 0, cbmMark: certainty?.mark(isRight: right),
    timeTakenMilliseconds: Int.random(in: 2_000...60_000, using: &rng), mode: .practice,
    sessionID: session, answeredAt: date, stepContentHash: String(format: "%016x", index % caseCount))
  return (record, [CardRecord(key: .case(caseID), card: card), CardRecord(key: .ground(groundID), card: card)])
}

print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores; folder \(folder.path)")
let store = try SQLiteProgressStore.open(folder: folder).store

// 1. Per answer: one record(_:cards:) call = one committed transaction (synchronous = FULL).
var perAnswer: [Double] = []
for index in 0..<timedAnswers {
  let (record, cards) = answer(index, session: "chrono")
  perAnswer.append(try milliseconds { try store.record(record, cards: cards) })
}
print("record + commit of one answer and its 2 cards, on an empty database: \(summary(perAnswer))")

// 2. Fill to 100,000 answers over 10,000 cases (in batches: this is set-up, not timed).
var filled = timedAnswers
while filled < answerCount {
  let batch = (filled..<min(filled + 5_000, answerCount)).map { answer($0, session: "remplissage-\($0 / 500)") }
  try store.record(batch: batch)
  filled += batch.count
}
perAnswer = []
for index in 0..<200 {
  let (record, cards) = answer(answerCount + index, session: "chrono-2")
  perAnswer.append(try milliseconds { try store.record(record, cards: cards) })
}
print("record + commit with \(answerCount) answers stored: \(summary(perAnswer))")

// 3. Practice start: open the file, load the cards of the 10,000 cases (and all cards).
let caseKeys = (0..<caseCount).map { CardKey.case("cas-\($0)") }
var opening: [Double] = []
var loadingCases: [Double] = []
var loadingAll: [Double] = []
var loadingAnswers: [Double] = []
for _ in 0..<7 {
  var reopened: SQLiteProgressStore?
  opening.append(try milliseconds { reopened = try SQLiteProgressStore.open(folder: folder).store })
  guard let reopened else { fatalError("the store did not open") }
  var count = 0
  loadingCases.append(try milliseconds { count = try reopened.cards(for: caseKeys).count })
  precondition(count == caseCount, "expected \(caseCount) case cards, got \(count)")
  loadingAll.append(try milliseconds { count = try reopened.allCards().count })
  precondition(count == caseCount + groundCount)
  loadingAnswers.append(try milliseconds { count = try reopened.answers(.all).count })
  precondition(count == answerCount + 200)
}
print("open progress.sqlite (inspection + migrations): \(summary(opening))")
print("load the cards of \(caseCount) cases by key: \(summary(loadingCases))")
print("load every card (\(caseCount + groundCount)): \(summary(loadingAll))")
print("load every answer (\(answerCount + 200)), for statistics: \(summary(loadingAnswers))")

// 4. Size on disk.
func size(_ suffix: String) -> Int {
  let path = folder.appendingPathComponent(SQLiteProgressStore.fileName).path + suffix
  return ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? NSNumber)?.intValue ?? 0
}
let megabytes = { (bytes: Int) in String(format: "%.1f MB", Double(bytes) / 1e6) }
print("size with \(answerCount + 200) answers: progress.sqlite \(megabytes(size(""))), -wal \(megabytes(size("-wal"))), -shm \(megabytes(size("-shm")))")
