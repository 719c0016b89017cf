import Foundation
import Testing

@testable import ConfidentContent

/// The composer that replaced Yams' (issue #7, point 5): the same tree, the same refusals, in
/// the order Yams' composer reported them after the alias pass.
@Suite("YAML composer")
struct YAMLComposerTests {
  private func compose(_ text: String) -> Result<YAMLNode?, YAMLComposer.Failure> {
    YAMLComposer.compose(Array(text.utf8))
  }

  private func messages(_ text: String) -> [String] {
    FileDecoder.decode(path: "x.yaml", data: Data(text.utf8)).diagnostics.final(file: "x.yaml").map {
      "\($0.line):\($0.column): \($0.message)"
    }
  }

  @Test func mappingsListsAndScalarsKeepTheirOrderAndPositions() throws {
    let root = try #require(try compose("id: a\nsteps:\n  - x\n  - { k: v }\n").get())
    let mapping = try #require(root.mapping)
    #expect(mapping.pairs.map { $0.key.string } == ["id", "steps"])
    #expect(mapping["id"]?.string == "a")
    let steps = try #require(mapping["steps"]?.sequence?.elements)
    #expect(steps.count == 2)
    #expect(steps[0].string == "x")
    #expect(steps[0].mark == Mark(line: 3, column: 5))
    #expect(steps[1].mapping?["k"]?.string == "v")
    #expect(steps[1].mark == Mark(line: 4, column: 5))
  }

  @Test func onlyPlainOrTaggedNullsAreNull() throws {
    let root = try #require(try compose("a: ~\nb: null\nc: \"null\"\nd: !!null x\ne:\nf: ''\n").get()?.mapping)
    #expect(["a", "b", "d", "e"].allSatisfy { root[$0].map(isNull) == true })
    #expect(["c", "f"].allSatisfy { root[$0].map(isNull) == false })
  }

  @Test func anEmptyStreamHasNoRoot() throws {
    #expect(try compose("").get() == nil)
    #expect(try compose("# rien\n").get() == nil)
  }

  @Test func aDuplicateKeyIsReportedAtItsSecondOccurrenceTheSmallestFirst() {
    #expect(messages("b: 1\na: 1\nb: 2\na: 2\n") == ["4:1: clé en double : « a » (une clé ne peut figurer qu'une fois par niveau)"])
  }

  @Test func aDuplicateKeyInALargeMappingIsFoundToo() {
    let keys = (0..<40).map { "k\($0): v" }.joined(separator: "\n")
    #expect(messages(keys + "\nk7: again\n") == ["41:1: clé en double : « k7 » (une clé ne peut figurer qu'une fois par niveau)"])
  }

  @Test func theFirstMappingToCloseWithADuplicateIsTheOneReported() {
    let text = "outer:\n  z: 1\n  z: 2\nx: 1\nx: 2\n"
    #expect(messages(text) == ["3:3: clé en double : « z » (une clé ne peut figurer qu'une fois par niveau)"])
  }

  @Test func anAliasAfterADuplicateKeyIsStillTheProblemReported() {
    let found = messages("a: 1\na: 2\nb: &x 1\nc: *x\n")
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix("4:4: alias YAML « *x » refusé") == true, "\(found)")
  }

  @Test func aDuplicateKeyInAMappingClosedBeforeASyntaxErrorIsTheProblemReported() {
    #expect(messages("m:\n  a: 1\n  a: 2\nb: [1, 2\n") == ["3:3: clé en double : « a » (une clé ne peut figurer qu'une fois par niveau)"])
    // A mapping still open at the error has not been checked for duplicates yet.
    #expect(messages("a: 1\na: 2\nb: [1, 2\n") == ["4:1: syntaxe YAML : « , » ou « ] » attendu dans la liste entre crochets"])
  }

  @Test func aSecondDocumentIsRefusedAtItsStart() {
    #expect(messages("a: 1\n---\nb: 2\n") == ["2:1: syntaxe YAML : un seul document par fichier (un « --- » en trop ?)"])
  }

  @Test func aControlCharacterIsReportedAtItsByteAfterAccentedText() {
    // The reader's offset is in bytes: « é » is two of them, one column.
    #expect(messages("titre: été\u{7}\n") == ["1:11: caractère de contrôle interdit (octet nul ou autre caractère non imprimable)"])
  }

  /// FileDecoder relies on it: a file libyaml composes is valid UTF-8 (RFC 3629), so only a
  /// refused file is validated again.
  @Test func aFileWithBadUTF8IsNeverComposed() {
    let base = Array("id: cas\ntitle: \"Été\"\n# commentaire é\nsteps: [a, 'b']\nnote: |\n  texte\n".utf8)
    let sequences: [[UInt8]] = [
      [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],
      [0xF0, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0x80], [0xE2, 0x82],
    ]
    var generator = SystemRandomNumberGenerator()
    for round in 0..<6_000 {
      var bytes = base
      let insertions = round < 1_000 ? [sequences[round % sequences.count]]
        : (0..<Int.random(in: 1...3, using: &generator)).map { _ in [UInt8.random(in: 0x80...0xFF, using: &generator)] }
      for insertion in insertions {
        bytes.insert(contentsOf: insertion, at: Int.random(in: 0...bytes.count, using: &generator))
      }
      if String(validating: bytes, as: UTF8.self) == nil, case .success = YAMLComposer.compose(bytes) {
        Issue.record("composed although not UTF-8: \(bytes)")
      }
    }
  }
}
