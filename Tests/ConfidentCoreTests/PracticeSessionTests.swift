import ConfidentCore
import ConfidentScheduling
import Foundation
import Testing

/// A clock the test moves by hand.
final class TestClock: @unchecked Sendable {
  private var date: Date
  private let lock = NSLock()
  init(_ iso: String) { date = ISO8601DateFormatter().date(from: iso)! }
  var now: Date { lock.withLock { date } }
  func advance(_ seconds: TimeInterval) { lock.withLock { date = date.addingTimeInterval(seconds) } }
  var practiceClock: PracticeClock { PracticeClock(timeZone: TimeZone(identifier: "UTC")!) { self.now } }
}

@Suite("Practice sessions")
struct PracticeSessionTests {
  let utc = TimeZone(identifier: "UTC")!

  func session(
    _ store: InMemoryProgressStore, _ clock: TestClock, count: Int = 10, newPerDay: Int = 5,
    point: String? = nil, certainty: Bool = true, id: String = "s"
  ) -> PracticeSession {
    PracticeSession(
      bank: SampleBank.bank, store: store,
      options: PracticeOptions(count: count, newPerDay: newPerDay, point: point, asksCertainty: certainty, fixedOrder: true),
      clock: clock.practiceClock, sessionID: id)
  }

  /// Answers the current step: decision letter, certainty (if asked), ground number, then goes on.
  func answer(_ engine: inout PracticeSession, _ letter: String, certainty: String? = "2", ground: String) {
    _ = engine.handle(letter)
    if let certainty { _ = engine.handle(certainty) }
    _ = engine.handle(ground)
    _ = engine.handle("suivant")
  }

  @Test func aFailedCaseComesBackBeforeASucceededOne() {
    let store = InMemoryProgressStore()
    let clock = TestClock("2026-12-05T09:00:00Z")
    var day1 = session(store, clock, count: 2)
    _ = day1.start()
    // New cases come easiest first: the level-1 phone call, then the two-step case.
    #expect(day1.plan.map(\.caseID) == ["appel-police", "police-puis-juge"])
    answer(&day1, "a", ground: "2")  // wrong decision, wrong ground: failed
    answer(&day1, "a", ground: "1")  // police step: right
    answer(&day1, "a", ground: "2")  // judge step: right
    #expect(day1.isFinished)

    clock.advance(86_400)
    let day2 = session(store, clock, count: 2)
    // In programme order the two-step case (I.4) would come first: the failed one comes back first.
    #expect(day2.plan == [PlannedCase(caseID: "appel-police", reason: .dueCase), PlannedCase(caseID: "police-puis-juge", reason: .dueCase)])
    let cards = try! store.allCards()
    #expect(cards[.case("appel-police")]!.due < cards[.case("police-puis-juge")]!.due)
  }

  @Test func intervalsGrowWithSuccessesOverThirtySimulatedDays() {
    let store = InMemoryProgressStore()
    let clock = TestClock("2026-12-05T09:00:00Z")
    var intervals: [TimeInterval] = []
    for _ in 0..<30 {
      var engine = session(store, clock, point: "II.3.police")
      _ = engine.start()
      if engine.plan.first?.caseID == "appel-police" {
        answer(&engine, "b", ground: "1")
        let card = try! store.allCards()[.case("appel-police")]!
        intervals.append(card.due.timeIntervalSince(clock.now))
      }
      clock.advance(86_400)
    }
    #expect(intervals.count >= 3, "\(intervals)")
    #expect(zip(intervals, intervals.dropFirst()).allSatisfy { $0 < $1 }, "\(intervals)")
    #expect(intervals.last! > 7 * 86_400, "\(intervals)")
  }

  @Test func aGroundMissedInOneCaseIsScheduledThroughAnotherCaseThatAcceptsIt() {
    let store = InMemoryProgressStore()
    let clock = TestClock("2026-12-05T09:00:00Z")
    var day1 = session(store, clock, count: 1, newPerDay: 1)
    _ = day1.start()
    #expect(day1.plan.map(\.caseID) == ["appel-police"])
    answer(&day1, "b", certainty: "3", ground: "2")  // right decision, « secret » missed
    let secret = try! store.allCards()[.ground("secret")]!
    #expect(secret.due < clock.now.addingTimeInterval(3600), "a missed ground is rated Again")

    clock.advance(86_400)
    let day2 = session(store, clock, count: 5, newPerDay: 1)
    #expect(day2.plan.contains(PlannedCase(caseID: "police-puis-juge", reason: .dueGround("secret"))), "\(day2.plan)")
  }

  @Test func everyAnswerIsRecordedAtOnceWithItsCertaintyMarkAndCards() throws {
    let store = InMemoryProgressStore()
    let clock = TestClock("2026-12-05T09:00:00Z")
    var engine = session(store, clock, count: 1, id: "session-1")
    _ = engine.start()
    clock.advance(5)
    _ = engine.handle("c")  // acceptable, not the best
    let certaintyOutput = engine.handle("certain")
    #expect(certaintyOutput.mentions("Sur quelle base"))
    let result = engine.handle("1")
    #expect(result.mentions("~ Décision acceptable (1/2) · ✓ fondement juste (1/1) · certain −6"))
    let answers = try store.answers(.all)
    #expect(answers.count == 1)
    let stored = try #require(answers.first)
    #expect(stored.caseID == "appel-police" && stored.stepID == "appel" && stored.authoredOption == 2)
    #expect(stored.shownOrder == [0, 1, 2] && stored.groundID == "secret" && stored.certainty == .certain)
    #expect(stored.decisionPoints == 1 && stored.groundPoints == 1 && stored.cbmMark == -6)
    #expect(stored.timeTakenMilliseconds == 5000 && stored.mode == .practice && stored.sessionID == "session-1")
    #expect(stored.answeredAt == clock.now && stored.stepContentHash == SampleBank.phoneCall.steps[0].contentHash)
    let cards = try store.allCards()
    // Acceptable on a settled step rates the case Hard; the accepted ground at « certain » Easy.
    let expectedCase = Scheduler.standard.review(Card(due: clock.now), rating: .hard, at: clock.now)
    let expectedGround = Scheduler.standard.review(Card(due: clock.now), rating: .easy, at: clock.now)
    #expect(cards == [.case("appel-police"): expectedCase, .ground("secret"): expectedGround])
  }

  @Test func withoutTheCertaintyQuestionARightAnswerRatesGoodAndHasNoMark() throws {
    let store = InMemoryProgressStore()
    let clock = TestClock("2026-12-05T09:00:00Z")
    var engine = session(store, clock, count: 1, certainty: false)
    _ = engine.start()
    #expect(engine.handle("b").mentions("Sur quelle base"))
    _ = engine.handle("secret")
    let stored = try #require(try store.answers(.all).first)
    #expect(stored.certainty == nil && stored.cbmMark == nil)
    #expect(try store.allCards()[.case("appel-police")] == Scheduler.standard.review(Card(due: clock.now), rating: .good, at: clock.now))
  }

  @Test func anInterruptedSessionResumesAtTheStepItWasLeft() throws {
    let store = InMemoryProgressStore()
    let clock = TestClock("2026-12-05T09:00:00Z")
    var first = session(store, clock, count: 2, id: "first")
    _ = first.start()
    answer(&first, "b", ground: "1")  // the phone call, done
    _ = first.handle("a")
    _ = first.handle("2")
    _ = first.handle("1")  // the police step of the two-step case
    let bye = first.handle("quitter")
    #expect(bye.mentions("« pratique » reprend la session au cas 2 sur 2"))
    #expect(first.isFinished)

    var second = session(store, clock, count: 2, id: "second")
    #expect(second.isResumed && second.sessionID == "first")
    let opening = second.start()
    #expect(opening.mentions("Reprise de la session interrompue : cas 2 sur 2."))
    #expect(opening.mentions("Le juge vous entend."))
    #expect(second.prompt.hasPrefix("2/2 · 2/2 cas vus · "))
    answer(&second, "a", ground: "2")
    #expect(second.isFinished)
    #expect(try store.answers(.all).map(\.stepID) == ["appel", "police", "juge"])
    #expect(try store.savedSession() == nil)
  }

  @Test func aSessionInterruptedOnAnEarlierDayIsReplannedWithTodaysReviewsFirst() {
    let store = InMemoryProgressStore()
    let clock = TestClock("2026-12-05T09:00:00Z")
    var first = session(store, clock, count: 2)
    _ = first.start()
    answer(&first, "a", ground: "2")  // the phone call, failed
    _ = first.handle("quitter")
    clock.advance(86_400)
    let next = session(store, clock, count: 2, id: "next")
    #expect(!next.isResumed && next.sessionID == "next")
    #expect(next.plan.first == PlannedCase(caseID: "appel-police", reason: .dueCase))
  }

  @Test func thePromptSaysWhereTheParticipantIs() {
    let store = InMemoryProgressStore()
    let clock = TestClock("2026-12-05T09:00:00Z")
    var engine = session(store, clock, count: 2)
    _ = engine.start()
    #expect(engine.prompt == "1/2 · 0/2 cas vus · 0 à revoir aujourd'hui · réponse [a-c] › ")
    _ = engine.handle("b")
    #expect(engine.prompt == "1/2 · 0/2 cas vus · 0 à revoir aujourd'hui · certitude [1-3] › ")
    _ = engine.handle("2")
    _ = engine.handle("1")
    #expect(engine.prompt == "1/2 · 1/2 cas vus · 0 à revoir aujourd'hui · Entrée ou « suivant » › ")
  }

  @Test func newCasesAreCappedPerDayAcrossSessions() {
    let store = InMemoryProgressStore()
    let clock = TestClock("2026-12-05T09:00:00Z")
    var first = session(store, clock, count: 1, newPerDay: 1)
    _ = first.start()
    answer(&first, "b", certainty: "3", ground: "1")
    let again = session(store, clock, count: 5, newPerDay: 1)
    #expect(again.plan.isEmpty, "\(again.plan)")
    var sameDay = again
    #expect(sameDay.start().mentions("les nouveaux cas du jour sont faits"))
  }

  @Test func aPointOrAThemeNarrowsTheSession() {
    let store = InMemoryProgressStore()
    let clock = TestClock("2026-12-05T09:00:00Z")
    #expect(session(store, clock, point: "I.4.temoignage").plan.map(\.caseID) == ["police-puis-juge"])
    var nothing = PracticeSession(
      bank: SampleBank.bank, store: store, options: PracticeOptions(theme: "fiscalité"), clock: clock.practiceClock, sessionID: "x")
    #expect(nothing.start().mentions("Aucun cas pour le thème « fiscalité »."))
  }

  @Test func theProgressReportCountsMasteryDueAndCalibration() throws {
    let store = InMemoryProgressStore()
    let clock = TestClock("2026-12-05T09:00:00Z")
    var engine = session(store, clock, count: 1)
    _ = engine.start()
    answer(&engine, "b", certainty: "3", ground: "2")  // right decision, wrong ground
    let report = ProgressReport(
      bank: SampleBank.bank, answers: try store.answers(.all), cards: try store.allCards(),
      dueBy: clock.now.addingTimeInterval(86_400))
    let police = try #require(report.points.first { $0.id == "II.3.police" })
    #expect(police.seen == 1 && police.mastery == 0 && police.due == 1)
    let secret = try #require(report.grounds.first { $0.id == "secret" })
    #expect(secret.steps == 2 && secret.seen == 1 && secret.mastery == 0 && secret.due)
    #expect(report.calibration.map(\.answers) == [0, 0, 1] && report.calibration[2].rate == 1)
    let chart = ProgressChart(report: report, ascii: true, width: 80).outputs
    #expect(chart.mentions("secret     ................ \u{A0}\u{A0}0\u{A0}% · 1/2 étapes · à revoir"))
    #expect(ProgressChart(report: report, ascii: false, width: 80).bar(0.5) == "████████········")
  }
}
