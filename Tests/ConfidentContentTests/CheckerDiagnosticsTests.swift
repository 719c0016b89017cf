import ConfidentContent
import Foundation
import Testing

/// Each broken fixture gives exactly these diagnostics, at these positions.
@Suite("Checker diagnostics on broken files")
struct CheckerDiagnosticsTests {
  @Test func theFixtureBankIsClean() {
    #expect(Fixtures.lint("bank") == [])
  }

  @Test func aTabInIndentationIsASyntaxErrorAtItsPosition() {
    #expect(Fixtures.lint("invalid/syntax-tab.yaml") == [
      "invalid/syntax-tab.yaml:4:1: erreur: syntaxe YAML : caractère inattendu (une tabulation ? « @ » ou « ` » en début de texte ? mettez le texte entre guillemets)"
    ])
  }

  @Test func aDuplicateKeyPointsAtItsSecondOccurrence() {
    #expect(Fixtures.lint("invalid/duplicate-key.yaml") == [
      "invalid/duplicate-key.yaml:4:1: erreur: clé en double : « title » (une clé ne peut figurer qu'une fois par niveau)"
    ])
  }

  @Test func unknownAndMissingFieldsAreAllReportedWithASuggestion() {
    #expect(Fixtures.lint("invalid/unknown-field.yaml") == [
      "invalid/unknown-field.yaml:1:1: erreur: champ obligatoire « title » manquant dans le cas",
      "invalid/unknown-field.yaml:2:1: erreur: champ inconnu « titel » dans le cas ; vouliez-vous dire « title » ? (champs possibles : id, title, points, tags, level, law_date, situation, steps, trainer_note, author_note, references)",
      "invalid/unknown-field.yaml:20:9: erreur: champ inconnu « suivant » dans l'option c (champs possibles : text, verdict, feedback, next)",
    ])
  }

  @Test func wrongTypesAreReportedOncePerField() {
    #expect(Fixtures.lint("invalid/wrong-types.yaml") == [
      "invalid/wrong-types.yaml:1:5: erreur: identifiant mal formé : « Mauvais_Types » (minuscules, chiffres et tirets, ex. « police-adresse »)",
      "invalid/wrong-types.yaml:3:9: erreur: « points » doit être une liste, trouvé « II.3.police »",
      "invalid/wrong-types.yaml:4:8: erreur: « level » doit être un nombre entier de 1 à 3, trouvé « deux »",
      "invalid/wrong-types.yaml:5:11: erreur: « law_date » doit être une date AAAA-MM-JJ, trouvé « 27/11/2026 »",
      "invalid/wrong-types.yaml:6:12: erreur: « situation » doit être un texte, trouvé une liste",
      "invalid/wrong-types.yaml:10:14: erreur: « debated » doit valoir true ou false, trouvé « peut-être »",
      "invalid/wrong-types.yaml:11:14: erreur: « options » doit être une liste, trouvé « A, B, C »",
      "invalid/wrong-types.yaml:13:17: erreur: « accepted » doit être une liste, trouvé « secret »",
    ])
  }

  @Test func tooFewOptionsMissingFeedbackAndUnknownVerdict() {
    #expect(Fixtures.lint("invalid/options.yaml") == [
      "invalid/options.yaml:11:7: erreur: l'étape « deux-options » a 2 option(s) ; il en faut au moins 3",
      "invalid/options.yaml:14:9: erreur: champ obligatoire « feedback » manquant dans l'option b",
      // The step graph is read from the nodes: checked even though the steps have errors.
      "invalid/options.yaml:19:9: erreur: l'étape « verdict-inconnu » est inatteignable : aucune option n'y mène",
      "invalid/options.yaml:27:18: erreur: « verdict » doit valoir correct, acceptable, incorrect ; trouvé « faux »",
    ])
  }

  @Test func unknownCatalogueIdsAreErrorsAndAnExpiredReferenceIsAWarning() {
    #expect(Fixtures.lint("invalid/unknown-ids.yaml") == [
      "invalid/unknown-ids.yaml:3:23: erreur: le point du programme « II.9 » n'existe pas dans le catalogue",
      "invalid/unknown-ids.yaml:21:26: erreur: le fondement « legitime-defense » n'existe pas dans le catalogue",
      "invalid/unknown-ids.yaml:22:17: avertissement: le fondement « secret » est à la fois dans « accepted » et « partial »",
      "invalid/unknown-ids.yaml:25:13: erreur: la référence « cp-999 » n'existe pas dans le catalogue",
      "invalid/unknown-ids.yaml:27:13: avertissement: la référence « ancien-texte » ne s'applique pas au 2026-11-27, date du cas (période : … → 2001-12-31)",
    ])
  }

  @Test func brokenBranchesUnreachableStepsAndEndlessLoops() {
    #expect(Fixtures.lint("invalid/graph.yaml") == [
      "invalid/graph.yaml:8:9: erreur: depuis l'étape « debut », le cas ne peut jamais se terminer (boucle sans sortie)",
      "invalid/graph.yaml:18:15: erreur: « next » mène à une étape inconnue : « nulle-part »",
      "invalid/graph.yaml:26:9: erreur: depuis l'étape « boucle », le cas ne peut jamais se terminer (boucle sans sortie)",
      "invalid/graph.yaml:32:15: erreur: « next » ramène à l'étape « boucle » elle-même : les boucles ne sont pas acceptées",
      "invalid/graph.yaml:36:15: erreur: « next » forme une boucle (« debut » → « boucle » → « debut ») : les boucles ne sont pas acceptées",
      "invalid/graph.yaml:40:15: erreur: « next » ramène à l'étape « boucle » elle-même : les boucles ne sont pas acceptées",
      "invalid/graph.yaml:44:9: erreur: l'étape « orpheline » est inatteignable : aucune option n'y mène",
    ])
  }

  @Test func referenceEntriesNeedAVerifiableSourceAndKnownLabels() {
    #expect(Fixtures.lint("invalid/references.yaml") == [
      "invalid/references.yaml:2:5: erreur: champ obligatoire « sources » manquant dans la référence 1",
      "invalid/references.yaml:8:11: erreur: « type » doit valoir loi, jurisprudence, doctrine, deontologie, circulaire ; trouvé « arret »",
      "invalid/references.yaml:11:15: erreur: une source doit être une adresse http(s) vérifiable, trouvé « www.exemple.be »",
      "invalid/references.yaml:12:19: erreur: « verification » doit valoir sure, likely, unverified ; trouvé « certain »",
      "invalid/references.yaml:14:20: erreur: « applies_until » (2019-01-01) précède « applies_from » (2020-01-01)",
    ])
  }

  @Test func aCaseIdUsedInTwoFilesIsAnErrorInTheSecond() {
    #expect(Fixtures.lint("duplicates") == [
      "duplicates/b-second.yaml:1:5: erreur: le cas « appel-police » est déjà défini en duplicates/a-premier.yaml:1:5"
    ])
  }

  @Test func aFileThatIsNotUTF8IsReportedAtTheBadByte() throws {
    let path = try Fixtures.temporaryFile(Array("id: x\ntitle: caf".utf8) + [0xE9] + Array("\n".utf8))
    let report = BankLoader.load(paths: [path], catalogueFallback: Fixtures.bank)
    #expect(report.diagnostics.map(\.description) == ["\(path):2:11: erreur: le fichier n'est pas en UTF-8 (octet invalide)"])
  }

  @Test func aMissingPathIsReported() {
    let report = BankLoader.load(paths: ["/nonexistent/cas.yaml"])
    #expect(report.diagnostics.map(\.description) == ["/nonexistent/cas.yaml:1:1: erreur: fichier ou dossier introuvable"])
  }

  @Test func anOversizedFileIsRefusedBeforeParsing() throws {
    let path = try Fixtures.temporaryFile(Array(repeating: UInt8(ascii: "#"), count: (1 << 20) + 1))
    let report = BankLoader.load(paths: [path], catalogueFallback: Fixtures.bank)
    #expect(report.diagnostics.map(\.message) == ["fichier trop grand (plus de 1024 Kio, le maximum)"])
  }

  @Test func aFileWithAnUnknownLayoutSaysWhatAFileMustStartWith() throws {
    let path = try Fixtures.temporaryFile(Array("- une\n- liste\n".utf8))
    let report = BankLoader.load(paths: [path], catalogueFallback: Fixtures.bank)
    #expect(report.diagnostics.first?.message.hasPrefix("un fichier de scénarios commence par « id: »") == true)
  }

  @Test func themesAreCheckedLikeOtherCatalogueEntries() throws {
    let text = """
      programme:
        - id: I
          title: Cadre
      themes:
        - id: Mauvais_Theme
          label: Un thème
          tags: [a]
        - id: sans-tags
          label: Sans étiquettes
        - id: champ-en-trop
          label: Un thème
          tags: [b]
          couleur: rouge
        - id: bon
          label: Le bon thème
          tags: [c]
      """
    let path = try Fixtures.temporaryFile(Array(text.utf8), name: "programme.yaml")
    let report = BankLoader.load(paths: [path])
    #expect(report.diagnostics.map(\.description) == [
      "\(path):5:9: erreur: identifiant mal formé : « Mauvais_Theme »",
      "\(path):8:5: erreur: champ obligatoire « tags » manquant dans le thème 2",
      "\(path):13:5: erreur: champ inconnu « couleur » dans le thème 3 (champs possibles : id, label, tags)",
    ])
    #expect(report.bank.themes.map(\.id) == ["bon"])
  }

  @Test func onlyTheProgrammeFileMayHoldThemes() throws {
    let text = "grounds:\n  - id: secret\n    label: Secret\n    summary: Rien.\nthemes: []\n"
    let path = try Fixtures.temporaryFile(Array(text.utf8), name: "grounds.yaml")
    let report = BankLoader.load(paths: [path])
    #expect(report.diagnostics.map(\.description) == [
      "\(path):5:1: erreur: un fichier de catalogue ne contient qu'une clé de tête (« grounds ») ; trouvé aussi « themes »"
    ])
  }
}
