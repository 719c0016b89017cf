import ArgumentParser
import ConfidentContent

/// The `confident` command: the shell by default, or one mode directly.
public struct ConfidentCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "confident",
    abstract: "Entraînement au secret professionnel des travailleurs sociaux de CPAS.",
    discussion: "Sans commande : ouvre le shell interactif sur les cas livrés.",
    subcommands: [Shell.self, ListCases.self, Play.self, ShowReference.self, Lint.self, Practice.self, ProgressCommand.self, Forget.self, Assess.self, Group.self, NewCase.self, Export.self],
    defaultSubcommand: Shell.self
  )

  public init() {}
}

/// Options every command accepts.
struct BankOptions: ParsableArguments {
  @Option(
    name: .long, help: ArgumentHelp("Dossier de cas ajouté à la banque livrée (répétable).", valueName: "dossier"),
    completion: .directory)
  var scenarios: [String] = []

  @Option(
    name: .customLong("data-dir"), help: ArgumentHelp("Dossier des données de l'utilisateur (sinon CONFIDENT_HOME).", valueName: "dossier"),
    completion: .directory)
  var dataDirectory: String?

  /// The bundled bank, always loaded.
  var scenarioPath: String { ScenarioLocation.default() }

  /// The `--scenarios` folders added to the bundled bank, without the bundled one itself.
  var addedFolders: [String] { ScenarioLocation.added(scenarios, to: scenarioPath) }

  /// The user's data folder.
  var dataPath: String { DataDirectory.resolve(option: dataDirectory) }

  /// The bank, through the cache in the data folder when it is usable.
  func loadBank() -> LoadReport {
    // A local folder is small and often edited: it is loaded without the cache.
    guard addedFolders.isEmpty else { return BankLoader.load(bundled: scenarioPath, added: addedFolders) }
    guard DataDirectory.prepare(dataPath) == nil else { return BankLoader.load(paths: [scenarioPath]) }
    return BankCache.load(paths: [scenarioPath], directory: dataPath + "/cache", writeInBackground: true).report
  }
}
