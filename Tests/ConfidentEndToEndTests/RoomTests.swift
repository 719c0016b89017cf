import Foundation
import Testing

/// `confident groupe`: a scripted room session on pipes and on a terminal, and its files.
@Suite("The trainer's room")
struct RoomTests {
  let bank = ["--scenarios", Confident.bank]
  let teams = ["--equipes", "Équipe A,Équipe B"]

  /// Three cases (four steps), two votes at every step, team votes and grounds.
  let script = [
    "",  // title screen → first question
    "a 2 b 9 c 3", "A b", "B a", "reveler", "revoter", "a 1 b 12 c 1", "B b", "reveler", "", "",
    "1 10 3 4", "A 1", "B 3", "remarque la salle hésite sur l'écrit", "reveler", "",
    // police-puis-juge, step police then juge
    "a 8 b 4 c 2", "A a", "B b", "reveler", "revoter", "a 11 b 2 c 1", "B a", "reveler", "", "", "1 12", "A 1", "B 2", "reveler", "",
    "a 5 b 7 c 2", "A b", "B a", "reveler", "revoter", "a 9 b 4 c 1", "reveler", "", "", "2 14", "A 2", "B 2", "reveler", "",
    // huissier-telephone
    "a 6 b 6 c 2", "A c", "B b", "reveler", "revoter", "a 2 b 11 c 1", "A b", "reveler", "", "", "1 13 3 1", "A 1", "B 1", "reveler", "",
  ].joined(separator: "\n") + "\n"

  /// A third case beside the fixture bank's two.
  static let bailiff = """
    id: huissier-telephone
    title: Un huissier téléphone
    points: [II.3.police]
    level: 1
    law_date: 2026-11-27
    situation: Un huissier demande si M. Durant perçoit une aide du CPAS.
    steps:
      - id: appel
        question: Que lui dites-vous ?
        options:
          - text: Je confirme qu'il est aidé.
            verdict: incorrect
            feedback: L'huissier est un tiers.
          - text: Je ne confirme rien.
            verdict: correct
            feedback: Le secret s'applique.
          - text: Je rappellerai plus tard.
            verdict: acceptable
            feedback: Gagner du temps ne répond pas.
        ground:
          accepted: [secret]
          explanation: Aucune loi n'oblige à répondre à un huissier.
    trainer_note: Les huissiers insistent.

    """

  /// The fixture bank with a third case, in `folder`.
  func threeCaseBank(in folder: TemporaryDirectory) throws -> String {
    let path = folder.path + "/bank"
    try FileManager.default.copyItem(atPath: Confident.bank, toPath: path)
    try Data(Self.bailiff.utf8).write(to: URL(fileURLWithPath: path + "/cas/huissier-telephone.yaml"))
    return path
  }

  @Test func aScriptedThreeCaseSessionWithTeamsAndTwoVotesWritesTheDebriefAndTheNotes() throws {
    let folder = try TemporaryDirectory()
    let debrief = folder.path + "/debrief.md"
    let notes = folder.path + "/notes.txt"
    let cases = ["--cas", "appel-police,police-puis-juge,huissier-telephone"]
    let run = try Confident.run(
      ["groupe", "--debrief", debrief, "--notes", notes, "--scenarios", try threeCaseBank(in: folder)] + cases + teams,
      input: script)
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.errors.isEmpty)
    #expect(!run.stdout.contains(0x1B), "escape bytes (a screen clear?) on a pipe")
    let output = run.output
    #expect(output.contains("── Cas 1/3 · Un policier téléphone pour une adresse ──"))
    #expect(output.contains("14 votes (résultats cachés jusqu'à « reveler »)"))
    #expect(output.contains("Équipe A a voté · 1/2 équipes"))
    #expect(output.contains("1er vote (14)"))
    #expect(output.contains("2e vote (14)"))
    #expect(output.contains("Réponses justes : 9 sur 14 (64\u{A0}%) → 12 sur 14 (86\u{A0}%)"))
    #expect(output.contains("Équipes : Équipe A : b ✓ +2 · Équipe B : b ✓ +2"))
    #expect(output.contains("Équipes : Équipe A : b (1er vote) · Équipe B : b"))
    #expect(output.contains("── Cas 2/3 · De la police au juge d'instruction · étape\u{A0}2 ──"))
    #expect(output.contains("Débrief enregistré : \(debrief)"))
    #expect(!output.contains("Le droit de se taire face au juge."), "the trainer note on the projector")

    let markdown = try String(contentsOfFile: debrief, encoding: .utf8)
    #expect(markdown.hasPrefix("# Débrief — Séance de groupe\n\n- Date : "))
    #expect(markdown.contains("- Cas : 3\n- Équipes : Équipe A, Équipe B\n"))
    #expect(markdown.contains("\n## 1. Un policier téléphone pour une adresse\n"))
    #expect(markdown.contains("| a) Je donne l'adresse. | ✗ incorrecte | 2 | 1 | −1 |"))
    #expect(markdown.contains("| b) Je refuse poliment et renvoie vers ma hiérarchie. | ✓ correcte | 9 | 12 | +3 |"))
    #expect(markdown.contains("| Le secret s'applique — aucune exception | ✓ oui | 10 |"))
    #expect(markdown.contains("- la salle hésite sur l'écrit\n"))
    #expect(markdown.contains("\n## 2. De la police au juge d'instruction\n\n### Étape 1\n"))
    #expect(markdown.contains("\n### Étape 2\n\nLe juge d'instruction vous entend sous serment. Que faites-vous ?\n"))
    #expect(markdown.contains("\n## 3. Un huissier téléphone\n\nQue lui dites-vous ?\n\n| Option | Verdict | 1er vote | 2e vote | Écart |\n"))
    #expect(markdown.contains("| b) Je ne confirme rien. | ✓ correcte | 6 | 11 | +5 |"))
    #expect(markdown.contains("Réponses justes : 6 sur 14 (43 %) → 11 sur 14 (79 %)."))
    #expect(markdown.contains("| Rang | Équipe | Décisions | Fondements | Total |\n|---:|---|---:|---:|---:|\n| 1 | Équipe A | 7/8 | 4/4 | 11/12 |\n| 2 | Équipe B | 8/8 | 2,5/4 | 10,5/12 |\n"))
    #expect(!markdown.contains("appel-police"), "ids in the debrief")

    let table = try String(contentsOfFile: folder.path + "/debrief.csv", encoding: .utf8)
    let rows = table.components(separatedBy: "\r\n")
    #expect(rows[0] == "cas,titre,etape,type,choix,texte,verdict,vote_1,vote_2,ecart")
    #expect(rows.contains("1,Un policier téléphone pour une adresse,1,option,b,Je refuse poliment et renvoie vers ma hiérarchie.,correct,9,12,3"))
    #expect(rows.contains("3,Un huissier téléphone,1,equipe,Équipe B,,,2,1,"))
    #expect(rows.count == 1 + 4 * 3 + 6 + 4 * 2 + 1, "header, options, grounds voted or expected, teams, the final line break")

    let noteText = try String(contentsOfFile: notes, encoding: .utf8)
    #expect(noteText == "Cas 3/3 · Un huissier téléphone\n\nLes huissiers insistent.\n")
  }

  @Test func theSameSeedGivesTheSameSession() throws {
    let arguments = ["groupe", "--theme", "police", "--seed", "11"] + bank
    let input = "\na 3 b 4\nreveler\n\n\n1 7\nreveler\n\nfin\n"
    let first = try Confident.run(arguments, input: input)
    let second = try Confident.run(arguments, input: input)
    #expect(first.status == 0)
    #expect(first.output == second.output)
    #expect(first.output.contains("Bilan de la séance — Séance : police"))
  }

  @Test(arguments: [
    (["groupe"], "confident : choisissez les cas de la séance : --cas id1,id2, --point I.4, --theme police ou --seance fichier.yaml.\n"),
    (["groupe", "--cas", "appel-police", "--point", "I.4"], "confident : une seule façon de choisir les cas à la fois (--cas, --point, --theme ou --seance).\n"),
    (["groupe", "--cas", "appel-police,absent,99"], "confident : cas inconnus : « absent », « 99 » (« confident cas » pour la liste).\n"),
    (["groupe", "--point", "IX.9"], "confident : point du programme inconnu : « IX.9 » (« confident cas » pour la liste).\n"),
    (["groupe", "--theme", "zzz"], "confident : aucun cas ne correspond à « zzz ».\n"),
    (["groupe", "--cas", "1", "--minuterie", "99999999999999999999"], "confident : --minuterie attend un nombre de secondes de 1 à 3600, valeur trouvée : « 99999999999999999999 ».\n"),
    (["groupe", "--cas", "1", "--minuterie", "0"], "confident : --minuterie attend un nombre de secondes de 1 à 3600, valeur trouvée : « 0 ».\n"),
    (["groupe", "--cas", "1", "--debrief", "/nonexistent/folder/d.md"], "confident : le dossier du débrief n'existe pas ou n'est pas accessible en écriture : /nonexistent/folder.\n"),
  ])
  func aBadCommandLineIsRefusedInFrenchBeforeTheSession(arguments: [String], message: String) throws {
    let run = try Confident.run(arguments + bank, input: "")
    #expect(run.status == 2)
    #expect(run.errors == message)
    #expect(run.output.isEmpty)
  }

  @Test func aSessionFileWithErrorsIsReportedWithPositions() throws {
    let folder = try TemporaryDirectory()
    let path = try folder.write("seance:\n  title: Essai\n  cases:\n    - appel-police\n    - absent\n", to: "s.yaml")
    let run = try Confident.run(["groupe", "--seance", path] + bank, input: "")
    #expect(run.status == 2)
    #expect(run.errors == """
      \(path):5:7: erreur: le cas « absent » n'est pas dans la banque chargée (ou il contient des erreurs : « confident verifier »)
      confident : la séance \(path) contient des erreurs.

      """)
  }

  @Test func aPreparedSessionPlaysItsCasesInOrderWithItsTitle() throws {
    let seance = Confident.packageRoot.appendingPathComponent("Tests/Fixtures/seances/police.yaml").path
    let run = try Confident.run(["group", "--seance", seance] + bank, input: "\npasser\nnote\nfin\n")
    #expect(run.status == 0)
    #expect(run.output.contains("── Les demandes de la police ──"))
    #expect(run.output.contains("── Cas 2/2 · De la police au juge d'instruction · étape\u{A0}1 ──"))
    #expect(run.output.contains("Séance : Insister sur la faculté de se taire devant le juge."))
  }

  @Test func aKilledSessionResumesAtTheSamePhaseWithEveryVote() throws {
    let home = try TemporaryDirectory()
    let terminal = try Confident.terminal(["groupe", "--cas", "appel-police,police-puis-juge"] + teams, home: home, rows: 30, columns: 100)
    try terminal.expect("Entrée : premier cas › ")
    terminal.send("\r")
    try terminal.expect("vote 1 · 0/2 équipes › ")
    terminal.send("a 2 b 9 c 3\r")
    try terminal.expect("vote 1 · 14 votes · 0/2 équipes › ")
    terminal.send("A b\r")
    try terminal.expect("vote 1 · 14 votes · 1/2 équipes › ")
    terminal.send("reveler\r")
    try terminal.expect("Entrée : la réponse · « revoter » › ")
    terminal.send("revoter\r")
    try terminal.expect("vote 2 · 0/2 équipes › ")
    terminal.send("a 1 b 12 c 1\r")
    try terminal.expect("vote 2 · 14 votes · 0/2 équipes › ")
    kill(terminal.process.processIdentifier, SIGKILL)
    terminal.process.waitUntilExit()
    let journal = home.path + "/groupe-en-cours.jsonl"
    #expect(FileManager.default.fileExists(atPath: journal))

    let run = try Confident.run(
      ["groupe", "--reprendre"] + bank, input: "reveler\nfin\n", environment: ["HOME": home.path, "CONFIDENT_HOME": home.path])
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.output.hasPrefix("Séance reprise là où elle s'était arrêtée, avec tous les votes.\n"))
    #expect(run.output.contains("── Cas 1/2 · Un policier téléphone pour une adresse — second vote ──"))
    #expect(run.output.contains("1er vote (14)"))
    #expect(run.output.contains("2e vote (14)"))
    #expect(run.output.contains("1er vote : a 2 ✗ · b 9 ✓ · c 3 ~ (14 votes)"))
    #expect(run.output.contains("2e vote : a 1 ✗ · b 12 ✓ · c 1 ~ (14 votes)"))
    #expect(run.output.contains("Équipes : Équipe A : b (1er vote) · Équipe B : —"))
    #expect(!FileManager.default.fileExists(atPath: journal), "the journal of a finished session")
  }

  @Test func resumingWithoutAnInterruptedSessionSaysSo() throws {
    let run = try Confident.run(["groupe", "--reprendre"] + bank, input: "")
    #expect(run.status == 2)
    #expect(run.errors.hasPrefix("confident : aucune séance interrompue à reprendre ("))
  }

  @Test func onATerminalEachPhaseStartsOnAClearedScreenWithTheTimerAtThePrompt() throws {
    let home = try TemporaryDirectory()
    let terminal = try Confident.terminal(
      ["groupe", "--cas", "appel-police", "--minuterie", "90"] + teams, home: home, rows: 30, columns: 100)
    try terminal.expect("Entrée : premier cas › ")
    terminal.send("\r")
    try terminal.expect("Que répondez-vous ?")
    try terminal.expect("vote 1 · 0/2 équipes · reste 1:")
    terminal.send("a 3 b 9 c 2\r")
    try terminal.expect("14 votes (résultats cachés")
    try terminal.expect("vote 1 · 14 votes · 0/2 équipes · reste ")
    terminal.send("reveler\r")
    try terminal.expect("résultats du vote")
    try terminal.expect("Entrée : la réponse · « revoter » › ")
    terminal.send("fin\r")
    try terminal.expect("Bilan de la séance")
    #expect(terminal.waitForExit() == 0)
    let clears = String(decoding: terminal.rawOutput, as: UTF8.self).components(separatedBy: "\u{1B}[H\u{1B}[2J").count - 1
    #expect(clears == 5, "title, question, question again after the tally, distribution, debrief")
  }
}
