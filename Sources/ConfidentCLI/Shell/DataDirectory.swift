import Foundation

/// Where the user's data (history, later progress) lives.
public enum DataDirectory {
  /// `--data-dir`, else `CONFIDENT_HOME`, else `$XDG_DATA_HOME/confident`, else
  /// `~/.local/share/confident`.
  public static func resolve(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    if let option, !option.isEmpty { return option }
    if let home = environment["CONFIDENT_HOME"], !home.isEmpty { return home }
    if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/confident" }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return home + "/.local/share/confident"
  }

  /// Creates the folder, readable by the user only. Returns a French problem, or nil.
  public static func prepare(_ path: String) -> String? {
    do {
      try FileManager.default.createDirectory(
        atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    } catch {
      return "Dossier de données inutilisable (\(path)) : l'historique ne sera pas enregistré."
    }
    guard FileManager.default.isWritableFile(atPath: path) else {
      return "Dossier de données en lecture seule (\(path)) : l'historique ne sera pas enregistré."
    }
    return nil
  }
}
