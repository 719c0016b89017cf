@testable import ConfidentContent
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A bank folder may hold anything a tar archive or a USB key carries: FIFOs, symlinks, hidden
/// files, unreadable folders. Each is reported, never blocks, and never passes as "checked".
@Suite("Hostile bank folders")
struct HostileFolderTests {
  /// A fresh copy of the fixture bank; the caller's paths are inside it.
  static func bankCopy() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bank-" + UUID().uuidString).path
    try FileManager.default.copyItem(atPath: Fixtures.bank, toPath: folder)
    return folder
  }

  static func temporaryFolder() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folder-" + UUID().uuidString).path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }

  /// Diagnostics as `path-relative-to-root:line:col: sévérité: message`.
  static func lines(_ report: LoadReport, root: String) -> [String] {
    report.diagnostics.map { $0.description.replacingOccurrences(of: root + "/", with: "") }
  }

  @Test func aFIFONamedYAMLIsReportedWithoutBlocking() throws {
    let bank = try Self.bankCopy()
    #expect(mkfifo(bank + "/cas/x.yaml", 0o600) == 0)
    #expect(mkfifo(bank + "/pipe", 0o600) == 0)
    #expect(symlink(bank + "/pipe", bank + "/cas/y.yaml") == 0)
    let report = BankLoader.load(paths: [bank])
    #expect(Self.lines(report, root: bank) == [
      "cas/x.yaml:1:1: erreur: fichier illisible (ce n'est pas un fichier ordinaire)",
      "cas/y.yaml:1:1: erreur: fichier illisible (ce n'est pas un fichier ordinaire)",
    ])
    #expect(report.bank.cases.count == 2)
  }

  @Test func aBankReachedThroughASymlinkLoadsInFull() throws {
    let folder = try Self.temporaryFolder()
    #expect(symlink(Fixtures.bank, folder + "/bank") == 0)
    let report = BankLoader.load(paths: [folder + "/bank"])
    #expect(report.diagnostics == [])
    #expect(report.bank.cases.count == 2)
    #expect(report.files.allSatisfy { $0.hasPrefix(folder + "/bank/") })
  }

  @Test func aSymlinkedSubFolderIsReportedAsNotFollowed() throws {
    let bank = try Self.bankCopy()
    let outside = try Self.temporaryFolder()
    #expect(symlink(outside, bank + "/cas/ext") == 0)
    #expect(symlink(bank + "/catalogue", bank + "/cas/interne") == 0)
    let report = BankLoader.load(paths: [bank])
    #expect(Self.lines(report, root: bank) == [
      "cas/ext:1:1: erreur: lien symbolique vers un dossier hors de la banque : refusé, son contenu n'est pas chargé",
      "cas/interne:1:1: avertissement: lien symbolique vers un dossier : non suivi, son contenu n'est pas chargé",
    ])
  }

  @Test func aSymlinkToAFileOutsideTheBankIsRefusedUnread() throws {
    let bank = try Self.bankCopy()
    let secret = try Fixtures.temporaryFile(Array("level: root-secret-token\n".utf8), name: "secret.yaml")
    #expect(symlink(secret, bank + "/cas/s.yaml") == 0)
    #expect(symlink(bank + "/cas/appel-police.yaml", bank + "/cas/lien-interne.yaml") == 0)
    let report = BankLoader.load(paths: [bank])
    #expect(Self.lines(report, root: bank) == [
      "cas/s.yaml:1:1: erreur: lien symbolique vers un fichier hors de la banque : refusé (copiez le fichier dans la banque)"
    ])
    #expect(!report.diagnostics.contains { $0.message.contains("root-secret") })
  }

  @Test func aFolderWithoutScenarioFilesIsAnError() throws {
    let folder = try Self.temporaryFolder()
    let report = BankLoader.load(paths: [folder], catalogueFallback: Fixtures.bank)
    #expect(report.diagnostics.map(\.description) == ["\(folder):1:1: erreur: aucun fichier de scénarios (.yaml ou .yml) dans ce dossier"])
    #expect(report.checkedFiles == [], "borrowed catalogues are not counted as checked")
  }

  @Test func theFileSystemRootIsRefused() {
    let report = BankLoader.load(paths: ["/"])
    #expect(report.diagnostics.map(\.description) == ["/:1:1: erreur: la racine du système de fichiers n'est pas un dossier de scénarios ; indiquez le dossier de la banque"])
  }

  @Test func hiddenFilesAndFoldersAreSkipped() throws {
    let bank = try Self.bankCopy()
    try FileManager.default.createDirectory(atPath: bank + "/.github/workflows", withIntermediateDirectories: true)
    try Data("name: CI\n".utf8).write(to: URL(fileURLWithPath: bank + "/.github/workflows/ci.yml"))
    try Data([0, 5, 22, 7, 0, 2]).write(to: URL(fileURLWithPath: bank + "/cas/._appel-police.yaml"))
    let report = BankLoader.load(paths: [bank])
    #expect(report.diagnostics == [])
    #expect(report.files.count == 5)
  }

  @Test(.enabled(if: geteuid() != 0, "root reads a 000 folder"))
  func anUnreadableSubFolderIsReported() throws {
    let bank = try Self.bankCopy()
    try FileManager.default.createDirectory(atPath: bank + "/cas/prive", withIntermediateDirectories: true)
    #expect(chmod(bank + "/cas/prive", 0) == 0)
    defer { chmod(bank + "/cas/prive", 0o700) }
    let report = BankLoader.load(paths: [bank])
    #expect(Self.lines(report, root: bank) == ["cas/prive:1:1: erreur: dossier illisible (Permission denied) : son contenu n'est pas vérifié"])
  }

  @Test func aPathGivenTwiceIsCheckedOnce() {
    let report = BankLoader.load(paths: [Fixtures.bank, Fixtures.bank, Fixtures.bank + "/cas/appel-police.yaml"])
    #expect(report.diagnostics == [])
    #expect(report.files.count == 5)
    #expect(report.bank.cases.count == 2)
  }

  @Test func catalogueFilesAreListedFirstSoACapNeverDropsThem() throws {
    let report = BankLoader.load(paths: [Fixtures.bank])
    #expect(report.files.map { $0.replacingOccurrences(of: Fixtures.bank + "/", with: "") } == [
      "catalogue/grounds.yaml", "catalogue/programme.yaml", "catalogue/references.yaml",
      "cas/appel-police.yaml", "cas/police-puis-juge.yaml",
    ])
  }

  @Test func aDuplicateCatalogueIDKeepsTheFirstEntry() throws {
    let bank = try Self.bankCopy()
    let grounds = bank + "/catalogue/grounds.yaml"
    let text = try String(contentsOfFile: grounds, encoding: .utf8)
    let copy = "  - id: secret\n    label: Doublon\n    summary: Un doublon du même fichier.\n"
    try (text + (text.hasSuffix("\n") ? "" : "\n") + copy).write(toFile: grounds, atomically: true, encoding: .utf8)
    let line = text.split(separator: "\n", omittingEmptySubsequences: false).count + (text.hasSuffix("\n") ? 0 : 1)
    let report = BankLoader.load(paths: [bank])
    #expect(Self.lines(report, root: bank) == ["catalogue/grounds.yaml:\(line):9: erreur: le fondement « secret » est déjà défini en catalogue/grounds.yaml:2:9"])
    #expect(report.bank.cases.count == 2)
    #expect(report.bank.ground("secret")?.label != "Doublon")
  }
}

@Suite("Bank walker caps")
struct BankWalkerCapTests {
  @Test func theFileCapStopsTheWalkAndKeepsTheCatalogues() {
    let walker = BankWalker(paths: [Fixtures.bank], maximumFileCount: 4)
    #expect(walker.files.map { $0.replacingOccurrences(of: Fixtures.bank + "/", with: "") } == [
      "catalogue/grounds.yaml", "catalogue/programme.yaml", "catalogue/references.yaml", "cas/appel-police.yaml",
    ])
    #expect(walker.diagnostics.map { $0.description.replacingOccurrences(of: Fixtures.bank + "/", with: "") } == [
      "cas/police-puis-juge.yaml:1:1: erreur: trop de fichiers (plus de 4) : seuls les 4 premiers sont lus"
    ])
  }
}
