import ArgumentParser
import ConfidentContent
import ConfidentCore
import Foundation

/// `confident cas`: one line per case, or JSON.
struct ListCases: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cas", abstract: "Liste les cas (n°, titre, id, points, niveau), ceux d'un point ou d'une recherche.", aliases: ["list"])

  @OptionGroup var bank: BankOptions

  @Flag(name: .long, help: "Sortie JSON (un tableau d'objets).")
  var json = false

  @Argument(
    help: ArgumentHelp("Point du programme (les cas de ce point) ou mots cherchés.", valueName: "point|mots"),
    completion: CompletionCandidates.programmePoints)
  var filter: [String] = []

  func run() throws {
    let report = bank.loadBank()
    let notice = skippedNotice(report)
    if !notice.isEmpty { StandardStreams.err(Renderer(width: 200).render(notice)) }
    if report.files.isEmpty { throw ExitCode(1) }
    let cases = selected(report.bank)
    if cases.isEmpty, !filter.isEmpty, !json {
      StandardStreams.err("Aucun cas ne correspond à « \(filter.joined(separator: " ")) ». « confident cas » : la liste complète.\n")
      throw ExitCode(1)
    }
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      let data = try encoder.encode(cases.map(CaseSummary.init))
      StandardStreams.out(escapingInvisibles(String(decoding: data, as: UTF8.self)) + "\n")
      return
    }
    // The shell's order and numbers (a filtered list keeps each case's number), wrapped to the
    // terminal.
    let catalogue = CaseCatalogue(bank: report.bank)
    let shown = Set(cases.map(\.id))
    let outputs: [Output] = catalogue.ordered.enumerated().compactMap { index, id in
      guard shown.contains(id), let item = report.bank.case(id) else { return nil }
      return .item(
        marker: "\(index + 1).".padding(toLength: 4, withPad: " ", startingAt: 0),
        text: "\(item.title) — \(item.id) · \(item.points.joined(separator: ", ")) · niveau \(item.level)")
    }
    StandardStreams.out(Renderer(width: TerminalInfo.width()).render(outputs))
  }

  /// Every case; with a filter, a programme point's cases or a search, as the shell's `cas`.
  func selected(_ bank: Bank) -> [Case] {
    let query = filter.joined(separator: " ").trimmingCharacters(in: .whitespaces)
    guard !query.isEmpty else { return bank.cases }
    let catalogue = CaseCatalogue(bank: bank)
    if let point = catalogue.programmePoint(query) { return catalogue.cases(under: point.id) }
    return catalogue.search(query)
  }
}

/// JSON text with C1 controls, bidirectional overrides, zero-width characters and line
/// separators written as `\uXXXX`: a terminal or a viewer that shows the JSON shows them as text.
func escapingInvisibles(_ json: String) -> String {
  var result = String.UnicodeScalarView()
  for scalar in json.unicodeScalars {
    let value = scalar.value
    let invisible = (0x80...0x9F).contains(value) || (0x200B...0x200F).contains(value)
      || (0x2028...0x202E).contains(value) || (0x2066...0x2069).contains(value) || value == 0xFEFF
    if invisible {
      result.append(contentsOf: String(format: "\\u%04X", value).unicodeScalars)
    } else {
      result.append(scalar)
    }
  }
  return String(result)
}

/// The JSON shape of a case in `confident cas --json`.
struct CaseSummary: Encodable {
  var id: String
  var title: String
  var points: [String]
  var level: Int
  var steps: Int
  var grounds: [String]
  var tags: [String]
  var lawDate: String

  init(_ item: Case) {
    id = item.id
    title = item.title
    points = item.points
    level = item.level
    steps = item.steps.count
    grounds = item.acceptedGrounds
    tags = item.tags
    lawDate = item.lawDate
  }

  enum CodingKeys: String, CodingKey {
    case id, title, points, level, steps, grounds, tags
    case lawDate = "law_date"
  }
}
