import Testing

@testable import ConfidentCore

@Suite("Shuffled plays, the result screen and finding cases")
struct PlayTests {
  func orders(seed: UInt64, plays: Int = 12) -> [[Int]] {
    (0..<plays).map { index in
      CasePlay(SampleBank.phoneCall, order: OptionOrder.shuffled(seed: seed).forPlay(index)).shownOrder
    }
  }

  @Test func theSameSeedGivesTheSameOptionOrders() {
    #expect(orders(seed: 42) == orders(seed: 42))
  }

  @Test func twoSeedsGiveDifferentOrders() {
    #expect(orders(seed: 1) != orders(seed: 2))
  }

  @Test func aSeededOrderIsAPermutationAndVariesBetweenPlays() {
    let all = orders(seed: 7, plays: 60)
    #expect(all.allSatisfy { $0.sorted() == [0, 1, 2] })
    #expect(Set(all).count == 6, "every order of three options shows up over 60 plays")
  }

  @Test func fixedOrderKeepsTheFile() {
    #expect(CasePlay(SampleBank.phoneCall, order: .fixed).shownOrder == [0, 1, 2])
  }

  @Test func theResultKeepsTheAuthoredIndexAndTheShownOrder() {
    var session = Session(bank: SampleBank.bank, order: .shuffled(seed: 3))
    _ = session.handle("jouer appel-police")
    let shown = session.play!.shownOrder
    let position = shown.firstIndex(of: 1)!  // « Je refuse. », the correct option
    _ = session.handle(optionLetter(position))
    let output = session.handle("secret")
    #expect(output.mentions("✓ Bonne décision (2/2)"))
    #expect(session.results.last?.option == 1)
    #expect(session.results.last?.shownOrder == shown)
  }

  @Test func lettersStayTheSameWhenTheQuestionIsShownAgain() {
    var session = Session(bank: SampleBank.bank, order: .shuffled(seed: 11))
    let first = session.handle("jouer appel-police").filter { if case .item = $0 { true } else { false } }
    let again = session.handle("question").filter { if case .item = $0 { true } else { false } }
    #expect(first == again)
  }

  @Test func playingAnotherCaseDuringACaseAsksFirst() {
    var session = Session(bank: SampleBank.bank, order: .fixed)
    _ = session.handle("jouer appel-police")
    let asked = session.handle("jouer police-puis-juge")
    #expect(asked.mentions("L'abandonner"))
    #expect(session.prompt == "abandonner le cas en cours ? [o/n] › ")
    #expect(session.handle("n").mentions("Que répondez-vous ?"))
    #expect(session.state == .decision(caseID: "appel-police", stepID: "appel"))
    _ = session.handle("jouer police-puis-juge")
    #expect(session.handle("o").mentions("La police insiste."))
    #expect(session.state == .decision(caseID: "police-puis-juge", stepID: "police"))
  }

  @Test(arguments: ["-9223372036854775808", "9223372036854775807", "99999999999999999999", "0", "-1", "+2"])
  func anyNumberTypedAnswersWithoutTrapping(number: String) {
    var session = Session(bank: SampleBank.bank, order: .fixed)
    #expect(session.handle("jouer \(number)").mentions("Cas inconnu"))
    _ = session.handle("jouer appel-police")
    #expect(session.handle(number).mentions("Répondez par une lettre"))
    _ = session.handle("b")
    #expect(session.handle(number).mentions("Fondement inconnu"))
  }

  @Test func theEndOfCaseScoreCountsOnlyThisPlay() {
    var session = Session(bank: SampleBank.bank, order: .fixed)
    for _ in 0..<2 {
      _ = session.handle("jouer appel-police")
      _ = session.handle("a")
      _ = session.handle("secret")
      #expect(session.handle("suivant").mentions("Score : 1/3 — décision 0/2, fondement 1/1."))
    }
    #expect(session.results.count == 2)
  }

  @Test func aStepThatLeadsBackToItselfIsPlayedOnce() {
    let looping = Case(
      id: "boucle", title: "Boucle", points: ["II.3.police"], level: 1, lawDate: "2026-12-04",
      situation: "Une boucle.",
      steps: [
        Step(
          id: "un", question: "Encore ?",
          options: [
            Option(text: "Oui.", verdict: .correct, feedback: "Bien.", next: "un"),
            Option(text: "Non.", verdict: .incorrect, feedback: "Non."),
            Option(text: "Peut-être.", verdict: .incorrect, feedback: "Non."),
          ],
          ground: GroundQuestion(accepted: ["secret"], explanation: "."))
      ], trainerNote: ".")
    var play = CasePlay(looping, order: .fixed)
    _ = play.answer(option: 0, ground: "secret")
    #expect(play.advance() == nil)
    #expect(play.isOver)
    #expect(play.score.decisionMax == 2)
  }

  @Test func casAloneShowsTheProgrammeWithCounts() {
    var session = Session(bank: SampleBank.bank)
    let table = session.handle("cas")
    #expect(table.mentions("Programme — 2 cas"))
    #expect(table.contains(.item(marker: "II.3.police      1", text: "Police")))
  }

  @Test(arguments: [("police", 2), ("POLICE", 2), ("juge", 1), ("téléphone", 1), ("telephone", 1), ("niveau 1", 1), ("niveau 2 juge", 1), ("huissier", 0)])
  func casSearchesTitlesTagsIdsAndLevels(query: String, count: Int) {
    let catalogue = CaseCatalogue(bank: SampleBank.bank)
    #expect(catalogue.search(query).count == count, "\(query)")
  }

  @Test func numbersFollowTheProgrammeOrderAndNeverChange() {
    var session = Session(bank: SampleBank.bank, order: .fixed)
    _ = session.handle("cas police")
    #expect(session.handle("jouer 1").mentions("La police, puis le juge."))
    _ = session.handle("quitter")
    var other = Session(bank: SampleBank.bank, order: .fixed)
    #expect(other.handle("jouer 1").mentions("La police, puis le juge."))
  }

  @Test func theGroundListIsShownInFullOnceThenCompact() {
    var session = Session(bank: SampleBank.bank, order: .fixed)
    _ = session.handle("jouer police-puis-juge")
    #expect(session.handle("a").mentions("1. Le secret s'applique (secret)"))
    _ = session.handle("secret")
    _ = session.handle("suivant")
    let compact = session.handle("a")
    #expect(compact.mentions("Numéro de 1 à 3, Tab, ou « liste »"))
    #expect(!compact.mentions("1. Le secret s'applique"))
    #expect(session.handle("liste").mentions("1. Le secret s'applique (secret)"))
  }

  @Test func commandsTakeAnyUnicodeSpaceBeforeTheirArgument() {
    var session = Session(bank: SampleBank.bank, order: .fixed)
    #expect(session.handle("jouer\u{00A0}appel-police").mentions("Un inspecteur demande une adresse."))
    var other = Session(bank: SampleBank.bank, order: .fixed)
    #expect(other.handle("ref\tcp-458").mentions("Code pénal (1867), art. 458"))
  }

  @Test func randomTypedLinesNeverCrashTheEngine() {
    var generator = SeededGenerator(seed: 2026)
    let pieces = ["a", "b", "1", "13", "-1", "jouer", "cas", "ref", "suivant", "passer", "question", "o", "n", "", " ", "\u{00A0}", "é", "🙂", "\u{202E}", "\u{0}", "9223372036854775808", "aide", "liste", "secret", "«", ":"]
    for _ in 0..<300 {
      var session = Session(bank: SampleBank.bank, order: .shuffled(seed: generator.next()))
      _ = session.start()
      for _ in 0..<40 {
        let count = Int(generator.next() % 4)
        var line = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined(separator: " ")
        if generator.next() % 10 == 0 {
          line = String((0..<Int(generator.next() % 300)).compactMap { _ in Unicode.Scalar(UInt32(generator.next() % 0x2FFFF)) }.map(Character.init))
        }
        _ = session.handle(line)
        _ = session.prompt
        _ = session.completions(for: line)
      }
      _ = session.endOfInput()
      #expect(session.isFinished)
    }
  }
}
