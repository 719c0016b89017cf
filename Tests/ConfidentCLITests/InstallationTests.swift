import ConfidentContent
import ConfidentCore
import Foundation
import Testing

@testable import ConfidentCLI

/// A temporary install prefix: `bin/confident` (an empty stand-in) and, on request, the bundled
/// cases under `share/confident/Scenarios`, a `Scenarios` beside the binary, and a decoy
/// `Scenarios` above the prefix.
private struct Prefix {
  let root: URL
  var prefix: URL { root.appendingPathComponent("usr") }
  var executable: URL { prefix.appendingPathComponent("bin/confident") }
  var shared: String { prefix.appendingPathComponent("share/confident/Scenarios").path }

  init(shared: Bool, beside: Bool = false, decoyAbove: Bool = true) throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent("prefix-\(UUID().uuidString)")
    let manager = FileManager.default
    try manager.createDirectory(at: executable.deletingLastPathComponent(), withIntermediateDirectories: true)
    _ = manager.createFile(atPath: executable.path, contents: Data())
    if shared { try manager.createDirectory(atPath: self.shared, withIntermediateDirectories: true) }
    if beside {
      try manager.createDirectory(at: executable.deletingLastPathComponent().appendingPathComponent("Scenarios"), withIntermediateDirectories: true)
    }
    if decoyAbove { try manager.createDirectory(at: root.appendingPathComponent("Scenarios"), withIntermediateDirectories: true) }
  }
}

@Suite("Where the bundled cases are found")
struct ScenarioLocationTests {
  @Test func anInstalledBinaryUsesShareConfidentBeforeAnyScenariosFolderAboveIt() throws {
    let prefix = try Prefix(shared: true)
    #expect(ScenarioLocation.default(environment: [:], executable: prefix.executable) == prefix.shared)
  }

  @Test func aScenariosFolderBesideTheBinaryComesFirst() throws {
    let prefix = try Prefix(shared: true, beside: true)
    let beside = prefix.executable.deletingLastPathComponent().appendingPathComponent("Scenarios").path
    #expect(ScenarioLocation.default(environment: [:], executable: prefix.executable) == beside)
  }

  @Test func aSymbolicLinkToTheBinaryFindsTheBinarysCases() throws {
    let prefix = try Prefix(shared: true)
    let link = prefix.root.appendingPathComponent("elsewhere/confident")
    try FileManager.default.createDirectory(at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: prefix.executable)
    #expect(ScenarioLocation.default(environment: [:], executable: link) == prefix.shared)
  }

  @Test func withNothingInstalledTheExpectedInstalledPathIsNamedNotTheCurrentDirectory() throws {
    let prefix = try Prefix(shared: false, decoyAbove: false)
    let found = ScenarioLocation.default(environment: [:], executable: prefix.executable)
    #expect(found == prefix.shared)
    #expect(found.hasPrefix("/"))
  }

  @Test func theEnvironmentVariableWins() throws {
    let prefix = try Prefix(shared: true)
    #expect(ScenarioLocation.default(environment: ["CONFIDENT_SCENARIOS": "/ailleurs"], executable: prefix.executable) == "/ailleurs")
  }
}

@Suite("confident --version")
struct VersionTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  @Test func itNamesTheProgramThenTheBanksVersionItsCasesAndItsFolder() {
    let path = Self.repository.appendingPathComponent("Scenarios").path
    let report = BankLoader.load(paths: [path])
    let version = report.bank.version ?? "?"
    #expect(VersionText.render(program: "9.8.7", report: report, path: path)
      == "confident 9.8.7\nbanque de cas \(version) : \(report.bank.cases.count) cas (\(path))\n")
  }

  @Test func aBankWithoutVersionOrNoBankAtAllIsSaidSo() {
    let fixtures = Self.repository.appendingPathComponent("Tests/Fixtures/bank").path
    #expect(VersionText.render(program: "1.0", report: BankLoader.load(paths: [fixtures]), path: fixtures)
      == "confident 1.0\nbanque de cas sans version : 2 cas (\(fixtures))\n")
    #expect(VersionText.render(program: "1.0", report: BankLoader.load(paths: ["/nulle-part"]), path: "/nulle-part")
      == "confident 1.0\nbanque de cas introuvable : /nulle-part\n")
  }

  @Test func theBankOptionsAreFoundAnywhereOnTheLine() {
    let options = BankOptions.found(
      in: ["jouer", "x", "--seed", "3", "--scenarios=/a", "--data-dir", "/d", "--scenarios", "/b", "--version"])
    #expect(options.scenarios == ["/a", "/b"])
    #expect(options.dataDirectory == "/d")
  }
}

/// Serialized: argument-parser keeps the shell a completion is for in a global, which a
/// concurrent script generation would change under a completion answer.
@Suite("Completion scripts and the manual page", .serialized)
struct GeneratedDocumentationTests {
  static let fixtures = VersionTests.repository.appendingPathComponent("Tests/Fixtures/bank").path

  /// What the completion scripts ask `confident` for the argument `name` of `command`, the
  /// typed words ending with `prefix`.
  func complete(_ command: String, _ name: String, typed prefix: String) throws -> [String] {
    let data = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
    let words = ["confident", command, "--scenarios", Self.fixtures, "--data-dir", data, prefix]
    let arguments = ["---completion", command, "--", name, String(words.count - 1), String(prefix.count)] + words
    let answer = try #require(ConfidentCommand.generatedText(for: arguments))
    return answer.split(separator: "\n").map(String.init)
  }

  /// `--scenarios` adds its folder to the bundled bank: both banks' ids are offered.
  @Test func completionOffersCaseIDsProgrammePointsAndReferenceIDsFromTheBundledAndAddedBanks() throws {
    let all = try complete("jouer", "positional@0", typed: "")
    #expect(Set(["appel-police", "police-puis-juge", "huissier-revenu-integration"]).isSubset(of: all))
    #expect(try complete("jouer", "positional@0", typed: "police-p") == ["police-puis-juge"])
    #expect(try complete("jouer", "positional@0", typed: "huissier-revenu") == ["huissier-revenu-integration"])
    #expect(try complete("cas", "positional@0", typed: "II.3.pol") == ["II.3.police"])
    #expect(try complete("reference", "positional@0", typed: "cp-458b") == ["cp-458bis"])
    #expect(try complete("reference", "positional@0", typed: "consen") == ["consentement"])
  }

  @Test(arguments: ["bash", "zsh", "fish"])
  func theCompletionFlagReachesArgumentParser(shell: String) throws {
    let script = try #require(ConfidentCommand.generatedText(for: ["--generate-completion-script", shell]))
    #expect(script.contains("---completion jouer"))
    #expect(script.contains("verifier"))
  }

  @Test func theManualPageIsASCIIRoffWithEveryCommandAndOption() {
    let page = ManualPage.render()
    #expect(page.hasPrefix(".TH \"CONFIDENT\" \"1\" \"\" \"confident \(confidentVersion)\""))
    let nonASCII = page.unicodeScalars.filter { !$0.isASCII }
    #expect(nonASCII.isEmpty)
    for doc in FrenchHelp.commands where doc.command != Shell.self {
      #expect(page.contains(".TP\n\\fB\(doc.name)\\fR"), "\(doc.name)")
      for option in doc.options {
        let flag = option.flags.split(separator: " ").first.map(String.init) ?? option.flags
        #expect(page.contains("\\fB" + flag.replacingOccurrences(of: "-", with: "\\-") + "\\fR"), "\(flag)")
      }
    }
    // « Liste les cas » with its accents escaped, and the French spaces kept with the word.
    #expect(page.contains("r\\[u00E9]f\\[u00E9]rence"))
    #expect(page.contains("Alias\\~: list"))
  }
}
