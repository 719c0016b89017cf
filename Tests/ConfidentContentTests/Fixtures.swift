import ConfidentContent
import Foundation

/// Paths of the shared fixtures in `Tests/Fixtures`.
enum Fixtures {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures").path

  static let bank = root + "/bank"

  /// Lints `paths` (relative to the fixtures) against the fixture bank's catalogues and returns
  /// the diagnostics with paths relative to the fixtures.
  static func lint(_ paths: String...) -> [String] {
    let report = BankLoader.load(paths: paths.map { root + "/" + $0 }, catalogueFallback: bank)
    return report.diagnostics.map { $0.description.replacingOccurrences(of: root + "/", with: "") }
  }

  /// A temporary file holding `bytes`, removed by the caller.
  static func temporaryFile(_ bytes: [UInt8], name: String = "cas.yaml") throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent(name).path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }
}
