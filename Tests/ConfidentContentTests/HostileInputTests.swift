import ConfidentContent
import Foundation
import Testing

/// Scenario files travel by mail and USB keys: each hostile shape gets a French diagnostic with
/// its position and never stops the other files from loading.
@Suite("Hostile scenario files")
struct HostileInputTests {
  /// Nine levels of nine aliases: 9⁹ nodes once expanded.
  static func billionLaughs(asKeys: Bool) -> String {
    var lines = [#"a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
    for level in 1...9 {
      lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ",") + "]")
    }
    lines.append(asKeys ? "m:\n  ? *a9\n  : 1\n  ? *a8\n  : 2" : "title: *a9")
    return "id: bombe\n" + lines.joined(separator: "\n") + "\n"
  }

  func check(_ text: String, _ expected: String, name: String = "hostile.yaml") throws {
    try check(Array(text.utf8), expected, name: name)
  }

  func check(_ bytes: [UInt8], _ expected: String, name: String = "hostile.yaml") throws {
    let path = try Fixtures.temporaryFile(bytes, name: name)
    let report = BankLoader.load(paths: [Fixtures.bank, path])
    let own = report.diagnostics.filter { $0.file == path }.map { "\($0.line):\($0.column): \($0.message)" }
    #expect(own == [expected])
    #expect(report.bank.cases.count == 2, "the good files still load")
  }

  @Test func anAliasBombInValuesIsRefusedBeforeExpansion() throws {
    try check(Self.billionLaughs(asKeys: false), "3:10: alias YAML « *a0 » refusé : les ancres et alias (&, *) ne sont pas acceptés dans les scénarios")
  }

  @Test func anAliasBombInKeysIsRefusedBeforeExpansion() throws {
    try check(Self.billionLaughs(asKeys: true), "3:10: alias YAML « *a0 » refusé : les ancres et alias (&, *) ne sont pas acceptés dans les scénarios")
  }

  @Test func starsAndAmpersandsInProseAreNotAliases() throws {
    let path = try Fixtures.temporaryFile(Array("""
      id: prose
      title: "R&D et *important*"
      """.utf8))
    let report = BankLoader.load(paths: [path], catalogueFallback: Fixtures.bank)
    #expect(!report.diagnostics.contains { $0.message.contains("alias") })
  }

  @Test func deepFlowNestingIsRefused() throws {
    try check("id: profond\ntitle: " + String(repeating: "[", count: 100_000) + "\n", "2:9: syntaxe YAML : imbrication trop profonde (plus de 1000 niveaux)")
  }

  @Test func deepBlockNestingIsRefused() throws {
    let lines = (1..<1100).map { String(repeating: " ", count: $0) + "- " }.joined(separator: "\n")
    try check("id: profond\nsteps:\n" + lines + "\n", "1001:1000: syntaxe YAML : imbrication trop profonde (plus de 1000 niveaux)")
  }

  @Test func aNulByteIsAControlCharacterError() throws {
    try check(Array("id: nul\ntitle: a".utf8) + [0] + Array("b\n".utf8), "2:9: caractère de contrôle interdit (octet nul ou autre caractère non imprimable)")
  }

  @Test func invalidUTF8IsReportedAtItsByte() throws {
    try check(Array("id: x\nsituation: ok\ntitle: ".utf8) + [0xC3, 0x28] + Array("\n".utf8), "3:8: le fichier n'est pas en UTF-8 (octet invalide)")
  }

  @Test func escapeSequencesInTextLoadAsDataAndAreNeutralisedOnlyWhenShown() throws {
    let original = try String(contentsOfFile: Fixtures.bank + "/cas/appel-police.yaml", encoding: .utf8)
    let hostile = original
      .replacingOccurrences(of: "id: appel-police", with: "id: echappement")
      .replacingOccurrences(
        of: "title: Un policier téléphone pour une adresse",
        with: "title: \"\\e]0;pirate\\a\\e[2JUn policier téléphone pour une adresse\"")
    let path = try Fixtures.temporaryFile(Array(hostile.utf8))
    let report = BankLoader.load(paths: [path], catalogueFallback: Fixtures.bank)
    let title = try #require(report.bank.case("echappement")?.title)
    #expect(title.contains("\u{1B}"))
    #expect(title.neutralized == "Un policier téléphone pour une adresse")
  }

  /// The outside test's 506-byte file: anchors right after the `:` of JSON-style keys.
  static func flowBillionLaughs() -> String {
    var pairs = [#""a0":&a0 ["# + Array(repeating: #""l""#, count: 9).joined(separator: ",") + "]"]
    for level in 1..<10 {
      pairs.append(#""a\#(level)":&a\#(level) ["# + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ",") + "]")
    }
    return #"{"id":"b", "# + pairs.joined(separator: ", ") + #", "m": {*a9: 1}}"# + "\n"
  }

  @Test func anAliasBombWithAnchorsAfterFlowKeysIsRefusedInUnderTwoSeconds() throws {
    let start = ContinuousClock.now
    try check(Self.flowBillionLaughs(), "1:70: alias YAML « *a0 » refusé : les ancres et alias (&, *) ne sont pas acceptés dans les scénarios")
    #expect(ContinuousClock.now - start < .seconds(2))
  }

  @Test func anAnchorAfterAFlowKeyInASequenceIsSeenToo() throws {
    try check(#"["k":&a [1, 2], "j": *a]"# + "\n", "1:22: alias YAML « *a » refusé : les ancres et alias (&, *) ne sont pas acceptés dans les scénarios")
  }

  @Test func aFloodOfBadItemsKeepsFiftyDiagnosticsAndCountsTheRest() throws {
    let count = 100_000
    let text = "id: x\npoints: [" + Array(repeating: "a_", count: count).joined(separator: ",") + "]\n"
    let path = try Fixtures.temporaryFile(Array(text.utf8))
    let report = BankLoader.load(paths: [path], catalogueFallback: Fixtures.bank)
    let own = report.diagnostics.filter { $0.file == path }
    #expect(own.count == BankLoader.maximumDiagnosticsPerFile + 1)
    let omitted = 2 * count + 6 - BankLoader.maximumDiagnosticsPerFile
    #expect(own.last?.message == "… et \(omitted) autres problèmes dans ce fichier (\(omitted) erreurs, 0 avertissement) : seuls les 50 premiers sont indiqués")
    #expect(report.errorTotal == 2 * count + 6)
    #expect(report.skipped.first?.errorCount == 2 * count + 6)
  }

  @Test func aUTF8ByteOrderMarkIsAcceptedAndColumnsStayRight() throws {
    let original = try String(contentsOfFile: Fixtures.bank + "/cas/appel-police.yaml", encoding: .utf8)
    let path = try Fixtures.temporaryFile([0xEF, 0xBB, 0xBF] + Array(original.replacingOccurrences(of: "id: appel-police", with: "id: Bom").utf8))
    let report = BankLoader.load(paths: [path], catalogueFallback: Fixtures.bank)
    #expect(report.diagnostics.map { "\($0.line):\($0.column): \($0.message)" } == [
      "1:5: identifiant mal formé : « Bom » (minuscules, chiffres et tirets, ex. « police-adresse »)"
    ])
  }

  @Test func aSurrogateIsReportedAtItsByte() throws {
    let lines = Array("id: x\ntitle: \"A".utf8) + [0xED, 0xA0, 0x80] + Array("B\"\n".utf8) + Array(repeating: UInt8(ascii: "\n"), count: 28)
    try check(lines, "2:10: le fichier n'est pas en UTF-8 (octet invalide)")
  }

  @Test func anOverlongSequenceIsReportedAtItsByte() throws {
    try check(Array("id: x\nsituation: ok\ntitle: ".utf8) + [0xE0, 0x80, 0x80] + Array("\n".utf8), "3:8: le fichier n'est pas en UTF-8 (octet invalide)")
  }

  @Test func aCodePointAboveU10FFFFIsReportedAtItsByte() throws {
    try check(Array("id: x\ntitle: ".utf8) + [0xF4, 0x90, 0x80, 0x80] + Array("\n".utf8), "2:8: le fichier n'est pas en UTF-8 (octet invalide)")
  }

  @Test func aLargeFileWithTooManyNodesIsRefusedBeforeComposing() throws {
    let text = "id: x\npoints: [" + Array(repeating: "a_", count: 200_000).joined(separator: ",") + "]\n"
    // Node 150,001: the root, « id », « x », « points », the list, then item 149,996.
    let column = 10 + 3 * (150_000 - 5)
    try check(text, "2:\(column): fichier trop complexe : plus de 150000 éléments YAML (valeurs, listes, dictionnaires) ; découpez-le en plusieurs cas")
  }
}
