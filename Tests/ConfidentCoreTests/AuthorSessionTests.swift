import Testing

@testable import ConfidentCore

/// `recharger`, a bank replaced between lines, and `jouer --auteur`.
@Suite("Session for authors")
struct AuthorSessionTests {
  @Test func rechargerAtHomeAsksTheDriverAtOnce() {
    var session = Session(bank: SampleBank.bank, order: .fixed)
    _ = session.start()
    #expect(session.handle("recharger") == [])
    #expect(session.reloadRequested)
    #expect(session.canReplaceBank)
  }

  @Test func rechargerDuringACaseWaitsForItsEnd() {
    var session = Session(bank: SampleBank.bank, order: .fixed)
    _ = session.handle("jouer appel-police")
    #expect(session.handle("recharger") == [.paragraph("La banque sera rechargée à la fin du cas en cours.", .muted)])
    #expect(session.reloadRequested)
    #expect(!session.canReplaceBank)
  }

  @Test func aReplacedBankPlaysItsNewTextAndKeepsTheResults() {
    var session = Session(bank: SampleBank.bank, order: .fixed)
    _ = session.handle("jouer appel-police")
    _ = session.handle("b")
    _ = session.handle("1")
    _ = session.handle("suivant")
    #expect(session.canReplaceBank)
    var edited = SampleBank.bank
    let index = edited.cases.firstIndex { $0.id == "appel-police" }!
    edited.cases[index].steps[0].question = "Que dites-vous au policier ?"
    session.replaceBank(edited)
    #expect(!session.reloadRequested)
    #expect(session.results.count == 1)
    #expect(session.handle("jouer appel-police").contains(.paragraph("Que dites-vous au policier ?", .emphasis)))
  }

  @Test func authorModeShowsTheNotesHintsAndAnswerKeyBesideThePlay() {
    var session = Session(bank: SampleBank.bank, order: .fixed)
    session.showsAuthorNotes = true
    let output = session.handle("jouer appel-police")
    #expect(output.contains(.item(marker: "[auteur] Note du formateur :", text: "Pression du téléphone.", tone: .muted)))
    #expect(output.contains(.item(marker: "[auteur] Indice :", text: "Est-ce un juge ?", tone: .muted)))
    #expect(output.contains(.item(marker: "[auteur] Corrigé :", text: "a) incorrect → fin · b) correct → fin · c) acceptable → fin", tone: .muted)))
    #expect(output.contains(.item(marker: "[auteur] Fondements :", text: "acceptés : secret ; en partie : consentement", tone: .muted)))
  }

  @Test func withoutAuthorModeNoNoteIsShown() {
    var session = Session(bank: SampleBank.bank, order: .fixed)
    let output = session.handle("jouer appel-police")
    #expect(!output.mentions("[auteur]"))
  }
}
