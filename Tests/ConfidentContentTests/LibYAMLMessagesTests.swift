import Foundation
import Testing

@testable import ConfidentContent

@Suite("libyaml's messages in French")
struct LibYAMLMessagesTests {
  @Test func everyKnownProblemHasAFrenchMessage() {
    for (problem, french) in LibYAMLMessages.french {
      #expect(LibYAMLMessages.translate(problem) == french)
      #expect(!french.contains("found") && !french.contains("expected"), "\(problem)")
    }
  }

  @Test(arguments: [
    ("id: a\n\tsteps: []\n", "tabulation"),
    ("a: [1, 2\n", "« , » ou « ] » attendu"),
    ("a: \"x\\qy\"\n", "séquence d'échappement inconnue"),
    ("a: 1\n---\nb: 2\n", "un seul document par fichier"),
  ])
  func brokenFilesAreReportedInFrench(text: String, fragment: String) throws {
    let decoded = FileDecoder.decode(path: "x.yaml", data: Data(text.utf8))
    let messages = decoded.diagnostics.final(file: "x.yaml").map(\.message)
    #expect(messages.contains { $0.contains(fragment) }, "\(messages)")
    #expect(!messages.contains { $0.contains("found") || $0.contains("did not") }, "\(messages)")
  }

  @Test func anUnknownProblemKeepsItsWordsAfterAFrenchLead() {
    #expect(LibYAMLMessages.translate("something new") == "erreur de syntaxe (« something new »)")
  }
}
