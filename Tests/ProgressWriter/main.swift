// A second process for the store tests: records answers into progress.sqlite in FOLDER and
// prints the index of each one once record(_:cards:) has returned (i.e. committed).
// Usage: confident-progress-writer FOLDER SESSION COUNT   (COUNT 0: until killed)
import ConfidentCore
import ConfidentScheduling
import ConfidentStorage
import Foundation

let arguments = CommandLine.arguments
guard arguments.count == 4, let count = Int(arguments[3]) else {
  FileHandle.standardError.write(Data("usage: confident-progress-writer FOLDER SESSION COUNT\n".utf8))
  exit(2)
}
let session = arguments[2]
let opened = try SQLiteProgressStore.open(folder: URL(fileURLWithPath: arguments[1]))
if let aside = opened.movedAside {
  FileHandle.standardError.write(Data((aside.message + "\n").utf8))
  exit(1)
}
let start = Date(timeIntervalSince1970: 1_764_842_400)
var index = 0
while count == 0 || index < count {
  let date = start.addingTimeInterval(Double(index))
  let card = Scheduler.standard.review(Card(due: date), rating: .good, at: date)
  let answer = AnswerRecord(
    caseID: "cas-\(index % 50)", stepID: "e1", authoredOption: index % 3, shownOrder: [0, 1, 2],
    groundID: "secret", certainty: .probable, decisionPoints: 2, groundPoints: 1, cbmMark: 2,
    timeTakenMilliseconds: index, mode: .practice, sessionID: session, answeredAt: date,
    stepContentHash: "0")
  try opened.store.record(answer, cards: [CardRecord(key: .case("\(session)-\(index % 50)"), card: card)])
  FileHandle.standardOutput.write(Data("\(index)\n".utf8))  // unbuffered: one write(2)
  index += 1
}
