import ArgumentParser

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
  @Option(name: .long, help: ArgumentHelp("Dossier des scénarios à charger.", valueName: "dossier"))
  var scenarios: String?

  @Option(name: .customLong("data-dir"), help: ArgumentHelp("Dossier des données de l'utilisateur (sinon CONFIDENT_HOME).", valueName: "dossier"))
  var dataDirectory: String?

  var scenarioPath: String { scenarios ?? ScenarioLocation.default() }
}
