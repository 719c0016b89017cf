import Foundation

/// A command of the room session. French names; English aliases are accepted.
enum RoomCommand: Equatable {
  case reveal
  case revote
  case next
  case back
  case skip
  case end
  case note
  case scores
  case redraw
  case undo
  case help
  case remark(String?)

  static let spellings: [(command: RoomCommand, aliases: [String])] = [
    (.reveal, ["reveler", "reveal"]),
    (.revote, ["revoter", "revote"]),
    (.next, ["suivant", "suite", "s", "next"]),
    (.back, ["retour", "precedent", "back"]),
    (.skip, ["passer", "skip"]),
    (.end, ["fin", "terminer", "quitter", "end", "quit", "exit"]),
    (.note, ["note", "notes"]),
    (.scores, ["scores", "score", "classement", "bilan"]),
    (.redraw, ["question", "ecran", "revoir"]),
    (.undo, ["annuler", "undo"]),
    (.help, ["aide", "help", "?"]),
  ]

  init?(parsing line: String) {
    let scalars = line.unicodeScalars
    let end = scalars.firstIndex { $0.properties.isWhitespace } ?? scalars.endIndex
    let first = String(scalars[..<end]).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    let rest = String(scalars[end...]).trimmingUnicodeWhitespace()
    if ["remarque", "remark"].contains(first) {
      self = .remark(rest.isEmpty ? nil : rest)
      return
    }
    guard rest.isEmpty, let found = Self.spellings.first(where: { $0.aliases.contains(first) }) else { return nil }
    self = found.command
  }
}
