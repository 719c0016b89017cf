import ConfidentCore
import ConfidentReports
import Foundation

/// Writes the assessment report as Markdown (`.md`) or HTML (`.html`, `.htm`).
struct ReportFileWriter: AssessmentReportWriting {
  /// A French message for a report that could not be written.
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// Whether `path` names a report this writer can write (by its extension).
  static func accepts(_ path: String) -> Bool {
    let lower = path.trimmingCharacters(in: .whitespaces).lowercased()
    return lower.hasSuffix(".md") || lower.hasSuffix(".html") || lower.hasSuffix(".htm")
  }

  func write(_ report: AssessmentReport, to path: String) throws -> String {
    let trimmed = path.trimmingCharacters(in: .whitespaces)
    let lower = trimmed.lowercased()
    let text: String
    if lower.hasSuffix(".md") {
      text = MarkdownReport.render(report)
    } else if lower.hasSuffix(".html") || lower.hasSuffix(".htm") {
      text = HTMLReport.render(report)
    } else {
      throw Failure(description: "Le rapport doit finir par .md (Markdown) ou .html (page web) : « \(trimmed) ».")
    }
    let url = URL(fileURLWithPath: (trimmed as NSString).expandingTildeInPath)
    do {
      try Data(text.utf8).write(to: url, options: .atomic)
    } catch {
      throw Failure(description: "Le rapport n'a pas pu être écrit dans \(url.path) : vérifiez que le dossier existe et qu'il est accessible en écriture.")
    }
    return url.path
  }
}
