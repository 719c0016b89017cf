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
}
