import Testing

/// `confident cas [point|mots]` as printed: only the matching cases, each with its number in
/// the full list (the number `jouer` accepts in the shell).
@Suite("confident cas with a filter, as printed")
struct ListFilterOutputTests {
  @Test func aFilteredListShowsOnlyTheMatchingCasesWithTheirShellNumbers() throws {
    let full = try Confident.run(["cas"], environment: ["COLUMNS": "200"])
    #expect(full.status == 0)
    #expect(full.output.split(separator: "\n").map { $0.drop { $0 == " " }.prefix(2) } == ["1.", "2."])

    let search = try Confident.run(["cas", "appel"], environment: ["COLUMNS": "200"])
    #expect(search.status == 0)
    let lines = search.output.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(lines.first?.drop { $0 == " " }.hasPrefix("2.") == true)
    #expect(lines.first?.contains("— appel-police ·") == true)

    let point = try Confident.run(["cas", "I.4"], environment: ["COLUMNS": "200"])
    #expect(point.output.split(separator: "\n").count == 1)
    #expect(point.output.contains("— police-puis-juge ·"))
  }
}
