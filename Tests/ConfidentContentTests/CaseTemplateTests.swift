import ConfidentContent
import Foundation
import Testing

/// `confident nouveau`: a skeleton the checker refuses until filled, and accepts once filled.
@Suite("Case skeleton")
struct CaseTemplateTests {
  func lint(_ text: String) throws -> [String] {
    let path = try Fixtures.temporaryFile(Array(text.utf8), name: "mon-cas.yaml")
    return BankLoader.load(paths: [path], catalogueFallback: Fixtures.bank).diagnostics.map {
      $0.description.replacingOccurrences(of: path, with: "mon-cas.yaml")
    }
  }

  @Test func theUnfilledSkeletonNamesEveryTextStillToWrite() throws {
    let skeleton = CaseTemplate.skeleton(id: "mon-cas", point: "II.3.police", lawDate: "2026-12-04")
    let diagnostics = try lint(skeleton)
    #expect(diagnostics == [
      "mon-cas.yaml:8:8: erreur: « title » est encore à compléter dans le cas (remplacez « À COMPLÉTER »)",
      "mon-cas.yaml:13:12: erreur: « situation » est encore à compléter dans le cas (remplacez « À COMPLÉTER »)",
      "mon-cas.yaml:17:15: erreur: « question » est encore à compléter dans l'étape 1 (remplacez « À COMPLÉTER »)",
      "mon-cas.yaml:19:11: erreur: « hint » est encore à compléter dans l'étape 1 (remplacez « À COMPLÉTER »)",
      "mon-cas.yaml:22:15: erreur: « text » est encore à compléter dans l'option a (remplacez « À COMPLÉTER »)",
      "mon-cas.yaml:25:19: erreur: « feedback » est encore à compléter dans l'option a (remplacez « À COMPLÉTER »)",
      "mon-cas.yaml:27:15: erreur: « text » est encore à compléter dans l'option b (remplacez « À COMPLÉTER »)",
      "mon-cas.yaml:30:19: erreur: « feedback » est encore à compléter dans l'option b (remplacez « À COMPLÉTER »)",
      "mon-cas.yaml:32:15: erreur: « text » est encore à compléter dans l'option c (remplacez « À COMPLÉTER »)",
      "mon-cas.yaml:35:19: erreur: « feedback » est encore à compléter dans l'option c (remplacez « À COMPLÉTER »)",
      "mon-cas.yaml:40:20: erreur: « explanation » est encore à compléter dans « ground » (remplacez « À COMPLÉTER »)",
      "mon-cas.yaml:42:15: erreur: « trainer_note » est encore à compléter dans le cas (remplacez « À COMPLÉTER »)",
    ])
  }

  @Test func thePlaceholderIsFoundWhateverTheNormalisationOfItsAccents() throws {
    let skeleton = CaseTemplate.skeleton(id: "mon-cas", point: "I.1", lawDate: "2026-12-04")
    let decomposed = skeleton.replacingOccurrences(of: CaseTemplate.placeholder, with: "A\u{300} COMPLE\u{301}TER")
    #expect(Array(decomposed.utf8) != Array(skeleton.utf8), "the bytes differ (Swift compares strings by canonical equivalence)")
    #expect(try lint(decomposed).filter { $0.contains("est encore à compléter") }.count == (try lint(skeleton)).filter { $0.contains("est encore à compléter") }.count)
    #expect(try lint(skeleton.replacingOccurrences(of: CaseTemplate.placeholder, with: "A COMPLETER")).allSatisfy { !$0.contains("est encore à compléter") })
  }

  @Test func theFilledSkeletonPassesTheChecker() throws {
    let skeleton = CaseTemplate.skeleton(id: "mon-cas", point: "II.3.police", lawDate: "2026-12-04")
    // Every placeholder replaced by a numbered text (the first one is in the header comment).
    let pieces = skeleton.components(separatedBy: CaseTemplate.placeholder)
    var filled = pieces[0]
    for (index, piece) in pieces.dropFirst().enumerated() { filled += "Texte rédigé \(index + 1)" + piece }
    #expect(pieces.count == 14)
    let path = try Fixtures.temporaryFile(Array(filled.utf8), name: "mon-cas.yaml")
    let report = BankLoader.load(paths: [path], catalogueFallback: Fixtures.bank)
    #expect(report.diagnostics.map(\.description) == [])
    let played = try #require(report.bank.case("mon-cas"))
    #expect(played.points == ["II.3.police"])
    #expect(played.steps.first?.options.map(\.verdict) == [.correct, .acceptable, .incorrect])
    #expect(played.title == "Texte rédigé 2 (le titre, sur une ligne)")
  }

  @Test func idsAndPointsAreCheckedBeforeWriting() {
    #expect(CaseTemplate.isValidID("mon-cas-2"))
    #expect(!CaseTemplate.isValidID("Mon_Cas"))
    #expect(CaseTemplate.isValidPoint("II.3.police"))
    #expect(!CaseTemplate.isValidPoint("II..3"))
  }
}
