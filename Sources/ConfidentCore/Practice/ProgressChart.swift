import Foundation

/// Terminal bar charts of a ``ProgressReport``: Unicode blocks, or ASCII for `TERM=dumb`.
public struct ProgressChart: Sendable {
  public var report: ProgressReport
  /// `#` and `.` instead of blocks.
  public var ascii: Bool
  /// The width of the screen; rows are cut to it.
  public var width: Int
  /// Cells of a bar.
  let barCells = 16

  public init(report: ProgressReport, ascii: Bool, width: Int) {
    self.report = report
    self.ascii = ascii
    self.width = max(width, 40)
  }

  /// A bar for `fraction` (0…1) over ``barCells`` cells, eighths of a cell in Unicode.
  public func bar(_ fraction: Double?) -> String {
    let value = min(max(fraction ?? 0, 0), 1)
    if ascii {
      let full = Int((value * Double(barCells)).rounded())
      return String(repeating: "#", count: full) + String(repeating: ".", count: barCells - full)
    }
    let eighths = Int((value * Double(barCells * 8)).rounded())
    let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    let full = eighths / 8
    let partial = partials[eighths % 8]
    let used = full + (partial.isEmpty ? 0 : 1)
    return String(repeating: "█", count: full) + partial + String(repeating: "·", count: barCells - used)
  }

  func percent(_ value: Double?) -> String {
    // No-break spaces: wrapping keeps them, so the columns stay aligned.
    guard let value else { return "\u{A0}\u{A0}–\u{A0}\u{A0}" }
    let text = "\(Int((value * 100).rounded()))\u{A0}%"
    return String(repeating: "\u{A0}", count: max(0, 5 - text.count)) + text
  }

  /// A chart row: `label` padded to `labelWidth`, then `text` cut to the screen's width.
  func chartRow(_ label: String, _ labelWidth: Int, _ text: String, tone: Tone = .plain) -> Output {
    let room = width - labelWidth - 3
    let cut = text.count <= room ? text : String(text.prefix(max(room - 1, 1))) + "…"
    let shown = label.count <= labelWidth ? label : String(label.prefix(labelWidth - 1)) + "…"
    return .item(marker: padded(shown, labelWidth), text: cut, tone: tone)
  }

  func padded(_ text: String, _ length: Int) -> String {
    text.count >= length ? text : text + String(repeating: " ", count: length - text.count)
  }

  /// The whole report as output blocks.
  public var outputs: [Output] {
    var output: [Output] = [
      .heading("Progression"),
      .paragraph("\(report.casesSeen)/\(report.casesTotal) cas vus · \(report.dueToday) à revoir aujourd'hui · \(report.answers) réponse\(report.answers > 1 ? "s" : "") enregistrée\(report.answers > 1 ? "s" : "")"),
    ]
    guard report.answers > 0 else {
      return output + [.paragraph("Aucune réponse pour l'instant : tapez « pratique » pour commencer.", .muted)]
    }
    output.append(.heading("Par point du programme (maîtrise)"))
    let idWidth = min(16, report.points.map(\.id.count).max() ?? 0)
    for row in report.points {
      let line = "\(bar(row.mastery)) \(percent(row.mastery)) · \(row.seen)/\(row.cases) vus"
        + (row.due > 0 ? " · \(row.due) à revoir" : "") + " — \(row.title)"
      output.append(chartRow(row.id, idWidth, line, tone: row.id.contains(".") ? .plain : .emphasis))
    }
    output.append(.heading("Par fondement (maîtrise)"))
    let groundWidth = min(16, report.grounds.map(\.id.count).max() ?? 0)
    for row in report.grounds {
      let line = "\(bar(row.mastery)) \(percent(row.mastery)) · \(row.seen)/\(row.steps) étapes"
        + (row.due ? " · à revoir" : "")
      output.append(chartRow(row.id, groundWidth, line))
    }
    output.append(.heading("Calibration de la certitude"))
    for row in report.calibration {
      let zone = "paie à \(Int((row.payingFrom * 100).rounded()))–\(Int((row.payingTo * 100).rounded())) %"
      var line = "\(bar(row.rate)) \(percent(row.rate)) (\(row.answers)) · \(zone)"
      if let rate = row.rate {
        line += rate < row.payingFrom ? " · trop sûr" : (rate > row.payingTo ? " · trop prudent" : " · juste")
      }
      output.append(chartRow(row.label, 8, line))
    }
    output.append(.paragraph("Maîtrise : part des dernières réponses justes (décision et fondement). Calibration : à chaque niveau de certitude, la part de décisions justes (nombre de réponses), et la part où ce niveau rapporte le plus selon le barème de Moodle.", .muted))
    return output
  }
}
