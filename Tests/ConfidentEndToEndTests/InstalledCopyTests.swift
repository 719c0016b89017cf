import ConfidentContent
import Foundation
import Testing

/// The built binary copied into a temporary prefix, as `make install PREFIX=…` lays it out.
@Suite("An installed copy")
struct InstalledCopyTests {
  @Test func itFindsItsBundledCasesFromAnotherDirectoryAndIgnoresTheCurrentOnesScenarios() throws {
    let root = try TemporaryDirectory()
    let manager = FileManager.default
    let binary = root.url.appendingPathComponent("usr/bin/confident")
    let shared = root.url.appendingPathComponent("usr/share/confident/Scenarios")
    try manager.createDirectory(at: binary.deletingLastPathComponent(), withIntermediateDirectories: true)
    try manager.createDirectory(at: shared.deletingLastPathComponent(), withIntermediateDirectories: true)
    try manager.copyItem(at: Confident.executable, to: binary)
    try manager.copyItem(atPath: Confident.bank, toPath: shared.path)
    // A colleague's folder with its own `Scenarios`: never read unless named with --scenarios.
    let work = root.url.appendingPathComponent("travail")
    try manager.createDirectory(at: work.appendingPathComponent("Scenarios"), withIntermediateDirectories: true)
    _ = try root.write("id: leurre\n", to: "travail/Scenarios/leurre.yaml")

    // The helper points CONFIDENT_SCENARIOS at the fixture bank; empty, it is ignored, so the
    // copy has to find its own `share/confident/Scenarios`.
    let installed = ["CONFIDENT_SCENARIOS": ""]
    let version = try Confident.run(["--version"], environment: installed, program: binary, directory: work)
    #expect(version.status == 0)
    #expect(version.output.split(separator: "\n").last == "banque de cas sans version : 2 cas (\(shared.path))")

    let list = try Confident.run(["cas", "--json"], environment: installed, program: binary, directory: work)
    #expect(list.status == 0)
    #expect(list.errors == "")
    let cases = try #require(JSONSerialization.jsonObject(with: Data(list.output.utf8)) as? [[String: Any]])
    #expect(cases.compactMap { $0["id"] as? String }.sorted() == ["appel-police", "police-puis-juge"])
  }
}
