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
  /// Where each theme is declared, for coverage warnings.
  public var themeLocations: [String: Location] = [:]
  /// Where each option of each playable case is written, for item-writing warnings.
  public var optionLocations: [OptionKey: Location] = [:]
  /// The checksum of each file's bytes as decoded (absent: unreadable), for the cache.
  var contentHashes: [String: UInt64] = [:]
  /// True when the catalogues came from `catalogueFallback`, not from the paths loaded.
  public var usedFallbackCatalogues = false
  /// The catalogue files read from `catalogueFallback` (among ``files``): not the ones checked.
  public var fallbackFiles: [String] = []
  /// Warnings where a local entry replaces a bundled one with the same id (also in
  /// ``diagnostics``).
  public var overrides: [Diagnostic] = []

  /// The files that were asked for, without the borrowed catalogues.
  public var checkedFiles: [String] {
    let borrowed = Set(fallbackFiles)
    return files.filter { !borrowed.contains($0) }
  }
}

/// Finds and loads scenario files and checks them together (ids across files, citations).
public enum BankLoader {
  /// Loads the YAML files at `paths` (files or folders, searched recursively).
  ///
  /// - Parameter catalogueFallback: a folder whose catalogue entries complete those of `paths`
  ///   (every entry `paths` do not declare), so that a case file, or a local folder adding a
  ///   ground, is checked against the bank's catalogues.
  public static func load(paths: [String], catalogueFallback: String? = nil) -> LoadReport {
    var missing: [Diagnostic] = []
    let files = yamlFiles(in: paths, missing: &missing)
    return load(files: files, missing: missing, catalogueFallback: catalogueFallback)
  }

  /// Loads files already found by ``yamlFiles(in:missing:)`` (the cache lists them first).
  static func load(files: [String], missing: [Diagnostic], catalogueFallback: String? = nil) -> LoadReport {
    var missing = missing
    var decoded = decodeAll(files)
    var usedFallback = false
    var borrowed: [DecodedFile] = []
    if let catalogueFallback {
      // The fallback's catalogue entries that the checked files do not declare themselves.
      let checked = Set(files)
      // The bank's own walk problems are not those of the files checked, unless no catalogue
      // could be borrowed at all.
      var ignored: [Diagnostic] = []
      let fallback = yamlFiles(in: [catalogueFallback], missing: &ignored).filter { !checked.contains($0) }
      let declared = Set(decoded.flatMap(\.declarations).map { "\($0.kind):\($0.id)" })
      // A folder with its own programme is a bank of its own (coverage applies to it alone),
      // even when it borrows some grounds or references.
      let hasOwnProgramme = decoded.contains { if case .programme = $0.content { true } else { false } }
      let candidates = decodeAll(fallback).filter(\.isCatalogue).filter { file in
        if case .programme = file.content { return !hasOwnProgramme }
        return true
      }
      borrowed = candidates.compactMap { file in
        var file = file
        file.remove(file.declarations.filter { declared.contains("\($0.kind):\($0.id)") })
        return file.declarations.isEmpty ? nil : file
      }
      if candidates.isEmpty { missing += ignored }
      decoded += borrowed
      usedFallback = !borrowed.isEmpty && !hasOwnProgramme
    }
    var assembler = BankAssembler(files: decoded)
    if let catalogueFallback, decoded.contains(where: \.isSeance), !decoded.contains(where: \.declaresCase) {
      // A séance checked alone names the bank's cases: their ids are read, not their problems.
      var ignored: [Diagnostic] = []
      let bankFiles = yamlFiles(in: [catalogueFallback], missing: &ignored)
      assembler.otherCaseIDs = Set(decodeAll(bankFiles).flatMap { $0.declarations.filter { $0.kind == .scenario }.map(\.id) })
    }
    var report = assembler.assemble()
    report.usedFallbackCatalogues = usedFallback
    report.fallbackFiles = borrowed.map(\.path)
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
      var file = FileDecoder.decode(path: path, bytes: bytes)
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
  /// A séance file, valid or not: it names cases.
  var isSeance: Bool { uses.contains { $0.kind == .scenario } }

  var declaresCase: Bool { declarations.contains { $0.kind == .scenario } }

  var isCatalogue: Bool {
    switch content {
    case .programme, .grounds, .references: true
    case .scenario, .seance, .nothing: false
    }
  }
}
