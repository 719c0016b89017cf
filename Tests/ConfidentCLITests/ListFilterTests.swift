import ConfidentContent
import Testing

@testable import ConfidentCLI

@Suite("confident cas [point|mots]")
struct ListFilterTests {
  static let bank = BankLoader.load(paths: [GeneratedDocumentationTests.fixtures]).bank

  func listed(_ arguments: [String]) throws -> [String] {
    let command = try #require(try ConfidentCommand.parseAsRoot(["cas"] + arguments) as? ListCases)
    return command.selected(Self.bank).map(\.id)
  }

  @Test func aProgrammePointListsItsCasesAndThoseBelowIt() throws {
    #expect(try listed(["I.4"]) == ["police-puis-juge"])
    // In the programme order of their first point, as the shell numbers them.
    #expect(try listed(["ii.3"]) == ["police-puis-juge", "appel-police"])
  }

  @Test func otherWordsSearchTitlesAsTheShellDoes() throws {
    #expect(try listed(["juge", "instruction"]) == ["police-puis-juge"])
    #expect(try listed(["huissier"]) == [])
  }

  @Test func withoutFilterEveryCaseIsListed() throws {
    #expect(try listed([]).sorted() == ["appel-police", "police-puis-juge"])
  }
}
