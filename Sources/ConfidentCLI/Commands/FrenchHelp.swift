import ArgumentParser

/// What `confident aide [commande]` and `--help` print, in French, built from the commands'
/// definitions (name, aliases, abstract) and the options they take.
enum FrenchHelp {
  struct OptionDoc {
    var flags: String
    var help: String
  }

  struct CommandDoc {
    var command: ParsableCommand.Type
    var arguments: String
    var options: [OptionDoc]

    var name: String { command.configuration.commandName ?? "" }
    var aliases: [String] { command.configuration.aliases }
    var abstract: String { command.configuration.abstract }
  }

  static let common = [
    OptionDoc(flags: "--scenarios <dossier>", help: "ajoute un dossier de cas à la banque livrée (répétable)"),
    OptionDoc(flags: "--data-dir <dossier>", help: "dossier des données (sinon CONFIDENT_HOME, ou ~/.local/share/confident)"),
  ]
  static let play = [
    OptionDoc(flags: "--seed <n>", help: "graine du tirage : le même nombre donne le même ordre des options"),
    OptionDoc(flags: "--ordre-fixe", help: "options dans l'ordre du fichier (alias --fixed-order)"),
  ]

  static let group = [
    OptionDoc(flags: "--cas <id1,id2,…>", help: "les cas, dans l'ordre (identifiants ou numéros)"),
    OptionDoc(flags: "--point <point>", help: "les cas d'un point du programme (ex. I.4)"),
    OptionDoc(flags: "--theme <mots>", help: "les cas d'une recherche (ex. police, « niveau 1 »)"),
    OptionDoc(flags: "--seance <fichier.yaml>", help: "une séance préparée (voir docs/scenario-format.md)"),
    OptionDoc(flags: "--equipes <noms>", help: "des équipes : « Équipe A,Équipe B » (sinon toute la salle)"),
    OptionDoc(flags: "--minuterie <secondes>", help: "temps par vote, affiché à l'invite"),
    OptionDoc(flags: "--debrief <fichier.md>", help: "écrit le débrief à la fin : ce fichier (Markdown) et le même en .csv"),
    OptionDoc(flags: "--notes <fichier>", help: "la note du formateur du cas en cours, pour un second terminal (tail -f)"),
    OptionDoc(flags: "--ascii", help: "barres en caractères ASCII"),
    OptionDoc(flags: "--reprendre", help: "reprend la séance interrompue (coupure…) à la même phase, avec tous les votes"),
    OptionDoc(flags: "--salle", help: "la salle vote aussi depuis ses téléphones (servi par cet ordinateur, rien ne sort)"),
    OptionDoc(flags: "--ecoute <adresse>", help: "avec --salle : 0.0.0.0 pour le Wi-Fi de la salle (défaut 127.0.0.1)"),
    OptionDoc(flags: "--port <port>", help: "avec --salle : le port d'écoute (défaut 8470)"),
  ]

  static let commands: [CommandDoc] = [
    CommandDoc(command: Shell.self, arguments: "", options: common + play),
    CommandDoc(command: ListCases.self, arguments: " [point|mots…]", options: common + [OptionDoc(flags: "--json", help: "sortie JSON (un tableau d'objets)")]),
    CommandDoc(command: Play.self, arguments: " <id>", options: common + play + [
      OptionDoc(flags: "--auteur", help: "montre la note du formateur, les indices, les notes d'auteur et le corrigé"),
    ]),
    CommandDoc(command: ShowReference.self, arguments: " [id]", options: common),
    CommandDoc(command: Lint.self, arguments: " [chemins…]", options: common + [
      OptionDoc(flags: "--strict", help: "les avertissements comptent comme des erreurs"),
      OptionDoc(flags: "--sans-couverture", help: "sans le tableau de couverture (un dossier local)"),
    ]),
    CommandDoc(command: Group.self, arguments: "", options: group + common + play),
    CommandDoc(command: NewCase.self, arguments: " <id>", options: common + [
      OptionDoc(flags: "--point <id>", help: "point du programme du cas (par défaut II.3.police)"),
      OptionDoc(flags: "--sortie <fichier>", help: "fichier à écrire (par défaut <id>.yaml)"),
    ]),
    CommandDoc(command: Export.self, arguments: "", options: common + [
      OptionDoc(flags: "--format <format>", help: "moodle-xml ou gift (les cas), csv ou csv-cas (vos résultats)"),
      OptionDoc(flags: "--sortie <fichier>", help: "fichier à écrire (sinon la sortie standard)"),
      OptionDoc(flags: "--cas <id>", help: "un cas (répétable)"),
      OptionDoc(flags: "--point <id>", help: "les cas d'un point du programme (répétable)"),
    ]),
    CommandDoc(command: Practice.self, arguments: "", options: common + play + [
      OptionDoc(flags: "--nombre <n>", help: "nombre de cas de la session (10 par défaut)"),
      OptionDoc(flags: "--nouveaux <n>", help: "nouveaux cas par jour au plus (5 par défaut)"),
      OptionDoc(flags: "--point <id>", help: "seulement les cas d'un point du programme (I.4…)"),
      OptionDoc(flags: "--theme <thème>", help: "seulement les cas d'un thème ou d'une recherche (police…)"),
      OptionDoc(flags: "--sans-certitude", help: "ne demande pas la certitude après chaque décision"),
    ]),
    CommandDoc(command: ProgressCommand.self, arguments: "", options: common + [
      OptionDoc(flags: "--json", help: "les mêmes chiffres en JSON"),
    ]),
    CommandDoc(command: Forget.self, arguments: "", options: common + [
      OptionDoc(flags: "--oui", help: "sans confirmation (scripts)"),
    ]),
    CommandDoc(command: Assess.self, arguments: "", options: common + [
      OptionDoc(flags: "--nombre <n>", help: "nombre de questions (1 à 60, 15 par défaut)"),
      OptionDoc(flags: "--seed <n>", help: "graine du tirage : le même nombre donne les mêmes questions"),
      OptionDoc(flags: "--rapport <fichier>", help: "écrit le rapport à la fin (.md ou .html)"),
    ]),
  ]

  /// The command a typed word names (French name or alias), if any.
  static func command(named word: String) -> CommandDoc? {
    let folded = word.lowercased()
    return commands.first { $0.name == folded || $0.aliases.contains(folded) }
  }

  static func usage(_ doc: CommandDoc) -> String {
    doc.command == Shell.self ? "confident [options]" : "confident \(doc.name) [options]\(doc.arguments)"
  }

  /// The top-level help.
  static func overview() -> String {
    var text = """
      confident — \(ConfidentCommand.configuration.abstract)

      Usage : confident [commande] [options]
              (sans commande : le shell interactif sur les cas livrés)

      Commandes :

      """
    let listed = commands.filter { $0.command != Shell.self }
    let width = listed.map { $0.name.count }.max() ?? 0
    for doc in listed {
      let aliases = doc.aliases.isEmpty ? "" : " (alias : \(doc.aliases.joined(separator: ", ")))"
      text += "  \(doc.name.padding(toLength: width, withPad: " ", startingAt: 0))  \(doc.abstract)\(aliases)\n"
    }
    text += "\nOptions :\n" + optionLines(common + play + [
      OptionDoc(flags: "--version", help: "affiche la version du programme et celle de la banque de cas"),
      OptionDoc(flags: "-h, --help", help: "affiche cette aide"),
    ])
    text += "\n« confident aide <commande> » : l'aide d'une commande.\n"
    return text
  }

  /// The help of one command.
  static func help(_ doc: CommandDoc) -> String {
    var text = "confident \(doc.name) — \(doc.abstract)\n\nUsage : \(usage(doc))\n"
    if !doc.aliases.isEmpty { text += "Alias : \(doc.aliases.joined(separator: ", "))\n" }
    text += "\nOptions :\n" + optionLines(doc.options + [OptionDoc(flags: "-h, --help", help: "affiche cette aide")])
    return text
  }

  static func optionLines(_ options: [OptionDoc]) -> String {
    let width = options.map(\.flags.count).max() ?? 0
    return options.map { "  \($0.flags.padding(toLength: width, withPad: " ", startingAt: 0))  \($0.help)\n" }.joined()
  }
}
