/// Reads a typed tally into a ``RoomVote``: `a 3 b 9 c 2` for the room, `A b` or `equipe-a b`
/// for a team. Every refusal comes with a French message saying what to type.
public struct TallyParser: Sendable {
  /// What the tally is about: options (keys are letters) or grounds (numbers or ids).
  public enum Subject: Sendable, Hashable {
    /// `count` options shown as `a`, `b`…; `order` maps a shown position to the authored index.
    case options(order: [Int])
    /// The bank's grounds, by 1-based number or id.
    case grounds(ids: [String])
  }

  /// Longest line read as a tally.
  public static let maximumLength = 300
  /// Most votes one choice may get in one tally.
  public static let maximumCount = 9999

  public var subject: Subject
  public var teams: [RoomTeam]

  public init(subject: Subject, teams: [RoomTeam]) {
    self.subject = subject
    self.teams = teams
  }

  /// The vote a line stands for, or a French message.
  public func parse(_ line: String) -> Result<RoomVote, TallyError> {
    guard line.utf8.count <= Self.maximumLength else {
      return .failure(TallyError("Ligne trop longue pour un décompte (\(Self.maximumLength) caractères au plus)."))
    }
    let tokens = tokenize(line)
    guard !tokens.isEmpty else { return .failure(TallyError(example)) }
    if tokens.count >= 2, let last = tokens.last, let choice = key(last) {
      let head = tokens.dropLast().joined(separator: " ")
      if let team = teams.firstIndex(where: { $0.isNamed(by: head) }) {
        return .success(.team(team, choice: choice))
      }
    }
    guard tokens.count.isMultiple(of: 2) else {
      if tokens.count == 1 {
        guard key(tokens[0]) != nil else { return .failure(TallyError("\(unknownKey) : « \(tokens[0].echoed) » (\(range)).")) }
        return .failure(TallyError("Il manque le nombre de votes après « \(tokens[0].echoed) ». \(example)"))
      }
      return .failure(TallyError("Décompte incomplet : \(eachKey) de son nombre de votes. \(example)"))
    }
    var tally: [Int: Int] = [:]
    for index in stride(from: 0, to: tokens.count, by: 2) {
      let typedKey = tokens[index]
      let typedCount = tokens[index + 1]
      guard let choice = key(typedKey) else {
        if teams.contains(where: { $0.isNamed(by: typedKey) }) {
          return .failure(TallyError("Une équipe donne une seule \(keyName) : « \(typedKey.echoed) \(teamExample) »."))
        }
        return .failure(TallyError("\(unknownKey) : « \(typedKey.echoed) » (\(range))."))
      }
      guard let count = smallNumber(typedCount) else {
        return .failure(TallyError("« \(typedCount.echoed) » n'est pas un nombre de votes (un nombre entier de 0 à \(Self.maximumCount)). \(example)"))
      }
      guard count <= Self.maximumCount else {
        return .failure(TallyError("\(count) votes pour « \(typedKey.echoed) » : c'est plus que le maximum (\(Self.maximumCount))."))
      }
      guard tally[choice] == nil else {
        return .failure(TallyError("« \(typedKey.echoed) » est donné deux fois dans le décompte."))
      }
      tally[choice] = count
    }
    return .success(.room(tally))
  }

  /// Words of the line: split on spaces, commas, « ; » and « = »; `a3` and `a:3` become two.
  func tokenize(_ line: String) -> [String] {
    let separators: Set<Character> = [" ", ",", ";", "=", ":", "\t", "\u{A0}", "\u{202F}"]
    var tokens: [String] = []
    for word in line.split(whereSeparator: { separators.contains($0) }) {
      var word = String(word)
      if word.hasSuffix(")") { word.removeLast() }
      if case .options = subject, let split = letterThenDigits(word) {
        tokens += split
      } else if !word.isEmpty {
        tokens.append(word)
      }
    }
    return tokens
  }

  /// `b12` → [`b`, `12`]; anything else `nil`.
  private func letterThenDigits(_ word: String) -> [String]? {
    guard let firstDigit = word.firstIndex(where: \.isASCIIDigit), firstDigit != word.startIndex else { return nil }
    let letters = word[..<firstDigit]
    let digits = word[firstDigit...]
    guard letters.count <= 2, letters.allSatisfy({ $0.isLetter && $0.isASCII }), digits.allSatisfy(\.isASCIIDigit)
    else { return nil }
    return [String(letters), String(digits)]
  }

  /// The choice a typed key names: a shown letter for options, a number or id for grounds.
  func key(_ typed: String) -> Int? {
    let folded = typed.lowercased()
    switch subject {
    case .options(let order):
      guard !folded.allSatisfy(\.isASCIIDigit) else { return nil }
      guard let position = optionPosition(folded, count: order.count) else { return nil }
      return order[position]
    case .grounds(let ids):
      if let number = smallNumber(folded) { return ids.indices.contains(number - 1) ? number - 1 : nil }
      return ids.firstIndex(of: folded)
    }
  }

  private var keyName: String {
    if case .options = subject { return "lettre" }
    return "fondement"
  }

  private var eachKey: String {
    if case .options = subject { return "chaque lettre doit être suivie" }
    return "chaque numéro de fondement doit être suivi"
  }

  private var unknownKey: String {
    if case .options = subject { return "Option inconnue" }
    return "Fondement inconnu"
  }

  private var range: String {
    switch subject {
    case .options(let order): return "options de a à \(optionLetter(max(order.count, 1) - 1))"
    case .grounds(let ids): return "fondements de 1 à \(ids.count), ou leur identifiant"
    }
  }

  private var teamExample: String {
    if case .options = subject { return "b" }
    return "2"
  }

  /// What to type, with the teams' form when there are teams.
  var example: String {
    let room: String
    switch subject {
    case .options(let order):
      let letters = (0..<min(max(order.count, 1), 3)).map { "\(optionLetter($0)) \([3, 9, 2][$0])" }
      room = "« \(letters.joined(separator: " ")) »"
    case .grounds: room = "« 1 5 3 9 » (numéro du fondement, puis nombre de votes)"
    }
    guard let team = teams.first else { return "Exemple : \(room)." }
    return "Exemple : \(room), ou pour une équipe « \(team.letter) \(teamExample) »."
  }
}

/// Why a typed tally was refused, in French.
public struct TallyError: Error, Sendable, Hashable {
  public var message: String
  public init(_ message: String) { self.message = message }
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isNumber }
}
