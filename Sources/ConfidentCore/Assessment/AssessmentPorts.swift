import Foundation

/// Where an interrupted assessment is kept until it is resumed: one opaque blob.
///
/// Kept apart from ``ProgressStore``'s saved session, which belongs to practice: an
/// interrupted assessment never replaces an interrupted practice session.
public protocol AssessmentResumeSlot: AnyObject, Sendable {
  /// The saved blob, if any.
  func load() throws -> Data?
  /// Replaces the saved blob; `nil` clears it.
  func save(_ data: Data?) throws
}

/// An ``AssessmentResumeSlot`` in memory, for tests.
public final class InMemoryResumeSlot: AssessmentResumeSlot, @unchecked Sendable {
  private let lock = NSLock()
  private var data: Data?

  /// An empty slot.
  public init() {}

  public func load() throws -> Data? { lock.withLock { data } }
  public func save(_ data: Data?) throws { lock.withLock { self.data = data } }
}

/// Writes an assessment's report to a file (Markdown or HTML, by the file's extension).
public protocol AssessmentReportWriting: Sendable {
  /// Writes `report` to `path` and returns the path written, or throws an error whose
  /// description is a French message.
  func write(_ report: AssessmentReport, to path: String) throws -> String
}
