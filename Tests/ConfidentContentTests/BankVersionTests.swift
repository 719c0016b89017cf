import ConfidentContent
import Foundation
import Testing

@Suite("The bank's version")
struct BankVersionTests {
  static let points = """
    programme:
      - id: I
        title: Cadre légal
    """

  /// A folder holding the given files (name → text), for one load.
  func bank(_ files: [String: String]) throws -> String {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    for (name, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/" + name)) }
    return root
  }

  func messages(_ report: LoadReport, relativeTo root: String) -> [String] {
    report.diagnostics.map { $0.description.replacingOccurrences(of: root + "/", with: "") }
  }

  @Test(arguments: ["version: \"2026.12\"\n" + points, points + "\nversion: 2026.12\n"])
  func theProgrammeFileGivesTheVersionBeforeOrAfterItsList(text: String) throws {
    let report = BankLoader.load(paths: [try bank(["programme.yaml": text])])
    #expect(report.diagnostics.isEmpty)
    #expect(report.bank.version == "2026.12")
    #expect(report.bank.programme.map(\.id) == ["I"])
  }

  @Test func aBankWithoutVersionLoadsWithNone() throws {
    let report = BankLoader.load(paths: [try bank(["programme.yaml": Self.points])])
    #expect(report.diagnostics.isEmpty)
    #expect(report.bank.version == nil)
  }

  @Test func aMalformedVersionIsAnErrorAtItsPosition() throws {
    let root = try bank([
      "a.yaml": "version: [2026]\n" + Self.points,
      "b.yaml": "version: deux mots\n" + Self.points.replacingOccurrences(of: "id: I", with: "id: II"),
    ])
    let report = BankLoader.load(paths: [root])
    #expect(messages(report, relativeTo: root) == [
      "a.yaml:1:10: erreur: « version » doit être un texte, trouvé une liste",
      "b.yaml:1:10: erreur: « version » doit être un identifiant court (lettres, chiffres, « . », « - », « + », « _ » ; 40 caractères au plus), trouvé « deux mots »",
    ])
    #expect(report.bank.version == nil)
  }

  @Test func onlyTheProgrammeMayCarryAVersionAndOnlyOnce() throws {
    let grounds = """
      grounds:
        - id: secret
          label: Secret
          summary: Se taire.
      version: "1"
      """
    let root = try bank([
      "a.yaml": "version: \"1\"\n" + Self.points,
      "b.yaml": "version: \"2\"\n" + Self.points.replacingOccurrences(of: "id: I", with: "id: II"),
      "c.yaml": grounds,
      "d.yaml": Self.points.replacingOccurrences(of: "id: I", with: "id: III") + "\nauteur: moi\n",
    ])
    let report = BankLoader.load(paths: [root])
    #expect(messages(report, relativeTo: root) == [
      "b.yaml:1:10: erreur: la version de la banque est déjà indiquée en a.yaml:1:10",
      "c.yaml:5:1: erreur: un fichier de catalogue ne contient qu'une clé de tête (« grounds ») ; trouvé aussi « version »",
      "d.yaml:4:1: erreur: un fichier de catalogue ne contient qu'une clé de tête (« programme », « themes » et « version ») ; trouvé aussi « auteur »",
    ])
    #expect(report.bank.version == "1")
  }

  @Test func theCacheKeepsTheVersion() throws {
    let root = try bank(["programme.yaml": "version: 3.1-rc\n" + Self.points])
    let cache = root + "/cache"
    _ = BankCache.load(paths: [root], directory: cache)
    let second = BankCache.load(paths: [root], directory: cache)
    #expect(second.cached)
    #expect(second.report.bank.version == "3.1-rc")
  }

  @Test func theBundledBankHasAVersion() {
    let bundled = URL(fileURLWithPath: Fixtures.root).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Scenarios").path
    let version = BankLoader.load(paths: [bundled]).bank.version
    #expect(version?.isEmpty == false)
  }
}
