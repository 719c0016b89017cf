import Testing

@testable import ConfidentCore

/// The optional pseudonym or team a phone sends with its vote: normalised, bounded, escaped,
/// and listed in the debrief only for the phones that gave one.
@Suite("Room pseudonyms")
struct RoomPseudonymTests {
  func room() -> RoomSession {
    var session = RoomSession(bank: RoomSessionTests.bank, plan: RoomSessionTests.plan, order: .fixed)
    _ = session.start()
    _ = session.handle("")
    return session
  }

  @Test func aPseudonymIsTrimmedAndItsWhitespaceCollapsed() {
    #expect(RoomPseudonym.normalized("  Équipe \t  des\n Lilas ") == .success("Équipe des Lilas"))
    #expect(RoomPseudonym.normalized("   ") == .success(nil))
    #expect(RoomPseudonym.normalized("") == .success(nil))
  }

  @Test func aPseudonymOfFortyCharactersIsKeptOneMoreIsRefusedInFrench() {
    let forty = String(repeating: "é", count: 40)
    #expect(RoomPseudonym.normalized(forty) == .success(forty))
    let refused = RoomPseudonym.normalized(forty + "e")
    #expect(refused == .failure(.tooLong(41)))
    #expect(RoomPseudonym.Refusal.tooLong(41).message == "Pseudonyme trop long : 41 caractères, 40 au plus.")
  }

  @Test func controlBidiAndInvisibleCharactersAreRefused() {
    for text in ["Al\u{07}ice", "\u{1B}[31mRouge", "\u{202E}ecila", "Bob\u{2066}", "Zé\u{200B}ro", "a\u{200F}b"] {
      #expect(RoomPseudonym.normalized(text) == .failure(.forbiddenCharacter), "\(text.unicodeScalars.map(\.value))")
    }
    #expect(RoomPseudonym.Refusal.forbiddenCharacter.message == "Pseudonyme refusé : il contient un caractère invisible ou de contrôle.")
  }

  @Test func markdownPunctuationInAPseudonymIsEscaped() {
    #expect(RoomPseudonym.markdownEscaped("*x*|y") == #"\*x\*\|y"#)
    #expect(RoomPseudonym.markdownEscaped("<b>[lien](x) _é_ #1") == ##"\<b\>\[lien\]\(x\) \_é\_ \#1"##)
  }

  @Test func theDebriefListsEachPseudonymWithItsLetterSortedByPseudonym() {
    var session = room()
    // Authored 1 is shown as « b », authored 0 as « a » (fixed order).
    _ = session.record(.devices([1: 3, 0: 1], pseudonyms: ["Zoé": [1], "*x*|y": [0], "Équipe A": [1, 1]]))
    _ = session.handle("fin")
    let markdown = session.debriefMarkdown(date: "2026-12-04")
    #expect(markdown.contains("Votes des téléphones : 1er vote 4.\n\nPseudonymes au 1er vote : \\*x\\*\\|y : a · Zoé : b · Équipe A : b, b.\n\n| Option |"))
    #expect(!markdown.contains("Pseudonymes au fondement"))
  }

  @Test func theGroundVoteListsPseudonymsWithTheGroundsNumber() {
    var session = room()
    _ = session.record(.devices([1: 1], pseudonyms: ["Alice": [1]]))
    _ = session.handle("reveler")
    _ = session.handle("")
    _ = session.handle("")
    _ = session.record(.devices([0: 1], pseudonyms: ["Alice": [0]]))
    _ = session.handle("fin")
    let markdown = session.debriefMarkdown(date: "2026-12-04")
    #expect(markdown.contains("Pseudonymes au 1er vote : Alice : b.\n\nPseudonymes au fondement : Alice : 1.\n\n"))
  }

  @Test func withoutAPseudonymTheDebriefIsTheSameAsBefore() {
    var before = room()
    _ = before.record(.devices([1: 2]))
    _ = before.handle("fin")
    var now = room()
    _ = now.record(.devices([1: 2], pseudonyms: [:]))
    _ = now.handle("fin")
    let markdown = now.debriefMarkdown(date: "2026-12-04")
    #expect(markdown == before.debriefMarkdown(date: "2026-12-04"))
    #expect(markdown.contains("Votes des téléphones : 1er vote 2.\n\n| Option | Verdict | 1er vote |\n"))
    #expect(!markdown.contains("Pseudonymes"))
  }
}
