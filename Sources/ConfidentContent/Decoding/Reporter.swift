import Yams

/// Collects the diagnostics of one file while its nodes are read.
final class Reporter {
  let file: String
  private(set) var diagnostics: [Diagnostic] = []

  init(file: String) { self.file = file }

  var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

  func location(of node: Node?) -> Location {
    let mark = node?.mark
    return Location(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
  }

  func error(_ node: Node?, _ message: String) {
    diagnostics.append(location(of: node).diagnostic(.error, message))
  }

  func warning(_ node: Node?, _ message: String) {
    diagnostics.append(location(of: node).diagnostic(.warning, message))
  }

  func add(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }
}
