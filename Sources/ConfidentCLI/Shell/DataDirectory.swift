import ConfidentContent
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

  /// Creates the folder (mode 0700 from the start), and checks that it is the user's alone.
  /// Returns a French problem, or nil; with a problem, neither cache nor history is used.
  public static func prepare(_ path: String) -> String? {
    switch PrivateFolder.prepare(path) {
    case nil:
      return nil
    case .uncreatable, .notAFolder:
      return "Dossier de données inutilisable (\(path)) : l'historique ne sera pas enregistré."
    case .readOnly:
      return "Dossier de données en lecture seule (\(path)) : l'historique ne sera pas enregistré."
    case .foreignOwner:
      return "Dossier de données appartenant à un autre utilisateur (\(path)) : ni cache ni historique ne seront utilisés."
    case .sharedWritable:
      return "Dossier de données modifiable par d'autres utilisateurs (\(path)) : ni cache ni historique ne seront utilisés (retirez ces droits : chmod go-w)."
    }
  }
}
