import Foundation
import Testing

/// The author's commands as a new author types them: `nouveau`, `verifier`, `jouer --auteur`,
/// `--scenarios` added to the bundled bank (the fixture bank stands for it), `exporter`.
@Suite("Author commands")
struct AuthorCommandTests {
  /// `nouveau` then every placeholder replaced: a case ready to check.
  func writtenCase(in folder: TemporaryDirectory) throws -> String {
    let path = folder.path + "/mes-cas/voisin.yaml"
    let run = try Confident.run(["nouveau", "voisin", "--sortie", path])
    #expect(run.status == 0)
    #expect(run.output == """
      Squelette écrit : \(path)
      Remplacez chaque « À COMPLÉTER », puis :
        confident verifier \(path)
        confident jouer voisin --scenarios \(folder.path)/mes-cas --auteur

      """)
    let skeleton = try String(contentsOfFile: path, encoding: .utf8)
    try skeleton.replacingOccurrences(of: "À COMPLÉTER", with: "Texte").write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test func aNewCaseIsCheckedAgainstTheBundledCataloguesAndCountedAlone() throws {
    let folder = try TemporaryDirectory()
    let path = try writtenCase(in: folder)
    let run = try Confident.run(["verifier", path])
    #expect(run.status == 0)
    #expect(run.output == "1 fichier vérifié (catalogues livrés), 1 cas valide : 0 erreur, 0 avertissement.\n")
  }

  @Test func nouveauNeverReplacesAFile() throws {
    let folder = try TemporaryDirectory()
    let path = try writtenCase(in: folder)
    let again = try Confident.run(["nouveau", "voisin", "--sortie", path])
    #expect(again.status == 1)
    #expect(again.errors == "confident : « \(path) » existe déjà : il est laissé intact (choisissez un autre nom avec --sortie).\n")
  }

  @Test func aLocalFolderPlaysBesideTheBundledCasesWithTheAuthorNotes() throws {
    let folder = try TemporaryDirectory()
    _ = try writtenCase(in: folder)
    let run = try Confident.run(["jouer", "voisin", "--scenarios", folder.path + "/mes-cas", "--auteur"], input: "a\n1\n")
    #expect(run.status == 0)
    #expect(run.output.contains("[auteur] Note du formateur : Texte : ce qu'il faut débattre en groupe"))
    #expect(run.output.contains("[auteur] Corrigé : a) correct → fin · b) acceptable → fin · c) incorrect → fin"))
    #expect(run.output.contains("✓ Bonne décision (2/2)"))
    let list = try Confident.run(["cas", "--scenarios", folder.path + "/mes-cas"])
    for id in ["appel-police", "police-puis-juge", "voisin"] { #expect(list.output.contains("— \(id) ·"), "\(list.output)") }
  }

  @Test func verifierSansCouvertureLeavesOutTheCoverageTable() throws {
    let with = try Confident.run(["verifier", Confident.bank])
    #expect(with.output.contains("Cas par point du programme"))
    let without = try Confident.run(["verifier", "--sans-couverture", Confident.bank])
    #expect(!without.output.contains("Cas par point du programme"))
    #expect(without.output.hasSuffix("fichiers vérifiés, 2 cas valides : 0 erreur, 1 avertissement.\n"), "the step warning stays; only coverage goes")
  }

  @Test func exporterWritesTheFileAndSaysWhatItWrote() throws {
    let folder = try TemporaryDirectory()
    let path = folder.path + "/banque.xml"
    let run = try Confident.run(["exporter", "--format", "moodle-xml", "--sortie", path])
    #expect(run.status == 0)
    #expect(run.output.isEmpty)
    #expect(run.errors == "6 questions (2 cas) exportées au format Moodle XML dans \(path).\n")
    #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- Confident "))
    let gift = try Confident.run(["export", "--format", "gift", "--cas", "appel-police"])
    #expect(gift.output.contains("::appel-police/appel::[html]"))
  }

  @Test func theResultsCSVOfAnEmptyDataFolderIsItsHeaderAndCreatesNoStore() throws {
    let data = try TemporaryDirectory()
    let path = data.path + "/resultats.csv"
    let run = try Confident.run(["exporter", "--format", "csv", "--sortie", path], environment: ["CONFIDENT_HOME": data.path])
    #expect(run.status == 0)
    #expect(run.errors == "0 réponse exportée en CSV dans \(path).\n")
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF] + Array("date,mode,session,cas,titre,".utf8)), "a BOM, then the header")
    #expect(!FileManager.default.fileExists(atPath: data.path + "/progress.sqlite"))
  }

  @Test func exporterRefusesAnUnknownCaseOrFormatInFrench() throws {
    let unknown = try Confident.run(["exporter", "--format", "gift", "--cas", "nulle-part"])
    #expect(unknown.status == 1)
    #expect(unknown.errors == "confident : cas inconnu : « nulle-part » (« confident cas » les liste).\n")
    let format = try Confident.run(["exporter", "--format", "pdf"])
    #expect(format.status != 0)
    #expect(format.errors.hasPrefix("confident : valeur invalide : « pdf »"))
  }
}
