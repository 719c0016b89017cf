import CSV
import ConfidentCore
import ConfidentExport
import ConfidentScheduling
import Foundation
import Testing

/// The results CSV, from answers recorded in a store.
struct ResultsCSVTests {
  /// The fixture bank, with a version as a programme file gives one.
  let bank: Bank = {
    var bank = ExportFixtures.bank
    bank.version = "2026.12"
    return bank
  }()

  func answer(
    _ caseID: String, _ stepID: String, option: Int?, shown: [Int], ground: String?, certainty: Certainty?,
    decision: Double, groundPoints: Double, mark: Int?, session: String, at seconds: TimeInterval
  ) -> AnswerRecord {
    AnswerRecord(
      caseID: caseID, stepID: stepID, authoredOption: option, shownOrder: shown, groundID: ground,
      certainty: certainty, decisionPoints: decision, groundPoints: groundPoints, cbmMark: mark,
      timeTakenMilliseconds: 12_345, mode: .practice, sessionID: session,
      answeredAt: Date(timeIntervalSince1970: 1_796_342_400 + seconds), stepContentHash: "h\(Int(seconds))")
  }

  /// Three answers through an in-memory store: two plays of one case (the second in a session
  /// whose id has a comma and quotes), and one to a case no longer in the bank whose id looks
  /// like a formula.
  func storedAnswers() throws -> [AnswerRecord] {
    let store = InMemoryProgressStore()
    try store.record(
      answer("police-puis-juge", "police", option: 0, shown: [2, 0, 1], ground: "cp-458", certainty: .certain,
             decision: 2, groundPoints: 1, mark: 3, session: "s1", at: 0), cards: [])
    try store.record(
      answer("police-puis-juge", "police", option: 1, shown: [1, 2, 0], ground: nil, certainty: .certain,
             decision: 0, groundPoints: 0, mark: -6, session: "séance \"A\", salle 2", at: 60), cards: [])
    try store.record(
      answer("=HYPERLINK(\"x\")", "e1", option: nil, shown: [0, 1], ground: nil, certainty: nil,
             decision: 0, groundPoints: 0, mark: nil, session: "@s3", at: 120), cards: [])
    return try store.answers(AnswerFilter())
  }

  @Test func answersAreOneQuotedDefusedRowEachWithBOMAndVersions() throws {
    let text = ResultsCSV.answers(try storedAnswers(), bank: bank)
    let header = ResultsCSV.answerColumns.joined(separator: ",")
    let expected = "\u{FEFF}" + [
      header,
      "2026-12-04T00:00:00Z,pratique,s1,police-puis-juge,De la police au juge d'instruction,I.4.temoignage II.3.police,police,b,1,3 1 2,cp-458,3,2,2,1,1,3,12345,h0,0.3.0,2026.12",
      "2026-12-04T00:01:00Z,pratique,\"séance \"\"A\"\", salle 2\",police-puis-juge,De la police au juge d'instruction,I.4.temoignage II.3.police,police,a,2,2 3 1,,3,0,2,0,1,-6,12345,h60,0.3.0,2026.12",
      "2026-12-04T00:02:00Z,pratique,'@s3,\"'=HYPERLINK(\"\"x\"\")\",,,e1,,,1 2,,,0,,0,,,12345,h120,0.3.0,2026.12",
    ].joined(separator: "\r\n") + "\r\n"
    #expect(text == expected)
  }

  @Test func theAnswersCSVReadsBackWithTheLibrarysReader() throws {
    let records = try storedAnswers()
    let text = ResultsCSV.answers(records, bank: bank)
    let reader = try CSVReader(string: String(text.dropFirst()), hasHeaderRow: true)
    #expect(reader.headerRow == ResultsCSV.answerColumns)
    var rows: [[String]] = []
    while let row = reader.next() { rows.append(row) }
    #expect(rows.count == records.count)
    #expect(rows.map { $0[2] } == ["s1", "séance \"A\", salle 2", "'@s3"])
    #expect(rows.map { $0[3] } == ["police-puis-juge", "police-puis-juge", "'=HYPERLINK(\"x\")"])
    #expect(rows.allSatisfy { $0.count == ResultsCSV.answerColumns.count })
  }

  @Test func accentsAndSignsOfACaseTitleSurviveTheRoundTrip() throws {
    let store = InMemoryProgressStore()
    try store.record(
      answer("caracteres-speciaux", "signes", option: 1, shown: [0, 1, 2], ground: nil, certainty: .doubt,
             decision: 2, groundPoints: 0.5, mark: 1, session: "s", at: 0), cards: [])
    let text = ResultsCSV.answers(try store.answers(AnswerFilter()), bank: bank)
    let reader = try CSVReader(string: String(text.dropFirst()), hasHeaderRow: true)
    let row = try #require(reader.next())
    #expect(row[4] == "Signes : ~ = # { } \\ < > & et « guillemets »")
    #expect(row[14] == "0.5")
  }

  @Test func theCasesSummaryCountsPlaysAndGivesTheLastAndMeanPoints() throws {
    let text = ResultsCSV.cases(try storedAnswers(), bank: bank)
    let expected = "\u{FEFF}" + [
      ResultsCSV.caseColumns.joined(separator: ","),
      "police-puis-juge,De la police au juge d'instruction,I.4.temoignage II.3.police,2,2,2026-12-04T00:01:00Z,0,1.5,6,0.3.0,2026.12",
      "\"'=HYPERLINK(\"\"x\"\")\",,,1,1,2026-12-04T00:02:00Z,0,0,,0.3.0,2026.12",
    ].joined(separator: "\r\n") + "\r\n"
    #expect(text == expected)
  }

  @Test func noAnswerGivesTheHeaderOnly() {
    #expect(ResultsCSV.answers([], bank: bank) == "\u{FEFF}" + ResultsCSV.answerColumns.joined(separator: ",") + "\r\n")
  }

  @Test func moodleXMLAndGIFTRecordTheProgramAndBankVersions() throws {
    let cases = [try #require(bank.case("police-puis-juge"))]
    let xml = Exporter.export(cases, bank: bank, format: .moodleXML).text
    let gift = Exporter.export(cases, bank: bank, format: .gift).text
    #expect(xml.contains("<!-- Confident \(confidentVersion) · banque 2026.12 -->\n<quiz>"))
    #expect(gift.contains("\n// Confident \(confidentVersion) · banque 2026.12\n"))
  }
}
