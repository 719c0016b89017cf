import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// What the scenario files look like on disk: each file's path, size and modification time.
/// Cheap enough to take before every prompt (a `stat` per file), so the shell notices an edit.
public struct BankFingerprint: Sendable, Equatable {
  private var entries: [String]

  /// The YAML files under `paths`, as ``BankLoader`` would find them.
  public init(paths: [String]) {
    var missing: [Diagnostic] = []
    entries = BankLoader.yamlFiles(in: paths, missing: &missing).map { path in
      var info = stat()
      guard stat(path, &info) == 0 else { return "\(path)\t-" }
      return "\(path)\t\(info.st_size)\t\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    } + missing.map { "\($0.file)\tmissing" }
  }
}
