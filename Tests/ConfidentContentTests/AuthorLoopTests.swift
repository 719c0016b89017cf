import ConfidentContent
import Foundation
import Testing

/// The author's loop: the documentation's example, graph checks beside other errors.
@Suite("Writing a case")
struct AuthorLoopTests {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The first ```yaml block of `docs/scenario-format.md` that starts with `id:`.
  static func documentedExample() throws -> String {
    let text = try String(contentsOf: packageRoot.appendingPathComponent("docs/scenario-format.md"), encoding: .utf8)
    let blocks = text.components(separatedBy: "```yaml\n").dropFirst().map { $0.components(separatedBy: "\n```")[0] }
    return try #require(blocks.first { $0.hasPrefix("id:") })
  }

  @Test func theAnnotatedExampleOfTheDocsPassesTheChecker() throws {
    let path = try Fixtures.temporaryFile(Array(try Self.documentedExample().utf8), name: "exemple.yaml")
    let bundled = Self.packageRoot.appendingPathComponent("Scenarios").path
    let report = BankLoader.load(paths: [path], catalogueFallback: bundled)
    #expect(report.diagnostics.map(\.description) == [])
    let example = try #require(report.bank.case("police-adresse-telephone"))
    #expect(example.steps.map(\.id) == ["appel", "requisition"])
    #expect(example.steps[0].options[0].text == "Je donne l'adresse : c'est une information administrative.")
  }

  @Test func theDocsWarnAboutTheColonBeforeTheExample() throws {
    let text = try String(contentsOf: Self.packageRoot.appendingPathComponent("docs/scenario-format.md"), encoding: .utf8)
    let warning = try #require(text.range(of: "Attention au deux-points"))
    let example = try #require(text.range(of: "id: police-adresse-telephone"))
    #expect(warning.lowerBound < example.lowerBound)
  }

  @Test func graphErrorsAreReportedBesideTheOtherErrorsOfTheFile() {
    #expect(Fixtures.lint("invalid/graph-with-errors.yaml") == [
      "invalid/graph-with-errors.yaml:4:8: erreur: « level » doit être un nombre entier de 1 à 3, valeur trouvée : « 9 »",
      "invalid/graph-with-errors.yaml:11:9: erreur: champ obligatoire « feedback » manquant dans l'option a",
      "invalid/graph-with-errors.yaml:13:15: erreur: « next » mène à une étape inconnue : « ailleurs »",
      "invalid/graph-with-errors.yaml:18:18: erreur: « verdict » doit valoir correct, acceptable, incorrect ; valeur trouvée : « faux »",
      "invalid/graph-with-errors.yaml:23:9: erreur: l'étape « perdue » est inatteignable : aucune option n'y mène",
      "invalid/graph-with-errors.yaml:36:7: erreur: champ obligatoire « accepted » manquant dans « ground »",
    ])
  }
}
