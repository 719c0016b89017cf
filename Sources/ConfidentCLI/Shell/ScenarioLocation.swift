import Foundation

/// Where the bundled cases are when `--scenarios` is not given.
enum ScenarioLocation {
  /// `CONFIDENT_SCENARIOS`, else `./Scenarios`, else a `Scenarios` folder above the executable
  /// (a build in `.build/debug/` finds the repository's bank).
  static func `default`(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    if let path = environment["CONFIDENT_SCENARIOS"], !path.isEmpty { return path }
    let manager = FileManager.default
    if manager.fileExists(atPath: "Scenarios") { return "Scenarios" }
    if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
      var folder = executable.deletingLastPathComponent()
      for _ in 0..<6 {
        let candidate = folder.appendingPathComponent("Scenarios")
        if manager.fileExists(atPath: candidate.path) { return candidate.path }
        folder = folder.deletingLastPathComponent()
      }
    }
    return "Scenarios"
  }
}
