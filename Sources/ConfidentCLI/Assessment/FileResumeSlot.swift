import ConfidentCore
import Foundation

/// The interrupted assessment, kept as `evaluation-en-cours.json` in the data folder
/// (readable by the user only, replaced atomically).
final class FileResumeSlot: AssessmentResumeSlot, @unchecked Sendable {
  static let fileName = "evaluation-en-cours.json"
  /// A saved assessment is small; anything larger is not ours and is ignored.
  static let maximumSize = 1_000_000
  let url: URL

  init(folder: String) { url = URL(fileURLWithPath: folder).appendingPathComponent(Self.fileName) }

  func load() throws -> Data? {
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path) else { return nil }
    guard let size = attributes[.size] as? Int, size <= Self.maximumSize else { return nil }
    return try Data(contentsOf: url)
  }

  func save(_ data: Data?) throws {
    guard let data else {
      if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
      return
    }
    let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(Self.fileName).tmp")
    FileManager.default.createFile(atPath: temporary.path, contents: nil, attributes: [.posixPermissions: 0o600])
    try data.write(to: temporary)
    // rename(2) replaces the old file atomically: a kill never leaves half a file.
    guard rename(temporary.path, url.path) == 0 else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
    }
  }
}
