import ConfidentCore

/// The French manual page `confident(1)`, in `man` macros, built from the same definitions as
/// the French help (``FrenchHelp``'s table of commands and options) and the shell's own `aide`.
///
/// Argument-parser's `generate-manual` plugin writes English section names and its English
/// help, which ``FrenchHelp`` replaces; hence this generator. The output is plain ASCII (every
/// other character as a groff `\[uXXXX]` escape), so it renders the same whatever the locale,
/// and it carries no date, so regenerating it changes nothing unless a definition changed.
enum ManualPage {
  /// The hidden flag that prints the page (`make docs`).
  static let flag = "--generate-manual-page"

  static func render() -> String {
    var page = Roff()
    page.request("TH", "CONFIDENT", "1", "", "confident \(confidentVersion)", "Manuel de Confident")
    // French text: no English hyphenation, no justification gaps (groff's man macros restore
    // both at each paragraph from the HY register and the AD string).
    page.raw(".nr HY 0\n.ds AD l\n.nh\n.ad l\n")
    page.section("NOM")
    page.text("confident - " + lowercasedFirst(ConfidentCommand.configuration.abstract.dropLastPeriod()))
    page.section("SYNOPSIS")
    page.synopsis("[options]")
    for doc in FrenchHelp.commands where doc.command != Shell.self {
      page.synopsis("\(doc.name) [options]\(doc.arguments)")
    }
    page.section("DESCRIPTION")
    page.text(
      "Confident entraîne au secret professionnel des travailleurs sociaux de CPAS (Belgique francophone), "
        + "dans le terminal. Chaque cas pratique est une demande (un policier, un juge, un huissier…) : "
        + "vous décidez quoi faire, puis sur quelle base légale, et Confident explique avec les références "
        + "(loi, jurisprudence, doctrine).")
    page.paragraph()
    page.text(ConfidentCommand.configuration.discussion + " Rien ne quitte la machine : ni réseau, ni télémétrie.")
    page.section("COMMANDES")
    for doc in FrenchHelp.commands where doc.command != Shell.self {
      page.tagged("\(doc.name)\(doc.arguments)", bold: doc.name)
      page.text(doc.abstract + (doc.aliases.isEmpty ? "" : " Alias : \(doc.aliases.joined(separator: ", ")).")
        + " Options : " + doc.options.map { $0.flags.split(separator: " ").first.map(String.init) ?? $0.flags }
        .joined(separator: ", ") + ".")
    }
    page.section("OPTIONS")
    for (flags, text) in optionTexts() {
      page.option(flags)
      page.text(text)
    }
    page.section("DANS LE SHELL")
    var session = Session(bank: Bank())
    for output in session.handle("aide") {
      guard case .item(let marker, let text, _) = output else { continue }
      let tag = marker.trimmingCharacters(in: .whitespaces)
      let hasArgument = tag.contains("<") || tag.contains("[")
      page.tagged(tag, bold: hasArgument ? tag.split(separator: " ").first.map(String.init) : nil)
      page.text(upperFirst(text) + ".")
    }
    page.paragraph()
    page.text(
      "Tab complète les commandes et les identifiants. Ctrl-C abandonne la ligne en cours, jamais la session ; "
        + "Ctrl-D quitte. L'entrée peut venir d'un tube : le cas se rejoue alors de façon déterministe.")
    page.section("ENVIRONNEMENT")
    for (name, text) in environment {
      page.tagged(name, bold: name)
      page.text(text)
    }
    page.section("FICHIERS")
    for (name, text) in files {
      page.tagged(name, bold: nil, italic: true)
      page.text(text)
    }
    page.section("CODE DE RETOUR")
    for (code, text) in exitCodes {
      page.tagged(code, bold: code)
      page.text(text)
    }
    page.section("EXEMPLES")
    for (command, text) in examples {
      page.text(text)
      page.example(command)
    }
    page.section("VOIR AUSSI")
    page.text("Le format des scénarios : docs/scenario-format.md dans les sources, ou /usr/share/doc/confident/ "
      + "quand le paquet Debian l'installe.")
    return page.text
  }

  /// Each option once, in order of first use: an option two commands give different meanings
  /// (`--point`, `--sortie`) says each, with the command it belongs to.
  static func optionTexts() -> [(flags: String, text: String)] {
    var order: [String] = []
    var meanings: [String: [(command: String, help: String)]] = [:]
    let general = [
      FrenchHelp.OptionDoc(flags: "--version", help: "affiche la version du programme et celle de la banque de cas"),
      FrenchHelp.OptionDoc(flags: "-h, --help", help: "affiche l'aide (« confident aide <commande> » : celle d'une commande)"),
    ]
    let uses = FrenchHelp.commands.flatMap { doc in doc.options.map { (doc.name, $0) } } + general.map { ("", $0) }
    for (command, option) in uses {
      if meanings[option.flags] == nil { order.append(option.flags) }
      if meanings[option.flags, default: []].contains(where: { $0.help == option.help }) { continue }
      meanings[option.flags, default: []].append((command, option.help))
    }
    return order.map { flags in
      let all = meanings[flags] ?? []
      guard all.count > 1 else { return (flags, upperFirst(all.first?.help ?? "") + ".") }
      return (flags, all.map { "« \($0.command) » : \($0.help)" }.joined(separator: " ; ") + ".")
    }
  }

  static let environment = [
    ("CONFIDENT_SCENARIOS", "Dossier de la banque de cas, à la place de la banque livrée ; --scenarios y ajoute des dossiers."),
    ("CONFIDENT_HOME", "Dossier des données de l'utilisateur quand --data-dir n'est pas donné."),
    ("XDG_DATA_HOME", "Sinon, les données vont dans $XDG_DATA_HOME/confident, ou ~/.local/share/confident."),
    ("NO_COLOR", "Si elle est définie, le texte est affiché sans couleur."),
  ]

  static let files = [
    ("PREFIX/share/confident/Scenarios",
     "La banque de cas livrée, trouvée à côté du programme (../share/confident depuis bin/), jamais dans le dossier courant."),
    ("~/.local/share/confident/history", "L'historique des lignes tapées dans le shell."),
    ("~/.local/share/confident/cache/", "La banque vérifiée, gardée entre deux lancements ; reconstruite dès qu'un fichier change."),
  ]

  static let exitCodes = [
    ("0", "Succès."),
    ("1", "« verifier » a trouvé des erreurs (ou des avertissements avec --strict) ; ou la banque, le cas cherché ou la référence est introuvable."),
    ("2", "« jouer » : le cas demandé n'existe pas."),
    ("64", "Ligne de commande incorrecte."),
  ]

  static let examples = [
    ("confident cas I.4", "Les cas d'un point du programme :"),
    ("printf 'c\\nsecret\\n' | confident jouer huissier-revenu-integration", "Rejouer un cas de façon déterministe, par un tube :"),
    ("confident verifier --strict mes-cas/", "Vérifier des cas écrits par un formateur, avertissements compris :"),
  ]

  private static func upperFirst(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
  private static func lowercasedFirst(_ text: String) -> String { text.prefix(1).lowercased() + text.dropFirst() }
}

extension String {
  fileprivate func dropLastPeriod() -> String { hasSuffix(".") ? String(dropLast()) : self }
}

/// A roff document under construction: requests, escaped text.
private struct Roff {
  private(set) var text = ""

  /// `.NAME "arg" "arg"…`
  mutating func request(_ name: String, _ arguments: String...) {
    text += "." + name + arguments.map { " \"" + Self.escape($0) + "\"" }.joined() + "\n"
  }

  mutating func section(_ title: String) { request("SH", title) }

  /// Requests written as they are.
  mutating func raw(_ requests: String) { text += requests }

  mutating func paragraph() { text += ".PP\n" }

  /// Running text; a line starting with `.` or `'` is protected.
  mutating func text(_ line: String) { text += "\\&" + Self.escape(line) + "\n" }

  /// `confident <words>` in the synopsis: words in bold, `<x>` and `[options]` in italics.
  mutating func synopsis(_ words: String) {
    text += ".br\n\\fBconfident\\fR " + Self.styled(words) + "\n"
  }

  /// A tagged paragraph (`.TP`); its tag in bold (`bold` is the bold part) or italics.
  mutating func tagged(_ tag: String, bold: String?, italic: Bool = false) {
    text += ".TP\n"
    if italic {
      text += "\\fI" + Self.escape(tag) + "\\fR\n"
    } else if let bold, tag.hasPrefix(bold) {
      text += "\\fB" + Self.escape(bold) + "\\fR" + Self.styled(String(tag.dropFirst(bold.count))) + "\n"
    } else {
      text += "\\fB" + Self.escape(tag) + "\\fR\n"
    }
  }

  /// An option's tag: `--seed <n>` → bold flag, italic value.
  mutating func option(_ flags: String) { text += ".TP\n" + Self.styled(flags, boldFlags: true) + "\n" }

  /// A command line set apart, in bold.
  mutating func example(_ command: String) {
    text += ".RS\n.nf\n\\fB" + Self.escape(command) + "\\fR\n.fi\n.RE\n"
  }

  /// `<x>` in italics (without the brackets); with `boldFlags`, words starting with `-` in bold.
  static func styled(_ words: String, boldFlags: Bool = false) -> String {
    var result = ""
    var word = ""
    func flush() {
      guard !word.isEmpty else { return }
      if word.hasPrefix("<"), let end = word.firstIndex(of: ">") {
        result += "\\fI" + escape(String(word[word.index(after: word.startIndex)..<end])) + "\\fR" + escape(String(word[word.index(after: end)...]))
      } else if word.hasPrefix("["), word.hasSuffix("]") {
        result += "[\\fI" + escape(String(word.dropFirst().dropLast())) + "\\fR]"
      } else if boldFlags, word.hasPrefix("-") {
        let name = word.hasSuffix(",") ? String(word.dropLast()) : word
        result += "\\fB" + escape(name) + "\\fR" + (word.hasSuffix(",") ? "," : "")
      } else {
        result += escape(word)
      }
      word = ""
    }
    for character in words {
      if character == " " {
        flush()
        result += " "
      } else {
        word.append(character)
      }
    }
    flush()
    return result
  }

  /// Backslashes and hyphens escaped, every non-ASCII character as `\[uXXXX]`; the spaces
  /// French typography keeps with « », :, ; ? and ! do not break.
  static func escape(_ text: String) -> String {
    var result = ""
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      let next = index + 1 < scalars.count ? scalars[index + 1] : nil
      let previous = index > 0 ? scalars[index - 1] : nil
      if scalar == " ", previous == "«" || [":", ";", "?", "!", "»"].contains(next) {
        result += "\\~"
        continue
      }
      switch scalar {
      case "\\": result += "\\e"
      case "-": result += "\\-"
      case "\"": result += "\\(dq"
      case "\u{A0}", "\u{202F}": result += "\\~"
      case _ where scalar.isASCII: result.unicodeScalars.append(scalar)
      default:
        let hex = String(scalar.value, radix: 16, uppercase: true)
        result += "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
      }
    }
    return result
  }
}
