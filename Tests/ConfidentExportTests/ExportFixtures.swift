import ConfidentContent
import ConfidentCore
import Foundation

/// The fixture bank with the special-characters case, and the golden files.
enum ExportFixtures {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures").path

  /// `Tests/Fixtures/bank` plus `Tests/Fixtures/export/caracteres.yaml`.
  static let bank: Bank = {
    let report = BankLoader.load(paths: [root + "/bank", root + "/export/caracteres.yaml"])
    precondition(report.skipped.isEmpty, "\(report.diagnostics)")
    return report.bank
  }()

  static func golden(_ name: String) throws -> String {
    try String(contentsOfFile: root + "/export/" + name, encoding: .utf8)
  }

  /// HTML as Moodle would show it, back to our text: tags dropped (`<br>` and paragraph ends
  /// as newlines, list items as lines), entities decoded.
  static func plainText(_ html: String) -> String {
    var text = html.replacingOccurrences(of: "<br>", with: "\n")
      .replacingOccurrences(of: "</p>", with: "\n").replacingOccurrences(of: "</li>", with: "\n")
    while let open = text.range(of: "<"), let close = text[open.lowerBound...].range(of: ">") {
      text.removeSubrange(open.lowerBound..<close.upperBound)
    }
    for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&amp;", "&")] {
      text = text.replacingOccurrences(of: entity, with: character)
    }
    return text.trimmingCharacters(in: .newlines)
  }
}
