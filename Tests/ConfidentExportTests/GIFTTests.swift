import ConfidentCore
import Foundation
import Testing

@testable import ConfidentExport

/// The GIFT export, read back with a reader written from Moodle's GIFT documentation.
@Suite("GIFT export")
struct GIFTTests {
  let bank = ExportFixtures.bank

  func questions(_ ids: [String]? = nil) throws -> [GIFTReader.Question] {
    let cases = ids.map { $0.compactMap(bank.case) } ?? bank.cases
    return try GIFTReader.read(Exporter.export(cases, bank: bank, format: .gift).text)
  }

  @Test func eachStepGivesTwoQuestionsUnderItsCategory() throws {
    let read = try questions()
    let expected = bank.cases.flatMap { item in item.steps.flatMap { ["\(item.id)/\($0.id)", "\(item.id)/\($0.id)/fondement"] } }
    #expect(Set(read.map(\.name)) == Set(expected))
    #expect(read.count == expected.count)
    let juge = try #require(read.first { $0.name == "police-puis-juge/juge" })
    #expect(juge.category == "$course$/Confident/I.4.temoignage")
    let appel = try #require(read.first { $0.name.hasPrefix("appel-police/") })
    #expect(appel.category == "$course$/Confident/II.3.police")
    #expect(read.allSatisfy { $0.format == "html" })
  }

  @Test func weightsFollowTheVerdictsAndEveryAnswerHasItsFeedback() throws {
    let read = try questions(["police-puis-juge"])
    let police = try #require(read.first { $0.name == "police-puis-juge/police" })
    #expect(police.answers.map(\.weight) == [100, 0, 50])
    #expect(police.answers.map { ExportFixtures.plainText($0.text) } == ["Je refuse.", "Je réponds.", "Je demande l'accord de M. Martin."])
    #expect(police.answers.map { ExportFixtures.plainText($0.feedback) } == [
      "Bonne décision. Pas d'exception.", "Décision à revoir. Violation du secret.",
      "Décision acceptable. L'accord ne suffit pas toujours.",
    ])
    #expect(ExportFixtures.plainText(police.generalFeedback) == "Fondement attendu : Le secret s'applique — aucune exception\nLa police n'est pas un juge.")
    let ground = try #require(read.first { $0.name == "police-puis-juge/juge/fondement" })
    #expect(ground.answers.map(\.weight) == [0, 100, 0])
  }

  @Test func specialCharactersRoundTripThroughGIFTEscapes() throws {
    let read = try questions(["caracteres-speciaux"])
    let item = try #require(bank.case("caracteres-speciaux"))
    let question = try #require(read.first { $0.name == "caracteres-speciaux/signes" })
    #expect(ExportFixtures.plainText(question.text) == [item.title, item.situation.trimmingCharacters(in: .newlines), item.steps[0].question].joined(separator: "\n"))
    #expect(question.answers.map { ExportFixtures.plainText($0.text) } == item.steps[0].options.map(\.text))
    #expect(question.answers.map(\.weight) == [0, 100, 50])
    #expect(ExportFixtures.plainText(question.answers[0].feedback) == "Décision à revoir. Non : le secret {tient} ~toujours~ #1.")
    #expect(ExportFixtures.plainText(question.generalFeedback).contains("art. 458 {C.p.}."))
    let ground = try #require(read.first { $0.name == "caracteres-speciaux/signes/fondement" })
    #expect(ground.answers.map(\.weight) == [100, 0, 50])
  }

  @Test func theEscapesAreTheOnesOfTheDocumentation() {
    #expect(GIFTWriter.escape(##"a~b=c#d{e}f:g\h"##) == ##"a\~b\=c\#d\{e\}f\:g\\h"##)
  }

  @Test func noQuestionHoldsABlankLine() {
    let text = Exporter.export(bank.cases, bank: bank, format: .gift).text
    for block in text.components(separatedBy: "\n\n") where block.contains("{") {
      #expect(block.hasSuffix("}"))
    }
  }

  @Test func theFixtureCaseMatchesItsGoldenFile() throws {
    let item = try #require(bank.case("police-puis-juge"))
    let text = Exporter.export([item], bank: bank, format: .gift).text
    #expect(text == (try ExportFixtures.golden("police-puis-juge.gift")))
  }
}
