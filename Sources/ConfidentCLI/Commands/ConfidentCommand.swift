import ArgumentParser
import ConfidentContent

/// The `confident` command: the shell by default, or one mode directly.
public struct ConfidentCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "confident",
    abstract: "Entraînement au secret professionnel des travailleurs sociaux de CPAS.",
    discussion: "Sans commande : ouvre le shell interactif sur les cas livrés.",
    subcommands: [Shell.self, ListCases.self, Play.self, ShowReference.self, Lint.self],
    defaultSubcommand: Shell.self
  )

  public init() {}
}

/// Options every command accepts.
struct BankOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("Dossier des scénarios à charger.", valueName: "dossier"), completion: .directory)
  var scenarios: String?

  @Option(
    name: .customLong("data-dir"), help: ArgumentHelp("Dossier des données de l'utilisateur (sinon CONFIDENT_HOME).", valueName: "dossier"),
    completion: .directory)
  var dataDirectory: String?

  var scenarioPath: String { scenarios ?? ScenarioLocation.default() }

  /// The user's data folder.
  var dataPath: String { DataDirectory.resolve(option: dataDirectory) }

  /// The bank, through the cache in the data folder when it is usable.
  func loadBank() -> LoadReport {
    guard DataDirectory.prepare(dataPath) == nil else { return BankLoader.load(paths: [scenarioPath]) }
    return BankCache.load(paths: [scenarioPath], directory: dataPath + "/cache").report
  }
}
