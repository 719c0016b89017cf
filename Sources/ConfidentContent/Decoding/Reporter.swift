
/// Collects the diagnostics of one file while its nodes are read (at most
/// ``DiagnosticLimits/perFile`` kept, all counted).
final class Reporter {
  let file: String
  private(set) var list = DiagnosticList()

  init(file: String) { self.file = file }

  var hasErrors: Bool { list.errorCount > 0 }
  /// Every error so far, kept or not.
  var errorCount: Int { list.errorCount }

  func location(of node: YAMLNode?) -> Location {
    let mark = node?.mark
    return Location(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
  }

  func error(_ node: YAMLNode?, _ message: String) {
    add(location(of: node).diagnostic(.error, message))
  }

  func warning(_ node: YAMLNode?, _ message: String) {
    add(location(of: node).diagnostic(.warning, message))
  }

  func add(_ diagnostic: Diagnostic) { list.add(diagnostic) }
}
