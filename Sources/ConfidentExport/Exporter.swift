import ConfidentCore

/// The file formats cases export to.
public enum ExportFormat: String, Sendable, CaseIterable {
  case moodleXML = "moodle-xml"
  case gift

  /// The French name shown to users.
  public var label: String {
    switch self {
    case .moodleXML: "Moodle XML"
    case .gift: "GIFT"
    }
  }
}

/// Which cases to export, and why none could be.
public enum ExportSelection {
  /// A French problem with the selection.
  public struct Problem: Error, Sendable, Equatable {
    public var message: String

    public init(message: String) { self.message = message }
  }

  /// The cases named by `caseIDs` and those under `points` (both empty: every case), in the
  /// bank's order, each once.
  public static func cases(in bank: Bank, caseIDs: [String], points: [String]) throws(Problem) -> [Case] {
    for id in caseIDs where bank.case(id) == nil {
      throw Problem(message: "cas inconnu : « \(id) » (« confident cas » les liste)")
    }
    for point in points where bank.point(point) == nil {
      throw Problem(message: "point du programme inconnu : « \(point) » (« confident cas » puis « cas » dans le shell)")
    }
    guard !caseIDs.isEmpty || !points.isEmpty else { return bank.cases }
    let chosen = bank.cases.filter { item in
      caseIDs.contains(item.id)
        || item.points.contains { own in points.contains { CaseCatalogue.point(own, isUnder: $0) } }
    }
    guard !chosen.isEmpty else { throw Problem(message: "aucun cas sous \(points.joined(separator: ", "))") }
    return chosen
  }
}

/// Writes cases in an export format.
public enum Exporter {
  /// The file's text and the number of questions in it.
  public static func export(_ cases: [Case], bank: Bank, format: ExportFormat) -> (text: String, questions: Int) {
    let categories = QuestionBuilder(bank: bank).categories(for: cases)
    let count = categories.map(\.questions.count).reduce(0, +)
    let versions = VersionStamp.line(bank: bank)
    switch format {
    case .moodleXML: return (MoodleXMLWriter.write(categories, versions: versions), count)
    case .gift: return (GIFTWriter.write(categories, versions: versions), count)
    }
  }
}
