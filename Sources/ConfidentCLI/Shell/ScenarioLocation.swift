import Foundation

/// Where the bundled cases are when `--scenarios` is not given.
enum ScenarioLocation {
  /// `CONFIDENT_SCENARIOS`, else a `Scenarios` folder beside or above the executable (a build in
  /// `.build/debug/` finds the repository's bank), else `../share/confident/Scenarios`.
  ///
  /// Never a `Scenarios` folder of the current directory: an unpacked download or a colleague's
  /// folder must not silently replace the bundled bank (`--scenarios` says it explicitly).
  static func `default`(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    if let path = environment["CONFIDENT_SCENARIOS"], !path.isEmpty { return path }
    let manager = FileManager.default
    if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
      var folder = executable.deletingLastPathComponent()
      for _ in 0..<6 {
        let candidate = folder.appendingPathComponent("Scenarios")
        if manager.fileExists(atPath: candidate.path) { return candidate.path }
        folder = folder.deletingLastPathComponent()
      }
      let shared = executable.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("share/confident/Scenarios")
      if manager.fileExists(atPath: shared.path) { return shared.path }
    }
    return "Scenarios"
  }

  /// `folders` without repeats and without `bundled` (the same folder named twice, or the
  /// bundled bank named again, loads once).
  static func added(_ folders: [String], to bundled: String) -> [String] {
    var seen: Set<String> = [canonical(bundled)]
    return folders.filter { seen.insert(canonical($0)).inserted }
  }

  private static func canonical(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }
}
