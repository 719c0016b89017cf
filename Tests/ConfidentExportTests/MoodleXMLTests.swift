import ConfidentCore
import Foundation
import Testing

@testable import ConfidentExport

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The Moodle XML export, read back with Foundation's XML parser.
@Suite("Moodle XML export")
struct MoodleXMLTests {
  let bank = ExportFixtures.bank

  func exported(_ ids: [String]? = nil) throws -> XMLDocument {
    let cases = ids.map { $0.compactMap(bank.case) } ?? bank.cases
    let text = Exporter.export(cases, bank: bank, format: .moodleXML).text
    return try XMLDocument(data: Data(text.utf8), options: [])
  }

  func strings(_ document: XMLDocument, _ path: String) throws -> [String] {
    try document.nodes(forXPath: path).map { $0.stringValue ?? "" }
  }

  @Test func theFileIsWellFormedUTF8WithAQuizRoot() throws {
    let text = Exporter.export(bank.cases, bank: bank, format: .moodleXML).text
    #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- Confident \(confidentVersion) · banque sans version -->\n<quiz>\n"))
    let document = try XMLDocument(data: Data(text.utf8), options: [])
    #expect(document.rootElement()?.name == "quiz")
  }

  @Test func eachStepGivesADecisionQuestionAndAGroundQuestionInItsCategory() throws {
    let document = try exported()
    let expected = bank.cases.sorted { $0.id < $1.id }.flatMap { item in
      item.steps.flatMap { ["\(item.id)/\($0.id)", "\(item.id)/\($0.id)/fondement"] }
    }
    let names = try strings(document, "/quiz/question[@type='multichoice']/name/text")
    #expect(Set(names) == Set(expected))
    #expect(names.count == expected.count)
    #expect(try strings(document, "/quiz/question[@type='category']/category/text") == [
      "$course$/Confident/I.4.temoignage", "$course$/Confident/II.3.police",
    ])
    // police-puis-juge's first point is I.4.temoignage: its questions follow that category.
    let first = try #require(try document.nodes(forXPath: "/quiz/question").dropFirst().first)
    #expect(try first.nodes(forXPath: "name/text").first?.stringValue == "police-puis-juge/police")
  }

  @Test func everyQuestionIsSingleShuffledHTMLWithTextElements() throws {
    let document = try exported()
    let questions = try document.nodes(forXPath: "/quiz/question[@type='multichoice']")
    #expect(!questions.isEmpty)
    for question in questions {
      #expect(try question.nodes(forXPath: "single").first?.stringValue == "true")
      #expect(try question.nodes(forXPath: "shuffleanswers").first?.stringValue == "1")
      for element in ["questiontext", "generalfeedback", "answer", "answer/feedback"] {
        let nodes = try question.nodes(forXPath: element)
        #expect(!nodes.isEmpty)
        for node in nodes {
          #expect((node as? XMLElement)?.attribute(forName: "format")?.stringValue == "html")
          #expect(try node.nodes(forXPath: "text").count == 1)
        }
      }
    }
  }

  @Test func decisionFractionsFollowTheVerdictsAndGroundsTheirCredit() throws {
    let document = try exported(["police-puis-juge"])
    func answers(_ name: String) throws -> [(fraction: String, text: String, feedback: String)] {
      let question = try #require(try document.nodes(forXPath: "/quiz/question[name/text='\(name)']").first)
      return try question.nodes(forXPath: "answer").map { answer in
        (
          (answer as? XMLElement)?.attribute(forName: "fraction")?.stringValue ?? "",
          ExportFixtures.plainText(try answer.nodes(forXPath: "text").first?.stringValue ?? ""),
          ExportFixtures.plainText(try answer.nodes(forXPath: "feedback/text").first?.stringValue ?? "")
        )
      }
    }
    let police = try answers("police-puis-juge/police")
    #expect(police.map(\.fraction) == ["100", "0", "50"])
    #expect(police.map(\.text) == ["Je refuse.", "Je réponds.", "Je demande l'accord de M. Martin."])
    #expect(police.map(\.feedback) == [
      "Bonne décision. Pas d'exception.", "Décision à revoir. Violation du secret.",
      "Décision acceptable. L'accord ne suffit pas toujours.",
    ])
    let ground = try answers("police-puis-juge/police/fondement")
    #expect(ground.map(\.fraction) == ["100", "0", "0"])
    #expect(ground.map(\.text) == bank.grounds.map(\.label))
  }

  @Test func aDebatedStepCreditsEveryDefensibleOptionAndGivesThePositions() throws {
    let document = try exported(["police-puis-juge"])
    let question = try #require(try document.nodes(forXPath: "/quiz/question[name/text='police-puis-juge/juge']").first)
    let fractions = try question.nodes(forXPath: "answer/@fraction").map { $0.stringValue ?? "" }
    #expect(fractions == ["100", "50", "0"])
    let feedback = ExportFixtures.plainText(try question.nodes(forXPath: "generalfeedback/text").first?.stringValue ?? "")
    #expect(feedback == """
      Question débattue : plusieurs réponses se défendent.
      Positions défendables :
      Je parle de ce qui est nécessaire. — Le témoignage en justice permet de parler.
      J'invoque le secret. — Le témoin peut aussi se taire.
      Fondement attendu : Témoignage en justice
      Témoigner en justice est une faculté.
      Références :
      Code pénal (1867), art. 458 [source probable]
      """)
  }

  @Test func specialCharactersRoundTripThroughHTMLAndCDATA() throws {
    let document = try exported(["caracteres-speciaux"])
    let item = try #require(bank.case("caracteres-speciaux"))
    let question = try #require(try document.nodes(forXPath: "/quiz/question[name/text='caracteres-speciaux/signes']").first)
    let text = ExportFixtures.plainText(try question.nodes(forXPath: "questiontext/text").first?.stringValue ?? "")
    #expect(text == [item.title, item.situation.trimmingCharacters(in: .newlines), item.steps[0].question].joined(separator: "\n"))
    let answers = try question.nodes(forXPath: "answer/text").map { ExportFixtures.plainText($0.stringValue ?? "") }
    #expect(answers == item.steps[0].options.map(\.text))
    let feedback = try question.nodes(forXPath: "answer/feedback/text").map { ExportFixtures.plainText($0.stringValue ?? "") }
    #expect(feedback[1] == "Bonne décision. Oui : <b>aucune</b> exception & rien à ajouter.")
  }

  @Test func everyFractionIsOneMoodleAccepts() throws {
    let document = try exported()
    let fractions = try document.nodes(forXPath: "//answer/@fraction").compactMap { $0.stringValue.flatMap(Double.init) }
    #expect(!fractions.isEmpty)
    #expect(fractions.allSatisfy { MoodleFraction.allowed.contains(abs($0)) })
  }

  @Test func theFixtureCaseMatchesItsGoldenFile() throws {
    let item = try #require(bank.case("police-puis-juge"))
    let text = Exporter.export([item], bank: bank, format: .moodleXML).text
    #expect(text == (try ExportFixtures.golden("police-puis-juge.xml")))
  }
}
