import Testing

@testable import ConfidentCore

/// The trainer's room: hidden votes, reveal, re-vote, every option's why, teams, debrief.
@Suite("Room session engine")
struct RoomSessionTests {
  static let third = Case(
    id: "huissier-appelle", title: "Un huissier appelle", points: ["II.3.police"], level: 1,
    lawDate: "2026-11-27", situation: "Un huissier veut savoir si M. Durant perçoit une aide.",
    steps: [
      Step(
        id: "appel", question: "Que dites-vous ?",
        options: [
          Option(text: "Je confirme.", verdict: .incorrect, feedback: "L'huissier est un tiers."),
          Option(text: "Je ne confirme rien.", verdict: .correct, feedback: "Le secret s'applique."),
          Option(text: "Je rappelle plus tard.", verdict: .acceptable, feedback: "Gagner du temps ne répond pas."),
        ],
        ground: GroundQuestion(accepted: ["secret"], explanation: "Aucune loi n'oblige à répondre à un huissier."))
    ],
    trainerNote: "Les huissiers insistent souvent.")

  static var bank: Bank {
    var bank = SampleBank.bank
    bank.cases.append(third)
    return bank
  }

  static let plan = RoomPlan(
    title: "Demandes de tiers",
    entries: [
      .init(caseID: "appel-police"), .init(caseID: "police-puis-juge", note: "Insister sur le silence."),
      .init(caseID: "huissier-appelle"),
    ])

  func room(teams: String = "", timer: Int? = nil, order: OptionOrder = .fixed) -> RoomSession {
    var session = RoomSession(bank: Self.bank, plan: Self.plan, teams: RoomTeam.list(teams), order: order, timer: timer)
    _ = session.start()
    _ = session.handle("")
    return session
  }

  /// Every screen and message of a run of `lines`, in order.
  func transcript(_ session: inout RoomSession, _ lines: [String]) -> [Output] {
    lines.flatMap { session.handle($0) }
  }

  @Test func theQuestionScreenShowsSituationQuestionAndLettersWithoutIdsCodesOrDates() {
    var session = RoomSession(bank: Self.bank, plan: Self.plan, order: .fixed)
    _ = session.start()
    let output = session.handle("")
    #expect(output.first == .heading("Cas 1/3 · Un policier téléphone"))
    #expect(output.mentions("Un inspecteur demande une adresse."))
    #expect(output.mentions("a) Je donne l'adresse."))
    #expect(output.mentions("c) Je demande un écrit."))
    for hidden in ["appel-police", "II.3", "2026", "27/11", "Pression du téléphone"] {
      #expect(!output.mentions(hidden), "« \(hidden) » on the projected question")
    }
    #expect(session.phase == .vote(round: 1))
    #expect(session.prompt(now: 0) == "vote 1 · 0 vote › ")
  }

  @Test func votesStayHiddenUntilRevealThenTheDistributionShows() {
    var session = room()
    let counted = session.handle("a 3 b 9 c 2")
    #expect(counted.texts.last == "14 votes (résultats cachés jusqu'à « reveler »)")
    #expect(session.prompt(now: 0) == "vote 1 · 14 votes › ")
    let corrected = session.handle("a 2 b 9 c 3")
    #expect(corrected.texts.last == "14 votes (résultats cachés jusqu'à « reveler »)")
    let screen = session.screenNumber
    let revealed = session.handle("reveler")
    #expect(session.screenNumber == screen + 1)
    #expect(session.phase == .distribution(round: 1))
    let chart = revealed.texts.filter { $0.contains("█") }
    #expect(chart.count == 3)
    #expect(chart[0].hasSuffix("2\u{A0}\u{A0}14\u{A0}%"))
    #expect(chart[1].hasSuffix("9\u{A0}\u{A0}64\u{A0}%"))
    #expect(chart[2].hasSuffix("3\u{A0}\u{A0}21\u{A0}%"))
    #expect(!revealed.mentions("✓"), "the right answer shows before « Entrée »")
  }

  @Test func aVoteShowsTheQuestionAgainSoTheTypedTallyLeavesTheScreen() {
    var session = room(teams: "A,B")
    var screen = session.screenNumber
    let redrawn = session.handle("A b")
    #expect(session.screenNumber == screen + 1)
    #expect(redrawn.mentions("Que répondez-vous ?"))
    #expect(redrawn.last == .paragraph("A a voté · 1/2 équipes (résultats cachés jusqu'à « reveler »)", .emphasis))
    // A question taller than the screen is not shown again: only the count comes.
    session.screen = Screen(width: 80, height: 10)
    screen = session.screenNumber
    #expect(session.handle("B a").texts == ["B a voté · 2/2 équipes (résultats cachés jusqu'à « reveler »)"])
    #expect(session.screenNumber == screen)
  }

  @Test func asciiChartsUseHashes() {
    var session = room()
    session.ascii = true
    _ = session.handle("a 1 b 1 c 2")
    let chart = session.handle("reveler").texts.filter { $0.contains("#") }
    #expect(chart.count == 3)
    #expect(!chart.joined().contains("█"))
  }

  @Test func aSecondVoteIsShownBesideTheFirstWithTheShift() {
    var session = room()
    let output = transcript(&session, ["a 3 b 9 c 2", "reveler", "revoter"])
    #expect(output.mentions("Après la discussion, chacun vote à nouveau."))
    #expect(session.prompt(now: 0) == "vote 2 · 0 vote › ")
    #expect(session.handle("a 1 b 12 c 1").texts.last == "14 votes (résultats cachés jusqu'à « reveler »)")
    let both = session.handle("reveler")
    #expect(both.mentions("1er vote (14)"))
    #expect(both.mentions("2e vote (14)"))
    let lines = both.texts.filter { $0.contains("█") }
    #expect(lines.count == 3)
    #expect(lines[0].hasSuffix("−2"))
    #expect(lines[1].hasSuffix("+3"))
    #expect(lines[2].hasSuffix("−1"))
    let verdict = session.handle("")
    #expect(verdict.mentions("Réponses justes : 9 sur 14 (64\u{A0}%) → 12 sur 14 (86\u{A0}%)"))
  }

  @Test func theVerdictGivesTheFeedbackOfEveryOption() {
    var session = room()
    let output = transcript(&session, ["b 14", "reveler", ""])
    #expect(session.phase == .verdict)
    #expect(output.mentions("✗ a) Je donne l'adresse. (0 vote) — Couverte par le secret."))
    #expect(output.mentions("✓ b) Je refuse. (14 votes) — Aucune exception."))
    #expect(output.mentions("~ c) Je demande un écrit. (0 vote) — Un écrit ne suffit pas."))
    // Only the right answer is bold: paragraphs of red or green fade on a projector.
    #expect(output.contains(.item(marker: "✓ b)", text: "Je refuse. (14 votes) — Aucune exception.", tone: .emphasis)))
    #expect(output.contains(.item(marker: "✗ a)", text: "Je donne l'adresse. (0 vote) — Couverte par le secret.", tone: .plain)))
  }

  @Test func theGroundQuestionTakesTheRoomsTallyThenExplainsWithReferences() {
    var session = room()
    let ground = transcript(&session, ["b 14", "reveler", "", ""])
    #expect(session.phase == .ground)
    #expect(ground.mentions("1. Le secret s'applique"))
    #expect(session.handle("1 9 3 5").texts.last == "14 votes (résultats cachés jusqu'à « reveler »)")
    let result = session.handle("reveler")
    #expect(result.mentions("✓ 1. Le secret s'applique · 9 votes (64\u{A0}%)"))
    #expect(result.mentions("~ 3. Accord de la personne · 5 votes (36\u{A0}%)"))
    #expect(result.mentions("La police n'est pas un juge."))
    #expect(result.mentions("• Code pénal (1867), art. 458, al. 1 [source probable]"))
    #expect(session.prompt(now: 0) == "Entrée : cas suivant › ")
  }

  @Test func teamsScoreTheirDecisionAndGroundAndAreRanked() {
    var session = room(teams: "Équipe A,Équipe B,Les Bleus")
    // A: right decision and ground; B: acceptable, partly right ground; Les Bleus: wrong, no ground.
    _ = transcript(&session, ["A b", "equipe-b c", "les-bleus a", "reveler", "revoter", "Équipe B b", "reveler", ""])
    #expect(session.teamScores.map(\.decision) == [2, 2, 0])
    _ = transcript(&session, ["", "A 1", "B consentement", "reveler"])
    let scores = session.teamScores
    #expect(scores.map(\.total) == [3, 2.5, 0])
    #expect(scores.map(\.totalMax) == [3, 3, 3])
    #expect(session.standings.map(\.rank) == [1, 2, 3])
    let board = session.handle("scores")
    #expect(board.mentions("1. Équipe A — 3/3 (décisions 2/2, fondements 1/1)"))
    #expect(board.mentions("2. Équipe B — 2,5/3 (décisions 2/2, fondements 0,5/1)"))
    #expect(board.mentions("3. Les Bleus — 0/3"))
  }

  @Test func teamsWithTheSamePointsShareTheirRank() {
    var session = room(teams: "Rouges,Verts")
    _ = transcript(&session, ["A b", "B b", "reveler", "", "", "A 1", "B 1", "reveler"])
    #expect(session.standings.map(\.rank) == [1, 1])
  }

  @Test(arguments: [
    ("a 3 b", "Décompte incomplet : chaque lettre doit être suivie de son nombre de votes. Exemple : « a 3 b 9 c 2 »."),
    ("b", "Il manque le nombre de votes après « b ». Exemple : « a 3 b 9 c 2 »."),
    ("e 3", "Option inconnue : « e » (options de a à c)."),
    ("a trois", "« trois » n'est pas un nombre de votes (un nombre entier de 0 à 9999). Exemple : « a 3 b 9 c 2 »."),
    ("a -3", "« -3 » n'est pas un nombre de votes (un nombre entier de 0 à 9999). Exemple : « a 3 b 9 c 2 »."),
    ("a 3 a 4", "« a » est donné deux fois dans le décompte."),
    ("a 10000", "10000 votes pour « a » : c'est plus que le maximum (9999)."),
    ("a 99999999999999999999999", "« 99999999999999999999999 » n'est pas un nombre de votes (un nombre entier de 0 à 9999). Exemple : « a 3 b 9 c 2 »."),
    ("vite", "Option inconnue : « vite » (options de a à c)."),
  ])
  func invalidTalliesAreAnsweredInFrench(line: String, message: String) {
    var session = room()
    #expect(session.handle(line) == [.paragraph(message, .warning)])
    #expect(session.prompt(now: 0) == "vote 1 · 0 vote › ")
  }

  @Test func hugeOrHostileInputNeverTraps() {
    var session = room(teams: "A,B", timer: Int.max)
    #expect(session.handle(String(repeating: "a 9 ", count: 200)).mentions("Ligne trop longue"))
    #expect(session.handle("A 99999999999999999999").mentions("n'est pas un nombre de votes"))
    #expect(session.handle("a 9999 b 9999 c 9999").mentions("29997 votes"))
    for now in [-1e300, 1e300, Double.nan, Double.infinity, -Double.infinity] {
      _ = session.prompt(now: now)
    }
    #expect(session.prompt(now: -1e300).hasSuffix("reste 60:00 › "))
    _ = transcript(&session, ["reveler", "", ""])
    #expect(session.handle("9999999999 3").mentions("Fondement inconnu : « 9999999999 »"))
    #expect(session.handle("1 99999999999").mentions("n'est pas un nombre de votes"))
  }

  @Test func aLongTimerIsCappedAtAnHourAndTheClockComesFromOutside() {
    var session = RoomSession(bank: Self.bank, plan: Self.plan, order: .fixed, timer: 90)
    _ = session.start(now: 1000)
    #expect(!session.prompt(now: 1000).contains("reste"))
    _ = session.handle("", now: 1000)
    #expect(session.prompt(now: 1000) == "vote 1 · 0 vote · reste 1:30 › ")
    #expect(session.prompt(now: 1030.5) == "vote 1 · 0 vote · reste 1:00 › ")
    #expect(session.prompt(now: 1089.2) == "vote 1 · 0 vote · reste 0:01 › ")
    #expect(session.prompt(now: 1091) == "vote 1 · 0 vote · temps écoulé › ")
    _ = session.handle("a 1", now: 1095)
    _ = session.handle("reveler", now: 1095)
    #expect(session.prompt(now: 1095) == "Entrée : la réponse · « revoter » › ")
    _ = session.handle("revoter", now: 1100)
    #expect(session.prompt(now: 1110) == "vote 2 · 0 vote · reste 1:20 › ")
  }

  @Test func theTrainerNoteShowsOnlyOnDemand() {
    var session = RoomSession(bank: Self.bank, plan: Self.plan, order: .fixed)
    var seen = session.start()
    seen += transcript(&session, ["", "b 3", "reveler", "revoter", "b 3", "reveler", "", "", "1 3", "reveler", ""])
    #expect(!seen.mentions("Pression du téléphone."))
    #expect(!seen.mentions("Le droit de se taire."))
    let note = session.handle("note")
    #expect(note.mentions("Le droit de se taire."))
    #expect(note.mentions("Séance : Insister sur le silence."))
  }

  @Test func theRoomsMajorityDrivesBranching() {
    var session = room()
    // c ends the two-step case after its first step.
    _ = transcript(&session, ["b 3", "reveler", "", "", "", ""])
    #expect(session.casePosition == 1)
    _ = transcript(&session, ["c 9 a 1", "reveler", "", "", ""])
    #expect(session.prompt(now: 0) == "Entrée : cas suivant › ")
    _ = session.handle("")
    #expect(session.casePosition == 2)
    // a leads on to the judge.
    _ = session.handle("retour")
    #expect(session.casePosition == 1)
    let judge = transcript(&session, ["a 9 c 1", "reveler", "", "", "", ""])
    #expect(judge.contains(.heading("Cas 2/3 · De la police au juge · étape\u{A0}2")))
    #expect(judge.mentions("Le juge vous entend."))
    let secondStep = Array(judge.drop { $0 != .heading("Cas 2/3 · De la police au juge · étape\u{A0}2") })
    #expect(!secondStep.mentions("La police, puis le juge."), "the situation again at the second step")
  }

  @Test func backReturnsToThePreviousScreenKeepingTheVotes() {
    var session = room()
    _ = transcript(&session, ["a 2 b 5", "reveler", "revoter"])
    #expect(session.handle("retour").mentions("résultats du vote"))
    #expect(session.phase == .distribution(round: 1))
    #expect(session.current?.rounds.count == 1)
    _ = session.handle("retour")
    #expect(session.phase == .vote(round: 1))
    #expect(session.prompt(now: 0) == "vote 1 · 7 votes › ")
    #expect(session.handle("retour") == [.paragraph("C'est le premier cas de la séance.", .warning)])
  }

  @Test func revealWithoutVotesAndRevoteTooEarlySayWhatToDo() {
    var session = room(teams: "A,B")
    #expect(session.handle("reveler") == [
      .paragraph("Aucun vote pour l'instant. Exemple : « a 3 b 9 c 2 », ou pour une équipe « A b ». Puis « reveler ».", .warning)
    ])
    #expect(session.handle("revoter").mentions("Révélez d'abord le premier vote"))
    _ = session.handle("a 1")
    #expect(session.handle("annuler").texts == ["Votes effacés : 0 vote."])
    #expect(session.prompt(now: 0) == "vote 1 · 0/2 équipes › ")
  }

  @Test func theSameSeedShowsTheSameLettersAndTheTallyFollowsThem() {
    func letters(_ seed: UInt64) -> [String] {
      var session = RoomSession(bank: Self.bank, plan: Self.plan, order: .shuffled(seed: seed))
      _ = session.start()
      return session.handle("").texts.filter { $0.hasPrefix("a) ") || $0.hasPrefix("b) ") || $0.hasPrefix("c) ") }
    }
    #expect(letters(7) == letters(7))
    #expect(Set((1...20).map { letters($0) }).count > 1)
    var session = room(order: .shuffled(seed: 7))
    let shown = session.play!.shownOrder
    _ = session.handle("a 5")
    #expect(session.current?.rounds[0].counts[shown[0]] == 5)
  }

  @Test func theDebriefGivesBothVotesTheShiftAndTheTeams() {
    var session = room(teams: "Équipe A,Équipe B")
    _ = transcript(&session, ["a 3 b 9 c 2", "A b", "B a", "reveler", "revoter", "a 1 b 12 c 1", "reveler", "", "", "1 10 3 4", "A 1", "B 3", "remarque la salle hésite", "reveler"])
    let debrief = session.handle("fin")
    #expect(session.isFinished)
    #expect(session.phase == .debrief)
    #expect(debrief.first == .heading("Bilan de la séance — Demandes de tiers"))
    #expect(debrief.mentions("1er vote : a 3 ✗ · b 9 ✓ · c 2 ~ (14 votes)"))
    #expect(debrief.mentions("2e vote : a 1 ✗ · b 12 ✓ · c 1 ~ (14 votes)"))
    #expect(debrief.mentions("→ Réponses justes : 9 sur 14 (64\u{A0}%) → 12 sur 14 (86\u{A0}%) · fondement juste : 10 sur 14 (71\u{A0}%) · Équipe A 3/3 · Équipe B 0,5/3"))
    #expect(debrief.mentions("Remarque : la salle hésite"))
    let markdown = session.debriefMarkdown(date: "2026-12-04 18:30")
    #expect(markdown.hasPrefix("# Débrief — Demandes de tiers\n\n- Date : 2026-12-04 18:30\n- Versions : Confident \(confidentVersion) · banque sans version\n- Cas : 3\n- Équipes : Équipe A, Équipe B\n"))
    #expect(markdown.contains("| a) Je donne l'adresse. | ✗ incorrecte | 3 | 1 | −2 |\n| b) Je refuse. | ✓ correcte | 9 | 12 | +3 |\n"))
    #expect(markdown.contains("| Le secret s'applique | ✓ oui | 10 |\n| Accord de la personne | ~ en partie | 4 |\n"))
    #expect(markdown.contains("| Équipe A | 2/2 | 1/1 |\n| Équipe B | 0/2 | 0,5/1 |\n"))
    #expect(markdown.contains("- la salle hésite\n"))
    #expect(markdown.contains("| 1 | Équipe A | 2/2 | 1/1 | 3/3 |\n| 2 | Équipe B | 0/2 | 0,5/1 | 0,5/3 |\n"))
    #expect(!markdown.contains("appel-police"))
  }

  @Test func theCSVDebriefQuotesWhatItMustAndDefusesFormulas() {
    var session = room(teams: "=HYPERLINK(\"x\"),Verts")
    _ = transcript(&session, ["a 3 b 9", "A b", "reveler", "", "", "1 12", "reveler"])
    let rows = session.debriefCSV().components(separatedBy: "\r\n")
    #expect(rows[0] == "cas,titre,etape,type,choix,texte,verdict,vote_1,vote_2,ecart")
    #expect(rows[1] == "1,Un policier téléphone,1,option,a,Je donne l'adresse.,incorrect,3,,")
    #expect(rows.contains("1,Un policier téléphone,1,fondement,1,Le secret s'applique,accepted,12,,"))
    #expect(rows.contains("1,Un policier téléphone,1,equipe,\"'=HYPERLINK(\"\"x\"\")\",,,2,0,"))
    #expect(rows.contains("1,Un policier téléphone,1,equipe,Verts,,,0,0,"))
  }

  @Test func backAtALaterStepDoesNotUndoTheStepsPlayed() {
    var session = room()
    _ = transcript(&session, ["b 3", "reveler", "", "", "", "", "a 4", "reveler", "", "", "", ""])
    #expect(session.play?.step.id == "juge")
    #expect(session.handle("retour") == [.paragraph("« retour » ne revient pas sur une étape déjà jouée ; « passer » va au cas suivant.", .warning)])
    #expect(session.casePosition == 1)
  }

  @Test func theEndOfInputEndsWithTheDebrief() {
    var session = room()
    _ = session.handle("b 2")
    #expect(session.endOfInput().mentions("Bilan de la séance"))
    #expect(session.isFinished)
    #expect(session.handle("a 1").isEmpty)
  }

  @Test func aTeamIsNamedByItsLetterItsSlugOrItsName() {
    let team = RoomTeam(name: "Équipe A", position: 0)
    #expect(team.letter == "A")
    #expect(team.slug == "equipe-a")
    for typed in ["A", "a", "equipe-a", "Équipe A", "EQUIPE-A"] { #expect(team.isNamed(by: typed), "\(typed)") }
    #expect(!team.isNamed(by: "B"))
    #expect(RoomTeam.list(" Rouges , ,Verts,").map(\.name) == ["Rouges", "Verts"])
  }

  @Test func gluedTalliesAreRead() {
    let parser = TallyParser(subject: .options(order: [2, 0, 1]), teams: [])
    #expect(parser.parse("a3 b9, c=2") == .success(.room([2: 3, 0: 9, 1: 2])))
  }
}
