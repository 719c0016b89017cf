import Foundation

/// A shell command, parsed from a line. French names, English aliases.
enum Command: Equatable {
  case help
  case list(filter: String?)
  case play(String?)
  case reference(String?)
  case why
  case hint
  case skip
  case score
  case quit

  /// Canonical (French) name → accepted spellings, accents and case ignored.
  static let spellings: [(name: String, aliases: [String])] = [
    ("aide", ["aide", "help", "?"]),
    ("cas", ["cas", "list", "liste"]),
    ("jouer", ["jouer", "play"]),
    ("ref", ["ref", "reference"]),
    ("pourquoi", ["pourquoi", "why"]),
    ("indice", ["indice", "hint"]),
    ("passer", ["passer", "skip"]),
    ("bilan", ["bilan", "score"]),
    ("quitter", ["quitter", "quit", "exit"]),
  ]

  /// Names offered by Tab completion.
  static var names: [String] { spellings.flatMap(\.aliases).filter { $0 != "?" } }

  /// The canonical name of a typed command word, if it is one.
  static func name(_ word: String) -> String? {
    let folded = word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    return spellings.first { $0.aliases.contains(folded) }?.name
  }

  init?(parsing line: String) {
    let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
    guard let first = parts.first, let name = Command.name(first) else { return nil }
    let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : nil
    switch name {
    case "aide": self = .help
    case "cas": self = .list(filter: argument)
    case "jouer": self = .play(argument)
    case "ref": self = .reference(argument)
    case "pourquoi": self = .why
    case "indice": self = .hint
    case "passer": self = .skip
    case "bilan": self = .score
    default: self = .quit
    }
  }
}
