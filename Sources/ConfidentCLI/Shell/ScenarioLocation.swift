import Foundation

/// Where the bundled cases are when `--scenarios` is not given.
enum ScenarioLocation {
  /// `CONFIDENT_SCENARIOS`, else the first that exists of: a `Scenarios` folder beside the
  /// executable, `../share/confident/Scenarios` (an installed copy, or an unpacked archive), and
  /// a `Scenarios` folder above the executable (a build in `.build/debug/` finds the
  /// repository's bank).
  ///
  /// Never a `Scenarios` folder of the current directory: an unpacked download or a colleague's
  /// folder must not silently replace the bundled bank (`--scenarios` says it explicitly). When
  /// nothing is found, the installed location is returned, so the message names where the cases
  /// were expected.
  ///
  /// - Parameter executable: the running program (symbolic links are followed).
  static func `default`(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    executable: URL? = Bundle.main.executableURL
  ) -> String {
    if let path = environment["CONFIDENT_SCENARIOS"], !path.isEmpty { return path }
    guard let executable = executable?.resolvingSymlinksInPath() else { return "Scenarios" }
    let folder = executable.deletingLastPathComponent()
    let shared = folder.deletingLastPathComponent().appendingPathComponent("share/confident/Scenarios")
    var candidates = [folder.appendingPathComponent("Scenarios"), shared]
    var above = folder
    for _ in 0..<5 {
      above = above.deletingLastPathComponent()
      candidates.append(above.appendingPathComponent("Scenarios"))
    }
    var isDirectory: ObjCBool = false
    let found = candidates.first {
      FileManager.default.fileExists(atPath: $0.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
    return (found ?? shared).standardizedFileURL.path
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
