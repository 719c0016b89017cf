import Testing

@testable import ConfidentCore

@Suite("Session engine")
struct SessionTests {
  func playing(_ id: String) -> Session {
    var session = Session(bank: SampleBank.bank, order: .fixed)
    _ = session.start()
    _ = session.handle("jouer \(id)")
    return session
  }

  @Test func homeScreenCountsCasesAndPointsToHelp() {
    var session = Session(bank: SampleBank.bank)
    let output = session.start()
    #expect(output.mentions("2 cas pratiques."))
    #expect(output.mentions("aide"))
    #expect(session.prompt == "confident › ")
  }

  @Test func playingACaseShowsSituationQuestionAndLetteredOptions() {
    var session = Session(bank: SampleBank.bank, order: .fixed)
    let output = session.handle("jouer appel-police")
    #expect(output.mentions("Un inspecteur demande une adresse."))
    #expect(output.mentions("a) Je donne l'adresse."))
    #expect(output.mentions("c) Je demande un écrit."))
    #expect(session.state == .decision(caseID: "appel-police", stepID: "appel"))
    #expect(session.prompt == "réponse [a-c] › ")
  }

  @Test(arguments: ["b", "B", "b)", " b ", "2"])
  func aDecisionIsAcceptedAsLetterOrNumber(answer: String) {
    var session = playing("appel-police")
    let output = session.handle(answer)
    #expect(output.mentions("Sur quelle base ?"))
    #expect(session.state == .ground(caseID: "appel-police", stepID: "appel", option: 1))
  }

  @Test(arguments: ["z", "4", "peut-être"])
  func anInvalidDecisionIsRefusedWithoutChangingState(answer: String) {
    var session = playing("appel-police")
    let output = session.handle(answer)
    #expect(output.mentions("Répondez par une lettre de a à c"))
    #expect(session.state == .decision(caseID: "appel-police", stepID: "appel"))
  }

  @Test func rightDecisionWithWrongGroundIsShownApart() {
    var session = playing("appel-police")
    _ = session.handle("b")
    let output = session.handle("temoignage")
    #expect(output.mentions("✓ Bonne décision (2/2) · ✗ fondement à revoir (0/1)"))
    #expect(session.results.last?.decisionPoints == 2)
    #expect(session.results.last?.groundPoints == 0)
  }

  @Test func wrongDecisionWithRightGroundShowsTheExpectedAnswerAndReferences() {
    var session = playing("appel-police")
    _ = session.handle("a")
    let output = session.handle("1")
    #expect(output.mentions("✗ Décision à revoir (0/2) · ✓ fondement juste (1/1)"))
    #expect(output.contains(.item(marker: "Votre réponse (a) :", text: "Couverte par le secret.")))
    #expect(output.contains(.item(marker: "Réponse attendue (b) :", text: "Je refuse.", tone: .good)))
    #expect(output.mentions("Entrée : l'explication et les références · « suivant » : la suite"))
    #expect(!output.mentions("La police n'est pas un juge."))
    let explained = session.handle("")
    #expect(explained.mentions("Réponse attendue (b) : Je refuse. — Aucune exception."))
    #expect(explained.mentions("La police n'est pas un juge."))
    #expect(explained.mentions("Code pénal (1867), art. 458, al. 1 [source probable]"))
  }

  @Test func aPartialGroundScoresHalf() {
    var session = playing("appel-police")
    _ = session.handle("c")
    let output = session.handle("consentement")
    #expect(output.mentions("~ Décision acceptable (1/2) · ~ fondement en partie juste (0,5/1)"))
    #expect(session.handle("suivant").mentions("Score : 1,5/3"))
  }

  @Test func anUnknownGroundIsRefused() {
    var session = playing("appel-police")
    _ = session.handle("b")
    let output = session.handle("9")
    #expect(output.mentions("Fondement inconnu"))
    #expect(session.results.isEmpty)
  }

  @Test func aBranchLeadsToTheNextStepAndADebatedStepShowsEveryPosition() {
    var session = playing("police-puis-juge")
    _ = session.handle("a")
    let first = session.handle("secret")
    #expect(!first.mentions("Le juge vous entend."), "the next step never comes in the result block")
    #expect(session.state == .result(caseID: "police-puis-juge", stepID: "police"))
    #expect(session.handle("suivant").mentions("Le juge vous entend."))
    #expect(session.state == .decision(caseID: "police-puis-juge", stepID: "juge"))
    _ = session.handle("b")
    let second = session.handle("temoignage")
    #expect(second.mentions("Question débattue"))
    #expect(!second.mentions("Réponse attendue"), "a defensible answer on a debated step needs no correction")
    let explained = session.handle("")
    #expect(explained.mentions("Position défendable (a) : Je parle."))
    #expect(!explained.mentions("Position défendable (c)"))
    #expect(session.handle("").mentions("Score : 5/6 — décision 3/4, fondement 2/2."))
    #expect(session.state == .home)
  }

  @Test func anOptionWithoutNextEndsTheCase() {
    var session = playing("police-puis-juge")
    _ = session.handle("c")
    _ = session.handle("secret")
    #expect(session.handle("suivant").mentions("Fin du cas"))
    #expect(session.state == .home)
  }

  @Test func skippingRevealsTheAnswerScoresZeroAndFollowsTheBestBranch() {
    var session = playing("police-puis-juge")
    let output = session.handle("passer")
    #expect(output.mentions("Étape passée (0 point)"))
    #expect(output.mentions("Réponse attendue (a) : Je refuse."))
    _ = session.handle("suivant")
    #expect(session.state == .decision(caseID: "police-puis-juge", stepID: "juge"))
    #expect(session.results.last?.option == nil)
    #expect(session.results.last?.decisionMax == 2)
  }

  @Test func whyRepeatsTheLastExplanation() {
    var session = playing("appel-police")
    #expect(session.handle("pourquoi").mentions("Rien à expliquer"))
    _ = session.handle("b")
    _ = session.handle("secret")
    #expect(session.handle("why").mentions("La police n'est pas un juge."))
  }

  @Test func hintShowsTheStepHint() {
    var session = playing("appel-police")
    #expect(session.handle("indice").mentions("Indice : Est-ce un juge ?"))
  }

  @Test func casListsCasesByProgrammePointAndPlayAcceptsTheirNumber() {
    var session = Session(bank: SampleBank.bank)
    let table = session.handle("cas")
    #expect(table.contains(.item(marker: "I.4.temoignage   1", text: "Témoignage en justice")))
    let list = session.handle("cas I.4.temoignage")
    #expect(list.mentions("I.4.temoignage Témoignage en justice"))
    #expect(list.contains(.item(marker: "1.  ", text: "De la police au juge · niveau 2")))
    #expect(session.handle("jouer 2").mentions("Un policier téléphone"))
  }

  @Test func casFiltersByProgrammePrefix() {
    var session = Session(bank: SampleBank.bank)
    let list = session.handle("cas ii.3")
    #expect(list.mentions("Un policier téléphone"))
    #expect(!list.mentions("De la police au juge"))
  }

  @Test func refShowsACatalogueEntryWithItsVerification() {
    var session = Session(bank: SampleBank.bank)
    let output = session.handle("ref cp-458")
    #expect(output.mentions("Code pénal (1867), art. 458"))
    #expect(output.mentions("Loi · vérification : probable"))
    #expect(output.mentions("Source : https://example.org"))
    #expect(session.handle("ref inconnu").mentions("Référence inconnue"))
  }

  @Test func commandsIgnoreCaseAndAccents() {
    var session = Session(bank: SampleBank.bank)
    #expect(session.handle("AIDE").mentions("Commandes"))
    #expect(session.handle("Quitter").mentions("Au revoir."))
    #expect(session.isFinished)
  }

  @Test func endOfInputInTheMiddleOfACaseSaysSoAndFinishes() {
    var session = playing("police-puis-juge")
    _ = session.handle("a")
    _ = session.handle("secret")
    let output = session.endOfInput()
    #expect(output.mentions("Cas interrompu"))
    #expect(output.mentions("Total : 3/3"))
    #expect(session.isFinished)
  }

  @Test func singleCaseModeStartsInTheCaseAndFinishesAfterIt() {
    var session = Session(bank: SampleBank.bank, mode: .single(caseID: "appel-police"))
    #expect(session.start().mentions("Que répondez-vous ?"))
    _ = session.handle("b")
    _ = session.handle("secret")
    #expect(!session.isFinished)
    let output = session.handle("suivant")
    #expect(output.mentions("Au revoir."))
    #expect(session.isFinished)
  }

  @Test func singleCaseModeWithAnUnknownCaseFinishesAtOnce() {
    var session = Session(bank: SampleBank.bank, mode: .single(caseID: "nope"))
    #expect(session.start().mentions("Cas inconnu : « nope »"))
    #expect(session.isFinished)
  }

  @Test func completionOffersCommandsThenCaseIdsThenGroundIds() {
    var session = Session(bank: SampleBank.bank)
    #expect(session.completions(for: "jo") == ["jouer"])
    #expect(session.completions(for: "jouer app") == ["appel-police"])
    _ = session.handle("jouer appel-police")
    _ = session.handle("b")
    #expect(session.completions(for: "tem") == ["temoignage"])
  }
}
