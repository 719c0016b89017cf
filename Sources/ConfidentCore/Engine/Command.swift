import Foundation

/// A shell command, parsed from a line. French names; English aliases are accepted but not
/// offered by Tab.
enum Command: Equatable {
  case help(String?)
  case list(filter: String?)
  case play(String?)
  case reference(String?)
  case why
  case hint
  case question
  case skip
  case score
  case reload
  /// `pratique [options]`: the driver switches to a ``PracticeSession``.
  case practice(String?)
  /// `progression`: the driver shows the progress report.
  case progress
  case quit

  /// Canonical (French) name → accepted spellings, accents and case ignored.
  static let spellings: [(name: String, aliases: [String])] = [
    ("aide", ["aide", "help", "?"]),
    ("cas", ["cas", "list"]),
    ("jouer", ["jouer", "play"]),
    ("ref", ["ref", "reference"]),
    ("pourquoi", ["pourquoi", "why"]),
    ("indice", ["indice", "hint"]),
    ("question", ["question", "revoir"]),
    ("passer", ["passer", "skip"]),
    ("bilan", ["bilan", "score"]),
    ("recharger", ["recharger", "reload"]),
    ("pratique", ["pratique", "practice"]),
    ("progression", ["progression", "stats"]),
    ("quitter", ["quitter", "quit", "exit"]),
  ]

  /// Names offered by Tab completion: the French ones.
  static let frenchNames = ["aide", "bilan", "cas", "indice", "jouer", "passer", "pourquoi", "pratique", "progression", "question", "quitter", "recharger", "ref", "revoir", "suivant"]

  /// The canonical name of a typed command word, if it is one.
  static func name(_ word: String) -> String? {
    let folded = word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    return spellings.first { $0.aliases.contains(folded) }?.name
  }

  /// « suivant », « s », « next »: go on after a result.
  static func isNext(_ word: String) -> Bool {
    ["suivant", "suite", "s", "next"].contains(word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil))
  }

  init?(parsing line: String) {
    // Any Unicode white space separates the command from its argument (NBSP, tab…).
    let scalars = line.unicodeScalars
    let end = scalars.firstIndex { $0.properties.isWhitespace } ?? scalars.endIndex
    let first = String(scalars[..<end])
    guard let name = Command.name(first) else { return nil }
    let rest = String(scalars[end...]).trimmingUnicodeWhitespace()
    let argument = rest.isEmpty ? nil : rest
    switch name {
    case "aide": self = .help(argument)
    case "cas": self = .list(filter: argument)
    case "jouer": self = .play(argument)
    case "ref": self = .reference(argument)
    case "pourquoi": self = .why
    case "indice": self = .hint
    case "question": self = .question
    case "passer": self = .skip
    case "bilan": self = .score
    case "recharger": self = .reload
    case "pratique": self = .practice(argument)
    case "progression": self = .progress
    default: self = .quit
    }
  }
}
