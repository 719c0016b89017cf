import ConfidentCore
import Foundation

/// Reads the fields of one YAML mapping, reporting unknown, missing and mistyped ones.
///
/// Every accessor reports its own problem and returns `nil`, so one pass finds every error.
struct Fields {
  let node: YAMLNode
  let what: String
  /// The mapping's pairs with a text key, in file order (the composer refuses duplicates; a
  /// mapping has a dozen keys: a scan beats hashing).
  private let pairs: [(key: String, pair: YAMLPair)]
  private let reporter: Reporter

  /// `what` names the mapping in messages ("le cas", "l'option b").
  init?(_ node: YAMLNode, what: String, allowed: [String], reporter: Reporter) {
    guard case .mapping(let mapping) = node else {
      reporter.error(node, "\(what) doit être un dictionnaire (des paires « clé: valeur »), valeur trouvée : \(describe(node))")
      return nil
    }
    self.node = node
    self.what = what
    var pairs: [(key: String, pair: YAMLPair)] = []
    pairs.reserveCapacity(mapping.pairs.count)
    self.reporter = reporter
    for pair in mapping.pairs {
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
      pairs.append((key, pair))
    }
    self.pairs = pairs
  }

  private func pair(_ key: String) -> YAMLPair? {
    pairs.first { $0.key == key }?.pair
  }

  /// The value node of `key`, `nil` if absent or null. A missing required key is reported.
  func value(_ key: String, required: Bool = false) -> YAMLNode? {
    let value = pair(key)?.value
    if let value, !isNull(value) { return value }
    if required {
      let problem = value == nil ? "champ obligatoire « \(key) » manquant" : "champ obligatoire « \(key) » vide"
      reporter.error(value ?? node, "\(problem) dans \(what)")
    }
    return nil
  }

  func keyNode(_ key: String) -> YAMLNode? {
    pair(key)?.key
  }

  /// A text field. Numbers and dates are kept as written.
  func string(_ key: String, required: Bool = false) -> String? {
    guard let value = value(key, required: required) else { return nil }
    guard case .scalar(let scalar) = value else {
      reporter.error(value, "« \(key) » doit être un texte, valeur trouvée : \(describe(value))")
      return nil
    }
    let text = scalar.string.trimmed
    if text.isEmpty, required {
      reporter.error(value, "champ obligatoire « \(key) » vide dans \(what)")
      return nil
    }
    if CaseTemplate.holdsPlaceholder(text) {
      reporter.error(value, "« \(key) » est encore à compléter dans \(what) (remplacez « \(CaseTemplate.placeholder) »)")
      return nil
    }
    if mayHoldBidiControl(text), let control = text.unicodeScalars.first(where: \.isBidiControl) {
      let code = "U+" + String(control.value, radix: 16, uppercase: true)
      reporter.warning(value, "« \(key) » contient un caractère de contrôle bidirectionnel (\(code)), qui peut inverser le texte affiché : il sera montré comme ⟨\(code)⟩")
    }
    return text
  }

  func int(_ key: String, required: Bool = false, range: ClosedRange<Int>) -> Int? {
    guard let value = value(key, required: required) else { return nil }
    guard let number = value.scalar.flatMap({ Int($0.string) }), range.contains(number) else {
      reporter.error(value, "« \(key) » doit être un nombre entier de \(range.lowerBound) à \(range.upperBound), valeur trouvée : \(describe(value))")
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
      reporter.error(value, "« \(key) » doit valoir true ou false, valeur trouvée : \(describe(value))")
      return nil
    }
  }

  /// A sequence field; a single scalar is not silently accepted.
  func list(_ key: String, required: Bool = false) -> [YAMLNode]? {
    guard let value = value(key, required: required) else { return nil }
    guard case .sequence(let sequence) = value else {
      reporter.error(value, "« \(key) » doit être une liste, valeur trouvée : \(describe(value))")
      return nil
    }
    if required, sequence.elements.isEmpty {
      reporter.error(value, "« \(key) » ne doit pas être une liste vide")
    }
    return sequence.elements
  }

  /// A list of texts, each with its node (for positions).
  func strings(_ key: String, required: Bool = false) -> [(String, YAMLNode)]? {
    guard let items = list(key, required: required) else { return nil }
    return items.compactMap { item in
      guard case .scalar(let scalar) = item, !isNull(item) else {
        reporter.error(item, "les éléments de « \(key) » doivent être des textes, valeur trouvée : \(describe(item))")
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
      reporter.error(node, "« \(key) » doit être une date \(expected), valeur trouvée : « \(text) »")
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
      reporter.error(node, "« \(key) » doit valoir \(choices) ; valeur trouvée : « \(text) »")
      return nil
    }
    return value
  }
}

func isNull(_ node: YAMLNode) -> Bool {
  guard case .scalar(let scalar) = node else { return false }
  return scalar.isTaggedNull || (scalar.isPlain && ["", "~", "null", "Null", "NULL"].contains(scalar.string))
}

/// How a node looks, for messages: « deux » (texte), une liste, un dictionnaire.
func describe(_ node: YAMLNode) -> String {
  switch node {
  case .scalar(let scalar):
    let text = scalar.string.count > 40 ? String(scalar.string.prefix(40)) + "…" : scalar.string
    return isNull(node) ? "une valeur vide" : "« \(text) »"
  case .sequence: return "une liste"
  case .mapping: return "un dictionnaire"
  }
}

/// False when `text` has none of the embedding and isolate controls (U+202A–202E, U+2066–2069,
/// in UTF-8 E2 80 AA–AE and E2 81 A6–A9): a byte scan spares most texts the scalar walk.
func mayHoldBidiControl(_ text: String) -> Bool {
  var text = text
  return text.withUTF8 { bytes in
    var index = 0
    while index + 2 < bytes.count {
      if bytes[index] == 0xE2 {
        let second = bytes[index + 1], third = bytes[index + 2]
        if (second == 0x80 && (0xAA...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third)) {
          return true
        }
      }
      index += 1
    }
    return false
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
    // ASCII whitespace is cut byte by byte; a non-ASCII character at either end (it may be a
    // no-break space) takes the Character path.
    let bytes = utf8
    var start = bytes.startIndex
    var end = bytes.endIndex
    while start < end, isASCIIWhitespace(bytes[start]) { start = bytes.index(after: start) }
    while end > start, isASCIIWhitespace(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
    guard start < end else { return "" }
    if bytes[start] >= 0x80 || bytes[bytes.index(before: end)] >= 0x80 { return characterTrimmed }
    if start == bytes.startIndex, end == bytes.endIndex { return self }
    return String(self[start..<end])
  }

  private var characterTrimmed: String {
    guard let first = firstIndex(where: { !$0.isWhitespace }),
      let last = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    if first == startIndex, last == index(before: endIndex) { return self }
    return String(self[first...last])
  }
}

private func isASCIIWhitespace(_ byte: UInt8) -> Bool {
  byte == 0x20 || (0x09...0x0D).contains(byte)
}
