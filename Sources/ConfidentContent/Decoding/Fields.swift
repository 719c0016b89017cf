import ConfidentCore
import Foundation
import Yams

/// Reads the fields of one YAML mapping, reporting unknown, missing and mistyped ones.
///
/// Every accessor reports its own problem and returns `nil`, so one pass finds every error.
struct Fields {
  let node: Node
  let what: String
  /// Key text → (key node, value node); the first occurrence wins (Yams refuses duplicates).
  private let pairs: [String: (key: Node, value: Node)]
  private let reporter: Reporter

  /// `what` names the mapping in messages ("le cas", "l'option b").
  init?(_ node: Node, what: String, allowed: [String], reporter: Reporter) {
    guard case .mapping(let mapping) = node else {
      reporter.error(node, "\(what) doit être un dictionnaire (des paires « clé: valeur »), trouvé \(describe(node))")
      return nil
    }
    self.node = node
    self.what = what
    var pairs: [String: (key: Node, value: Node)] = [:]
    pairs.reserveCapacity(mapping.count)
    self.reporter = reporter
    for pair in mapping {
      guard let key = pair.key.scalar?.string else {
        reporter.error(pair.key, "clé invalide dans \(what)")
        continue
      }
      if !allowed.contains(key) {
        var message = "champ inconnu « \(key) » dans \(what)"
        if let guess = closest(to: key, in: allowed) { message += " ; vouliez-vous dire « \(guess) » ?" }
        message += " (champs possibles : \(allowed.joined(separator: ", ")))"
        reporter.error(pair.key, message)
      }
      if pairs[key] == nil { pairs[key] = pair }
    }
    self.pairs = pairs
  }

  /// The value node of `key`, `nil` if absent or null. A missing required key is reported.
  func value(_ key: String, required: Bool = false) -> Node? {
    let value = pairs[key]?.value
    if let value, !isNull(value) { return value }
    if required {
      let problem = value == nil ? "champ obligatoire « \(key) » manquant" : "champ obligatoire « \(key) » vide"
      reporter.error(value ?? node, "\(problem) dans \(what)")
    }
    return nil
  }

  func keyNode(_ key: String) -> Node? {
    pairs[key]?.key
  }

  /// A text field. Numbers and dates are kept as written.
  func string(_ key: String, required: Bool = false) -> String? {
    guard let value = value(key, required: required) else { return nil }
    guard case .scalar(let scalar) = value else {
      reporter.error(value, "« \(key) » doit être un texte, trouvé \(describe(value))")
      return nil
    }
    let text = scalar.string.trimmed
    if text.isEmpty, required {
      reporter.error(value, "champ obligatoire « \(key) » vide dans \(what)")
      return nil
    }
    if text.contains(CaseTemplate.placeholder) {
      reporter.error(value, "« \(key) » est encore à compléter dans \(what) (remplacez « \(CaseTemplate.placeholder) »)")
      return nil
    }
    if let control = text.unicodeScalars.first(where: \.isBidiControl) {
      let code = "U+" + String(control.value, radix: 16, uppercase: true)
      reporter.warning(value, "« \(key) » contient un caractère de contrôle bidirectionnel (\(code)), qui peut inverser le texte affiché : il sera montré comme ⟨\(code)⟩")
    }
    return text
  }

  func int(_ key: String, required: Bool = false, range: ClosedRange<Int>) -> Int? {
    guard let value = value(key, required: required) else { return nil }
    guard let number = value.scalar.flatMap({ Int($0.string) }), range.contains(number) else {
      reporter.error(value, "« \(key) » doit être un nombre entier de \(range.lowerBound) à \(range.upperBound), trouvé \(describe(value))")
      return nil
    }
    return number
  }

  func bool(_ key: String) -> Bool? {
    guard let value = value(key) else { return nil }
    switch value.scalar?.string.lowercased() {
    case "true", "yes", "oui": return true
    case "false", "no", "non": return false
    default:
      reporter.error(value, "« \(key) » doit valoir true ou false, trouvé \(describe(value))")
      return nil
    }
  }

  /// A sequence field; a single scalar is not silently accepted.
  func list(_ key: String, required: Bool = false) -> [Node]? {
    guard let value = value(key, required: required) else { return nil }
    guard case .sequence(let sequence) = value else {
      reporter.error(value, "« \(key) » doit être une liste, trouvé \(describe(value))")
      return nil
    }
    if required, sequence.isEmpty {
      reporter.error(value, "« \(key) » ne doit pas être une liste vide")
    }
    return Array(sequence)
  }

  /// A list of texts, each with its node (for positions).
  func strings(_ key: String, required: Bool = false) -> [(String, Node)]? {
    guard let items = list(key, required: required) else { return nil }
    return items.compactMap { item in
      guard case .scalar(let scalar) = item, !isNull(item) else {
        reporter.error(item, "les éléments de « \(key) » doivent être des textes, trouvé \(describe(item))")
        return nil
      }
      return (scalar.string, item)
    }
  }

  /// A date field: YYYY-MM-DD (or YYYY when `yearAllowed`).
  func date(_ key: String, required: Bool = false, yearAllowed: Bool = false) -> String? {
    guard let text = string(key, required: required), let node = value(key) else { return nil }
    guard isISODate(text) || (yearAllowed && text.count == 4 && Int(text) != nil) else {
      let expected = yearAllowed ? "AAAA-MM-JJ ou AAAA" : "AAAA-MM-JJ"
      reporter.error(node, "« \(key) » doit être une date \(expected), trouvé « \(text) »")
      return nil
    }
    return text
  }

  /// A field whose value must be one of `choices`.
  func choice<T: RawRepresentable & CaseIterable>(_ key: String, required: Bool = false) -> T?
  where T.RawValue == String {
    guard let text = string(key, required: required), let node = value(key) else { return nil }
    guard let value = T(rawValue: text) else {
      let choices = T.allCases.map(\.rawValue).joined(separator: ", ")
      reporter.error(node, "« \(key) » doit valoir \(choices) ; trouvé « \(text) »")
      return nil
    }
    return value
  }
}

func isNull(_ node: Node) -> Bool {
  guard case .scalar(let scalar) = node else { return false }
  return scalar.tag.description == Tag.Name.null.rawValue
    || (scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string))
}

/// How a node looks, for messages: « deux » (texte), une liste, un dictionnaire.
func describe(_ node: Node) -> String {
  switch node {
  case .scalar(let scalar):
    let text = scalar.string.count > 40 ? String(scalar.string.prefix(40)) + "…" : scalar.string
    return isNull(node) ? "une valeur vide" : "« \(text) »"
  case .sequence: return "une liste"
  case .mapping: return "un dictionnaire"
  case .alias: return "un alias"
  }
}

func isISODate(_ text: String) -> Bool {
  let parts = text.split(separator: "-", omittingEmptySubsequences: false)
  guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
    let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
  else { return false }
  return year > 1700 && (1...12).contains(month) && (1...31).contains(day)
}

/// The allowed name nearest to a misspelt one, if it is close enough to be a typo.
func closest(to word: String, in candidates: [String]) -> String? {
  let scored = candidates.map { ($0, editDistance(word.lowercased(), $0)) }
  guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= (word.count >= 4 ? 2 : 1) else { return nil }
  return best.0
}

func editDistance(_ a: String, _ b: String) -> Int {
  let a = Array(a), b = Array(b)
  var row = Array(0...b.count)
  for i in 1...max(a.count, 1) where !a.isEmpty {
    var previous = row[0]
    row[0] = i
    for j in stride(from: 1, through: b.count, by: 1) {
      let current = row[j]
      row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
      previous = current
    }
  }
  return a.isEmpty ? b.count : row[b.count]
}

extension String {
  /// Without leading and trailing whitespace (Foundation's version bridges to NSString: slow).
  var trimmed: String {
    guard let first = firstIndex(where: { !$0.isWhitespace }),
      let last = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    if first == startIndex, last == index(before: endIndex) { return self }
    return String(self[first...last])
  }
}
