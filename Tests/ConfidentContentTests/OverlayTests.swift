import ConfidentContent
import ConfidentCore
import Foundation
import Testing

/// `--scenarios` adds local folders to the bundled bank (here the fixture bank stands for it).
@Suite("Local folders added to the bundled bank")
struct OverlayTests {
  static let localCase = """
    id: cas-local
    title: Un cas local
    points: [II.3.police]
    level: 1
    law_date: 2026-11-27
    situation: Une situation.
    steps:
      - id: seule
        question: Que faites-vous ?
        options:
          - {text: A, verdict: correct, feedback: Oui.}
          - {text: B, verdict: incorrect, feedback: Non.}
          - {text: C, verdict: acceptable, feedback: Bof.}
        ground: {accepted: [secret], explanation: Parce que.}
    trainer_note: Note.
    """

  func folder(_ files: [String: String]) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for (name, text) in files { try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8) }
    return folder
  }

  @Test func aLocalCaseUsesTheBundledCataloguesWithoutCopyingThem() throws {
    let local = try folder(["cas-local.yaml": Self.localCase])
    let report = BankLoader.load(bundled: Fixtures.bank, added: [local])
    #expect(report.diagnostics.map(\.description) == [])
    #expect(report.bank.cases.map(\.id).sorted() == ["appel-police", "cas-local", "police-puis-juge"])
    #expect(report.bank.grounds.map(\.id) == ["secret", "temoignage", "consentement"])
  }

  @Test func aLocalCaseWithABundledIdReplacesItWithAWarning() throws {
    let bundled = try String(contentsOfFile: Fixtures.bank + "/cas/appel-police.yaml", encoding: .utf8)
    let edited = bundled.replacingOccurrences(of: "title: Un policier téléphone pour une adresse", with: "title: Ma version")
    let local = try folder(["appel.yaml": edited])
    let report = BankLoader.load(bundled: Fixtures.bank, added: [local])
    #expect(report.overrides.map(\.description) == [
      "\(local)/appel.yaml:1:5: avertissement: le cas « appel-police » remplace celui de la banque livrée (\(Fixtures.bank)/cas/appel-police.yaml:1:5)"
    ])
    #expect(report.diagnostics.errorCount == 0)
    #expect(report.bank.cases.filter { $0.id == "appel-police" }.map(\.title) == ["Ma version"])
  }

  @Test func anIdenticalCopyReplacesSilently() throws {
    let bundled = try String(contentsOfFile: Fixtures.bank + "/catalogue/grounds.yaml", encoding: .utf8)
    let local = try folder(["grounds.yaml": bundled, "cas-local.yaml": Self.localCase])
    let report = BankLoader.load(bundled: Fixtures.bank, added: [local])
    #expect(report.diagnostics.map(\.description) == [])
    #expect(report.bank.grounds.map(\.id) == ["secret", "temoignage", "consentement"])
  }

  @Test func aReplacedGroundKeepsItsBundledPlace() throws {
    let local = try folder([
      "grounds.yaml": """
        grounds:
          - id: temoignage
            label: Témoignage (version locale)
            summary: Autre résumé.
          - id: nouveau-fondement
            label: Un fondement local
            summary: Nouveau.
        """
    ])
    let report = BankLoader.load(bundled: Fixtures.bank, added: [local])
    #expect(report.bank.grounds.map(\.id) == ["secret", "temoignage", "consentement", "nouveau-fondement"])
    #expect(report.bank.ground("temoignage")?.label == "Témoignage (version locale)")
    #expect(report.overrides.map(\.message) == [
      "le fondement « temoignage » remplace celui de la banque livrée (\(Fixtures.bank)/catalogue/grounds.yaml:8:9)"
    ])
  }

  @Test func theFingerprintChangesWhenAFileIsEdited() throws {
    let local = try folder(["cas-local.yaml": Self.localCase])
    let before = BankFingerprint(paths: [local])
    #expect(BankFingerprint(paths: [local]) == before)
    try (Self.localCase + "\n# modifié\n").write(toFile: local + "/cas-local.yaml", atomically: true, encoding: .utf8)
    #expect(BankFingerprint(paths: [local]) != before)
  }
}

extension OverlayTests {
  @Test func aLocalFolderWithItsOwnGroundIsCheckedAgainstTheOtherBundledCatalogues() throws {
    let local = try folder([
      "grounds.yaml": """
        grounds:
          - id: voisinage
            label: Un fondement local
            summary: Nouveau.
        """,
      "cas-local.yaml": Self.localCase.replacingOccurrences(of: "accepted: [secret]", with: "accepted: [voisinage, secret]"),
    ])
    let report = BankLoader.load(paths: [local], catalogueFallback: Fixtures.bank)
    #expect(report.diagnostics.map(\.description) == [])
    #expect(report.usedFallbackCatalogues)
    #expect(report.checkedFiles == [local + "/cas-local.yaml", local + "/grounds.yaml"])
    #expect(report.bank.grounds.map(\.id).sorted() == ["consentement", "secret", "temoignage", "voisinage"])
  }
}
