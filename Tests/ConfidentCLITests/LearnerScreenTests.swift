@testable import ConfidentCLI
import ConfidentContent
@testable import ConfidentCore
import Foundation
import LineEditing
import Testing

/// What a learner sees on an 80×24 screen, over the whole bundled bank; the French help.
@Suite("The learner's screen")
struct LearnerScreenTests {
  static let bundled = BankLoader.load(
    paths: [
      URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Scenarios").path
    ]
  ).bank

  /// A bank holding `played` with its step `index` moved first, so a session starts there.
  func bank(starting played: Case, at index: Int) -> Bank {
    var moved = played
    moved.steps.insert(moved.steps.remove(at: index), at: 0)
    var bank = Self.bundled
    bank.cases = [moved]
    return bank
  }

  @Test func everyResultBlockOfTheBundledBankFitsTwelveLinesAt80Columns() {
    let renderer = Renderer(width: 80)
    var checked = 0
    for played in Self.bundled.cases {
      for (index, step) in played.steps.enumerated() {
        for position in step.options.indices {
          for ground in [step.ground.accepted[0], "secret", "consentement"] {
            var session = Session(bank: bank(starting: played, at: index), order: .fixed)
            session.screen = Screen(width: 80, height: 24)
            _ = session.handle("jouer \(played.id)")
            _ = session.handle(optionLetter(position))
            let block = session.handle(ground)
            let lines = renderer.render(block).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(lines.count <= 12, "\(played.id) \(step.id) \(optionLetter(position)) \(ground): \(lines.count) lines")
            #expect(lines.allSatisfy { $0.displayWidth <= 80 })
            checked += 1
          }
        }
      }
    }
    #expect(checked > 1_000)
  }

  @Test func aCaseOpeningTallerThanTheScreenIsPaged() throws {
    let renderer = Renderer(width: 80)
    let tallest = try #require(Self.bundled.cases.max { a, b in
      var left = Session(bank: Self.bundled, order: .fixed)
      var right = Session(bank: Self.bundled, order: .fixed)
      return renderer.render(left.handle("jouer \(a.id)")).count < renderer.render(right.handle("jouer \(b.id)")).count
    })
    var probe = Session(bank: Self.bundled, order: .fixed)
    let height = renderer.render(probe.handle("jouer \(tallest.id)")).split(separator: "\n").count
    try #require(height > 24, "the bank has no opening taller than a screen: \(height)")
    let reader = ScriptedReader(lines: ["jouer \(tallest.id)", "", "quitter"])
    var text = ""
    ShellDriver(
      session: Session(bank: Self.bundled, order: .fixed), reader: reader, renderer: { renderer },
      write: { text += $0 }, screen: { Screen(width: 80, height: 24) }, pages: true
    ).run()
    #expect(reader.prompts.contains { $0.hasPrefix("— suite : Entrée") })
    #expect(text.contains(tallest.steps[0].question))
  }

  @Test func theTopLevelHelpIsThisFrenchText() {
    #expect(FrenchHelp.overview() == """
      confident — Entraînement au secret professionnel des travailleurs sociaux de CPAS.

      Usage : confident [commande] [options]
              (sans commande : le shell interactif sur les cas livrés)

      Commandes :
        cas          Liste les cas (n°, titre, id, points, niveau), ceux d'un point ou d'une recherche. (alias : list)
        jouer        Joue un cas puis quitte. (alias : play)
        reference    Affiche une référence ou un fondement du catalogue. (alias : ref)
        verifier     Vérifie des fichiers de scénarios et signale toutes les erreurs. (alias : lint, vérifier)
        groupe       Séance de groupe projetée : votes, révélation, second vote, débrief. (alias : group)
        nouveau      Écrit le squelette commenté d'un nouveau cas, à compléter. (alias : new)
        exporter     Exporte les cas pour Moodle ou vos résultats en CSV. (alias : export)
        pratique     Révisions du jour et nouveaux cas, avec votre certitude. (alias : practice)
        progression  Maîtrise par point et par fondement, calibration de la certitude. (alias : stats)
        oublier      Efface votre progression (réponses, révisions, session en cours). (alias : forget)
        evaluation   Auto-évaluation : 15 questions, un profil et une recommandation. (alias : assess, évaluation)

      Options :
        --scenarios <dossier>  ajoute un dossier de cas à la banque livrée (répétable)
        --data-dir <dossier>   dossier des données (sinon CONFIDENT_HOME, ou ~/.local/share/confident)
        --seed <n>             graine du tirage : le même nombre donne le même ordre des options
        --ordre-fixe           options dans l'ordre du fichier (alias --fixed-order)
        --version              affiche la version du programme et celle de la banque de cas
        -h, --help             affiche cette aide

      « confident aide <commande> » : l'aide d'une commande.

      """)
  }

  @Test func theHelpOfJouerIsThisFrenchText() {
    #expect(FrenchHelp.help(FrenchHelp.command(named: "play")!) == """
      confident jouer — Joue un cas puis quitte.

      Usage : confident jouer [options] <id>
      Alias : play

      Options :
        --scenarios <dossier>  ajoute un dossier de cas à la banque livrée (répétable)
        --data-dir <dossier>   dossier des données (sinon CONFIDENT_HOME, ou ~/.local/share/confident)
        --seed <n>             graine du tirage : le même nombre donne le même ordre des options
        --ordre-fixe           options dans l'ordre du fichier (alias --fixed-order)
        --auteur               montre la note du formateur, les indices, les notes d'auteur et le corrigé
        -h, --help             affiche cette aide

      """)
  }

  @Test(arguments: [
    (["jouer"], "confident : argument manquant : <id>\nUsage : confident jouer [options] <id>\n« confident aide jouer » pour l'aide.\n"),
    (["jouer", "--bidule", "x"], "confident : option inconnue : « --bidule »\nUsage : confident jouer [options] <id>\n« confident aide jouer » pour l'aide.\n"),
  ])
  func commandLineErrorsAreFrench(arguments: [String], message: String) throws {
    do {
      _ = try ConfidentCommand.parseAsRoot(arguments)
      Issue.record("\(arguments) parsed")
    } catch {
      #expect(ConfidentCommand.frenchError(for: error, arguments: arguments) == message)
    }
  }

  @Test func optionsBeforeTheCommandAreMovedAfterIt() {
    #expect(ConfidentCommand.reordered(["--scenarios", "X", "--seed", "3", "jouer", "id"]) == ["jouer", "--scenarios", "X", "--seed", "3", "id"])
    #expect(ConfidentCommand.reordered(["--scenarios", "X"]) == ["--scenarios", "X"])
    #expect(ConfidentCommand.reordered(["--data-dir=D", "cas"]) == ["cas", "--data-dir=D"])
  }

  @Test func completionCandidatesWrapByWholeWords() {
    let text = LineEditor.columns(["appel-police", "huissier-revenu-integration", "police-puis-juge", "ab"], width: 30)
    #expect(text == "appel-police\nhuissier-revenu-integration\npolice-puis-juge  ab")
  }

  @Test func jsonListingEscapesInvisibleCharacters() {
    #expect(escapingInvisibles("\"a\u{85}b\u{202E}c\u{200B}\"") == "\"a\\u0085b\\u202Ec\\u200B\"")
  }
}
