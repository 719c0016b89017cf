/// What a room session plays: a title and cases in order, each with an optional note for the
/// trainer (from a `seance:` file, or built from `--cas`, `--point`, `--theme`).
public struct RoomPlan: Sendable, Hashable {
  /// One case of the plan.
  public struct Entry: Sendable, Hashable {
    public var caseID: String
    /// The trainer's own note for this case in this session, shown with the case's note.
    public var note: String?

    public init(caseID: String, note: String? = nil) {
      self.caseID = caseID
      self.note = note
    }
  }

  public var title: String
  public var entries: [Entry]

  public init(title: String, entries: [Entry]) {
    self.title = title
    self.entries = entries
  }

  /// A plan of `ids` with no notes.
  public init(title: String, caseIDs: [String]) {
    self.init(title: title, entries: caseIDs.map { Entry(caseID: $0) })
  }
}

/// A team of the room: its name as given, and the two ways the trainer may type it.
public struct RoomTeam: Sendable, Hashable {
  public var name: String
  /// `A`, `B`, … by position.
  public var letter: String
  /// The name folded to lower case without accents, words joined by `-`: `equipe-a`.
  public var slug: String

  public init(name: String, position: Int) {
    self.name = name
    letter = optionLetter(position).uppercased()
    slug = name.searchFolded.split(whereSeparator: { $0 == " " || $0 == "." }).joined(separator: "-")
  }

  /// Whether `typed` names this team: its letter, its slug or its name, case and accents ignored.
  public func isNamed(by typed: String) -> Bool {
    let folded = typed.searchFolded.split(whereSeparator: { $0 == " " || $0 == "." }).joined(separator: "-")
    return folded == letter.lowercased() || folded == slug
  }

  /// Teams from a comma-separated list (`"Équipe A,Équipe B"`), blanks dropped, at most 26.
  public static func list(_ text: String) -> [RoomTeam] {
    let names = text.split(separator: ",").map { String($0).trimmingUnicodeWhitespace() }.filter { !$0.isEmpty }
    return names.prefix(26).enumerated().map { RoomTeam(name: $1, position: $0) }
  }
}
