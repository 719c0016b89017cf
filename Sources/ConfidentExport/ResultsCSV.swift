import CSV
import ConfidentCore
import Foundation

/// The user's answers from the progress store as CSV: RFC 4180 (comma, CRLF, quotes doubled,
/// through yaslab/CSV.swift's `CSVWriter`), UTF-8 with a byte order mark so that Excel in
/// French opens the accents right; every text cell defused against formulas.
public enum ResultsCSV {
  /// The byte order mark the file starts with.
  public static let byteOrderMark = "\u{FEFF}"

  /// The header of ``answers(_:bank:)``.
  public static let answerColumns = [
    "date", "mode", "session", "cas", "titre", "points_programme", "etape", "option_lettre", "option_numero",
    "ordre_affiche", "fondement", "certitude", "points_decision", "max_decision", "points_fondement",
    "max_fondement", "note_cbm", "duree_ms", "empreinte", "version_confident", "version_banque",
  ]

  /// The header of ``cases(_:bank:)``.
  public static let caseColumns = [
    "cas", "titre", "points_programme", "parties", "reponses", "derniere_date", "dernier_resultat",
    "moyenne_points", "max_points", "version_confident", "version_banque",
  ]

  /// One row per answer, oldest first as given. Options are numbered from 1 in the case file's
  /// order; `option_lettre` is the letter the option was shown under; `ordre_affiche` lists the
  /// shown options by their numbers. A case or step no longer in `bank` keeps its ids, with
  /// the title and maxima left empty.
  public static func answers(_ records: [AnswerRecord], bank: Bank) -> String {
    let versions = versionCells(bank)
    let rows = records.map { record -> [String] in
      let played = bank.case(record.caseID)
      let step = played?.step(record.stepID)
      let position = record.authoredOption.flatMap { record.shownOrder.firstIndex(of: $0) }
      return [
        record.answeredAt.formatted(.iso8601), modeName(record.mode), record.sessionID, record.caseID,
        played?.title ?? "", played?.points.joined(separator: " ") ?? "", record.stepID,
        position.map(optionLetter) ?? "", record.authoredOption.map { String($0 + 1) } ?? "",
        record.shownOrder.map { String($0 + 1) }.joined(separator: " "), record.groundID ?? "",
        record.certainty.map { String($0.rawValue) } ?? "", number(record.decisionPoints),
        step.map { number($0.options.map(\.verdict.points).max() ?? 0) } ?? "", number(record.groundPoints),
        step == nil ? "" : "1", record.cbmMark.map(String.init) ?? "", String(record.timeTakenMilliseconds),
        record.stepContentHash,
      ] + versions
    }
    return write([answerColumns] + rows)
  }

  /// One row per case answered at least once, in the bank's order (then unknown cases by id):
  /// how many plays (sessions) and answers, the last play's date and points, and the mean
  /// points of a play.
  public static func cases(_ records: [AnswerRecord], bank: Bank) -> String {
    let versions = versionCells(bank)
    let byCase = Dictionary(grouping: records, by: \.caseID)
    let known = bank.cases.map(\.id).filter { byCase[$0] != nil }
    let unknown = byCase.keys.filter { bank.case($0) == nil }.sorted()
    let rows = (known + unknown).map { id -> [String] in
      let answers = byCase[id] ?? []
      let plays = Dictionary(grouping: answers, by: \.sessionID).values
        .map { $0.sorted { $0.answeredAt < $1.answeredAt } }
        .sorted { ($0.last?.answeredAt ?? .distantPast) < ($1.last?.answeredAt ?? .distantPast) }
      let totals = plays.map { $0.map { $0.decisionPoints + $0.groundPoints }.reduce(0, +) }
      let played = bank.case(id)
      let best = played.map { item in
        item.steps.map { (($0.options.map(\.verdict.points).max() ?? 0) + 1) }.reduce(0, +)
      }
      return [
        id, played?.title ?? "", played?.points.joined(separator: " ") ?? "", String(plays.count),
        String(answers.count), plays.last?.last?.answeredAt.formatted(.iso8601) ?? "",
        totals.last.map(number) ?? "", totals.isEmpty ? "" : number(totals.reduce(0, +) / Double(totals.count)),
        best.map(number) ?? "",
      ] + versions
    }
    return write([caseColumns] + rows)
  }

  /// The name of a mode as its command says it.
  static func modeName(_ mode: AnswerMode) -> String {
    switch mode {
    case .shell: "jeu"
    case .practice: "pratique"
    case .assessment: "evaluation"
    case .room: "groupe"
    }
  }

  /// `2`, `0.5`, `1.67`: a point for decimals, as spreadsheets and scripts read numbers in CSV.
  static func number(_ value: Double) -> String {
    if value == value.rounded() { return String(Int(value)) }
    return String(format: "%.2f", value).replacingOccurrences(of: #"0+$"#, with: "", options: .regularExpression)
  }

  static func versionCells(_ bank: Bank) -> [String] { [confidentVersion, bank.version ?? ""] }

  /// The rows through `CSVWriter`, every cell defused, CRLF after each row, after the BOM.
  static func write(_ rows: [[String]]) -> String {
    let stream = OutputStream(toMemory: ())
    do {
      let writer = try CSVWriter(stream: stream, newline: .crlf)
      for row in rows { try writer.write(row: row.map(SpreadsheetCell.defused)) }
      stream.close()
    } catch {
      // A memory stream does not fail to open or to take bytes.
      preconditionFailure("CSV in memory: \(error)")
    }
    let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
    return byteOrderMark + String(decoding: data, as: UTF8.self) + "\r\n"
  }
}
