@testable import ConfidentCLI
import ConfidentContent
import ConfidentCore
import Foundation
import LineEditing
import Testing

/// The shell driven by a scripted reader: the same loop as on a terminal, without one.
@Suite("Shell transcripts")
struct TranscriptTests {
  static let bank = BankLoader.load(
    paths: [
      URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/bank").path
    ]
  ).bank

  func transcript(_ events: [LineEvent], mode: Session.Mode = .shell) -> (text: String, prompts: [String]) {
    let reader = ScriptedReader(events)
    var text = ""
    let driver = ShellDriver(
      session: Session(bank: Self.bank, mode: mode, order: .fixed), reader: reader,
      renderer: { Renderer(width: 80, colour: false) }, write: { text += $0 })
    driver.run()
    return (text, reader.prompts)
  }

  @Test func aScriptedSingleCaseGivesThisExactTranscript() {
    let (text, prompts) = transcript([.line("b"), .line("1"), .line(""), .line("")], mode: .single(caseID: "appel-police"))
    #expect(prompts == ["réponse [a-c] › ", "fondement [1-3 ou identifiant] › ", "Entrée ou « suivant » › ", "Entrée ou « suivant » › "])
    #expect(text == """

      ── Un policier téléphone pour une adresse ──
      Niveau 1 (découverte) · droit applicable au 27/11/2026
      Un inspecteur appelle et demande l'adresse de Mme Dupont.

      Que répondez-vous ?
        a) Je donne l'adresse.
        b) Je refuse poliment et renvoie vers ma hiérarchie.
        c) Je demande une réquisition écrite.

      Sur quelle base ? Choisissez un numéro ou tapez un identifiant (Tab complète).
        1. Le secret s'applique — aucune exception (secret)
        2. Témoignage en justice (temoignage)
        3. Accord de la personne (consentement)

      ── Résultat ──
      ✓ Bonne décision (2/2) · ✓ fondement juste (1/1)
        Votre réponse (b) : Aucune exception ne s'applique.
      Entrée : l'explication et les références · « suivant » : la suite

      ── Explication ──
        Votre réponse (b) : Aucune exception ne s'applique.
        Fondement attendu : Le secret s'applique — aucune exception
        En partie : Accord de la personne
      Une audition par la police n'est pas un témoignage en justice.
      Références :
        • Code pénal (1867), art. 458, al. 1 [source probable] (ref cp-458)
      Entrée ou « suivant » : la suite.

      ── Fin du cas ──
      Score : 3/3 — décision 2/2, fondement 1/1.

      ── Bilan de la session ──
        Cas joués : 1 · étapes : 1
        Décisions : 2/2
        Fondements : 1/1
        Total : 3/3
      Au revoir.

      """)
  }

  @Test func ctrlCAbandonsTheLineAndTheSessionGoesOn() {
    let (text, prompts) = transcript([.line("jouer appel-police"), .interrupted, .line("b"), .interruptedOnEmptyLine, .line("secret"), .line("suivant"), .line("quitter")])
    #expect(prompts == ["confident › ", "réponse [a-c] › ", "réponse [a-c] › ", "fondement [1-3 ou identifiant] › ", "fondement [1-3 ou identifiant] › ", "Entrée ou « suivant » › ", "confident › "])
    #expect(text.contains("Ctrl-D ou « quitter » pour quitter."))
    #expect(text.contains("✓ Bonne décision (2/2) · ✓ fondement juste (1/1)"))
    #expect(text.hasSuffix("Au revoir.\n"))
  }

  @Test func endOfInputInAMultiStepCaseEndsCleanly() {
    let (text, _) = transcript([.line("jouer police-puis-juge"), .line("a"), .line("secret"), .line("suivant")])
    #expect(text.contains("Le juge d'instruction vous entend sous serment."))
    #expect(text.contains("Cas interrompu : les étapes restées sans réponse ne sont pas comptées."))
    #expect(text.hasSuffix("Au revoir.\n"))
  }

  @Test func theSkippedFilesNoticeNamesEachFileAndItsFirstError() {
    let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures")
    let report = BankLoader.load(paths: [fixtures.appendingPathComponent("bank").path, fixtures.appendingPathComponent("invalid/graph.yaml").path])
    let reader = ScriptedReader([])
    var text = ""
    ShellDriver(
      session: Session(bank: report.bank), reader: reader, renderer: { Renderer(width: 200) }, write: { text += $0 }
    ).run(notices: skippedNotice(report))
    #expect(text.contains("1 fichier ignoré (erreurs ; « confident verifier » les détaille) :"))
    #expect(text.contains("graph.yaml:8:9: erreur: depuis l'étape « debut », le cas ne peut jamais se terminer (boucle sans sortie) (+6 autres)"))
    #expect(text.contains("2 cas pratiques."))
  }

  @Test func aMissingScenarioFolderIsSaidBeforeTheHomeScreen() {
    let report = BankLoader.load(paths: ["/nonexistent/Scenarios"])
    let text = Renderer(width: 200).render(skippedNotice(report))
    #expect(text == "Scénarios introuvables : /nonexistent/Scenarios (fichier ou dossier introuvable). Indiquez le dossier avec --scenarios.\n")
  }
}
