import ConfidentCore
import Foundation

/// A file the shell could not use, with the reason.
public struct SkippedFile: Sendable, Hashable {
  public var path: String
  /// The file's errors, first one first (at most ``BankLoader/maximumDiagnosticsPerFile``, then
  /// a line counting the others).
  public var errors: [Diagnostic]
  /// How many errors the file has in all, including those not kept.
  public var errorCount: Int

  public init(path: String, errors: [Diagnostic], errorCount: Int? = nil) {
    self.path = path
    self.errors = errors
    self.errorCount = errorCount ?? errors.count
  }
}

/// The outcome of loading scenario files: what plays, and every problem found.
public struct LoadReport: Sendable {
  /// Cases and catalogue entries without errors.
  public var bank: Bank
  /// The diagnostics of every file, sorted by position: at most
  /// ``BankLoader/maximumDiagnosticsPerFile`` per file and ``BankLoader/maximumDiagnostics`` in
  /// all, each cut followed by a line that counts what was left out.
  public var diagnostics: [Diagnostic]
  /// Every error and warning found, including those left out of ``diagnostics``.
  public var errorTotal = 0
  public var warningTotal = 0
  /// Every file read.
  public var files: [String]
  /// Files with at least one error: a case there does not play.
  public var skipped: [SkippedFile]
  /// Where each programme point and ground is declared, for coverage warnings.
  public var pointLocations: [String: Location] = [:]
  public var groundLocations: [String: Location] = [:]
  /// The checksum of each file's bytes as decoded (absent: unreadable), for the cache.
  var contentHashes: [String: UInt64] = [:]
  /// True when the catalogues came from `catalogueFallback`, not from the paths loaded.
  public var usedFallbackCatalogues = false
}

/// Finds and loads scenario files and checks them together (ids across files, citations).
public enum BankLoader {
  /// Loads the YAML files at `paths` (files or folders, searched recursively).
  ///
  /// - Parameter catalogueFallback: a folder whose catalogues are used when `paths` hold none,
  ///   so that a single case file can be checked against the bank's catalogues.
  public static func load(paths: [String], catalogueFallback: String? = nil) -> LoadReport {
    var missing: [Diagnostic] = []
    let files = yamlFiles(in: paths, missing: &missing)
    return load(files: files, missing: missing, catalogueFallback: catalogueFallback)
  }

  /// Loads files already found by ``yamlFiles(in:missing:)`` (the cache lists them first).
  static func load(files: [String], missing: [Diagnostic], catalogueFallback: String? = nil) -> LoadReport {
    var missing = missing
    var decoded = decodeAll(files)
    var fallbackFiles: Set<String> = []
    if !decoded.contains(where: \.isCatalogue), let catalogueFallback {
      var ignored: [Diagnostic] = []
      let fallback = decodeAll(yamlFiles(in: [catalogueFallback], missing: &ignored)).filter(\.isCatalogue)
      if fallback.isEmpty { missing += ignored }
      fallbackFiles = Set(fallback.map(\.path))
      decoded += fallback
    }
    var report = BankAssembler(files: decoded).assemble()
    report.usedFallbackCatalogues = !fallbackFiles.isEmpty
    // Catalogues borrowed to check the files given were not "checked" themselves.
    report.files.removeAll { fallbackFiles.contains($0) }
    report.errorTotal += missing.errorCount
    report.warningTotal += missing.warningCount
    report.diagnostics = capped((missing + report.diagnostics).sortedByPosition())
    return report
  }

  /// Diagnostics kept per file; the others are counted in one line.
  public static let maximumDiagnosticsPerFile = DiagnosticLimits.perFile
  /// Diagnostics kept per load, over all files.
  public static let maximumDiagnostics = DiagnosticLimits.perRun

  /// The first ``maximumDiagnostics`` diagnostics, then one line counting the rest.
  private static func capped(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    guard diagnostics.count > maximumDiagnostics else { return diagnostics }
    let rest = diagnostics[maximumDiagnostics...]
    let last = diagnostics[maximumDiagnostics - 1]
    let note = Diagnostic(
      file: last.file, line: last.line, column: last.column, severity: rest.contains { $0.severity == .error } ? .error : .warning,
      message: "… et \(rest.count) autres lignes de diagnostic dans d'autres fichiers : seules les \(maximumDiagnostics) premières sont indiquées")
    return Array(diagnostics.prefix(maximumDiagnostics)) + [note]
  }

  /// At most this many files are read in one load; the walk stops there.
  public static let maximumFileCount = BankWalker.maximumFileCount

  /// Every `.yaml`/`.yml` file under `paths`, in a stable order; what is missing, unreadable
  /// or left out becomes a diagnostic.
  static func yamlFiles(in paths: [String], missing: inout [Diagnostic]) -> [String] {
    let walker = BankWalker(paths: paths)
    missing += walker.diagnostics
    return walker.files
  }

  /// Reads and decodes files in parallel, keeping their order.
  static func decodeAll(_ paths: [String]) -> [DecodedFile] {
    let results = ResultSlots(count: paths.count)
    DispatchQueue.concurrentPerform(iterations: paths.count) { index in
      results.set(index, decode(paths[index]))
    }
    return results.values
  }

  /// One file read (never blocking: see ``SafeFile``) and decoded.
  static func decode(_ path: String) -> DecodedFile {
    switch SafeFile.read(path, limit: FileDecoder.maximumSize) {
    case .success(let bytes):
      var file = FileDecoder.decode(path: path, data: Data(bytes))
      file.contentHash = ContentHash.of(bytes)
      return file
    case .failure(let failure):
      var file = DecodedFile(path: path, content: .nothing)
      file.add(Diagnostic(file: path, line: 1, column: 1, severity: .error, message: "fichier illisible (\(failure.reason))"))
      return file
    }
  }
}

/// Fixed slots filled from concurrent iterations, one writer per slot.
private final class ResultSlots: @unchecked Sendable {
  private var slots: [DecodedFile?]
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: DecodedFile) {
    lock.lock()
    slots[index] = value
    lock.unlock()
  }

  var values: [DecodedFile] { slots.compactMap { $0 } }
}

extension DecodedFile {
  var isCatalogue: Bool {
    switch content {
    case .programme, .grounds, .references: true
    case .scenario, .nothing: false
    }
  }
}
