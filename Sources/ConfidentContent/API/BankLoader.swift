import ConfidentCore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A file the shell could not use, with the reason.
public struct SkippedFile: Sendable, Hashable {
  public var path: String
  /// The file's errors, first one first.
  public var errors: [Diagnostic]
}

/// The outcome of loading scenario files: what plays, and every problem found.
public struct LoadReport: Sendable {
  /// Cases and catalogue entries without errors.
  public var bank: Bank
  /// Every diagnostic of every file, sorted by position.
  public var diagnostics: [Diagnostic]
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
      let fallback = yamlFiles(in: [catalogueFallback], missing: &missing).filter { !checked.contains($0) }
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
      decoded += borrowed
      usedFallback = !borrowed.isEmpty && !hasOwnProgramme
    }
    var assembler = BankAssembler(files: decoded)
    if let catalogueFallback, decoded.contains(where: \.isSeance), !decoded.contains(where: \.declaresCase) {
      // A séance checked alone names the bank's cases: their ids are read, not their problems.
      let bankFiles = yamlFiles(in: [catalogueFallback], missing: &missing)
      assembler.otherCaseIDs = Set(decodeAll(bankFiles).flatMap { $0.declarations.filter { $0.kind == .scenario }.map(\.id) })
    }
    var report = assembler.assemble()
    report.usedFallbackCatalogues = usedFallback
    report.fallbackFiles = borrowed.map(\.path)
    report.diagnostics = (missing + report.diagnostics).sortedByPosition()
    return report
  }

  /// At most this many files are read in one load; the rest are reported, not read.
  public static let maximumFileCount = 50_000

  /// Every `.yaml`/`.yml` file under `paths`, sorted; a missing path becomes a diagnostic.
  static func yamlFiles(in paths: [String], missing: inout [Diagnostic]) -> [String] {
    let found = allYAMLFiles(in: paths, missing: &missing)
    guard found.count > maximumFileCount else { return found }
    missing.append(
      Diagnostic(
        file: found[maximumFileCount], line: 1, column: 1, severity: .error,
        message: "trop de fichiers : seuls les \(maximumFileCount) premiers sont lus (\(found.count) trouvés)"))
    return Array(found.prefix(maximumFileCount))
  }

  private static func allYAMLFiles(in paths: [String], missing: inout [Diagnostic]) -> [String] {
    let manager = FileManager.default
    var found: [String] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
        missing.append(Diagnostic(file: path, line: 1, column: 1, severity: .error, message: "fichier ou dossier introuvable"))
        continue
      }
      guard isDirectory.boolValue else {
        found.append(path)
        continue
      }
      let base = path.hasSuffix("/") ? String(path.dropLast()) : path
      let entries = (manager.enumerator(atPath: path)?.allObjects as? [String]) ?? []
      found += entries.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { "\(base)/\($0)" }
    }
    return found
  }

  /// Reads and decodes files in parallel, keeping their order.
  static func decodeAll(_ paths: [String]) -> [DecodedFile] {
    let results = ResultSlots(count: paths.count)
    DispatchQueue.concurrentPerform(iterations: paths.count) { index in
      let path = paths[index]
      let decoded: DecodedFile
      if let data = readFile(path, limit: FileDecoder.maximumSize) {
        decoded = FileDecoder.decode(path: path, data: data)
      } else {
        var file = DecodedFile(path: path, content: .nothing)
        file.diagnostics = [Diagnostic(file: path, line: 1, column: 1, severity: .error, message: "fichier illisible (droits, ou ce n'est pas un fichier ordinaire)")]
        decoded = file
      }
      results.set(index, decoded)
    }
    return results.values
  }
}

/// The file's bytes, or `limit + 1` bytes when it is larger (enough for the size check, without
/// reading a huge file into memory); nil when it cannot be read.
func readFile(_ path: String, limit: Int) -> Data? {
  let descriptor = open(path, O_RDONLY | O_CLOEXEC)
  guard descriptor >= 0 else { return nil }
  defer { close(descriptor) }
  var info = stat()
  guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
  let wanted = min(Int(info.st_size), limit + 1)
  var bytes = [UInt8](repeating: 0, count: wanted)
  var count = 0
  while count < wanted {
    let read = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + count, wanted - count) }
    if read < 0, errno == EINTR { continue }
    guard read > 0 else { break }
    count += read
  }
  return Data(bytes[..<count])
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
