import ConfidentContent
import ConfidentCore
import Foundation
import Testing

/// Prepared room sessions (`seance:`): decoded with positions, checked like any scenario file.
@Suite("Séance files")
struct SeanceTests {
  @Test func aPreparedSessionChecksCleanAgainstTheBanksCases() {
    #expect(Fixtures.lint("seances/police.yaml") == [])
    #expect(Fixtures.lint("seances", "bank") == [])
  }

  @Test func everyProblemOfABrokenSessionIsReportedAtItsPosition() {
    #expect(Fixtures.lint("invalid/seance.yaml") == [
      "invalid/seance.yaml:2:3: erreur: champ inconnu « titel » dans la séance ; vouliez-vous dire « title » ? (champs possibles : title, cases)",
      "invalid/seance.yaml:2:3: erreur: champ obligatoire « title » manquant dans la séance",
      "invalid/seance.yaml:5:7: erreur: identifiant de cas mal formé : « Appel_Police » (minuscules, chiffres et tirets, ex. « police-adresse »)",
      "invalid/seance.yaml:6:11: erreur: le cas « inconnu » n'existe pas dans la banque de cas",
      "invalid/seance.yaml:8:7: erreur: le cas « appel-police » figure déjà dans la séance (ligne 4)",
      "invalid/seance.yaml:9:7: erreur: le cas 5 de la séance doit être un identifiant ou un dictionnaire « id: …, note: … », valeur trouvée : une liste",
      "invalid/seance.yaml:11:7: erreur: champ inconnu « remarque » dans le cas 6 de la séance (champs possibles : id, note)",
      "invalid/seance.yaml:12:1: erreur: un fichier de séance ne contient qu'une clé de tête (« seance ») ; ce fichier contient aussi « extra »",
    ])
  }

  @Test func theLoaderGivesTheTitleTheCasesInOrderAndTheirNotes() {
    let bank = BankLoader.load(paths: [Fixtures.bank]).bank
    let report = SeanceLoader.load(path: Fixtures.root + "/seances/police.yaml", bank: bank)
    #expect(report.diagnostics == [])
    #expect(report.plan == RoomPlan(title: "Les demandes de la police", entries: [
      .init(caseID: "appel-police"),
      .init(caseID: "police-puis-juge", note: "Insister sur la faculté de se taire devant le juge."),
    ]))
  }

  @Test func theLoaderRefusesACaseMissingFromTheLoadedBank() throws {
    let path = try Fixtures.temporaryFile(Array("seance:\n  title: T\n  cases: [appel-police, absent]\n".utf8), name: "s.yaml")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let bank = BankLoader.load(paths: [Fixtures.bank]).bank
    let report = SeanceLoader.load(path: path, bank: bank)
    #expect(report.plan == nil)
    #expect(report.diagnostics.map(\.description) == [
      "\(path):3:25: erreur: le cas « absent » n'est pas dans la banque chargée (ou il contient des erreurs : « confident verifier »)"
    ])
  }

  @Test func aCaseFileOrAMissingFileIsNotASession() {
    let bank = BankLoader.load(paths: [Fixtures.bank]).bank
    let notASession = SeanceLoader.load(path: Fixtures.bank + "/cas/appel-police.yaml", bank: bank)
    #expect(notASession.plan == nil)
    #expect(notASession.diagnostics.map(\.message) == ["ce fichier n'est pas une séance : une séance commence par « seance: »"])
    let missing = SeanceLoader.load(path: Fixtures.root + "/absent.yaml", bank: bank)
    #expect(missing.diagnostics.map(\.message) == ["fichier introuvable ou illisible"])
  }
}
