import Foundation

/// The bank's cases in programme order, numbered once for the whole session, and searchable.
public struct CaseCatalogue: Sendable {
  /// Case ids in programme order: number `n` is `ordered[n - 1]`.
  public let ordered: [String]
  private let bank: Bank
  private let programmeOrder: [String: Int]
  /// The cases in the order of ``ordered``, and each id's place there: numbers and lookups in
  /// constant time (a bank of 10,000 cases is listed without searching it 10,000 times).
  private let orderedCases: [Case]
  private let places: [String: Int]

  public init(bank: Bank) {
    self.bank = bank
    let order = Dictionary(bank.programme.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    programmeOrder = order
    // Each case's rank is looked up once, not at every comparison.
    let cases = bank.cases
    let ranks = cases.map { order[$0.points.first ?? ""] ?? .max }
    orderedCases = cases.indices.sorted { l, r in
      (ranks[l], cases[l].level, cases[l].id) < (ranks[r], cases[r].level, cases[r].id)
    }.map { cases[$0] }
    ordered = orderedCases.map(\.id)
    places = Dictionary(ordered.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// The stable number of a case (1-based).
  public func number(of id: String) -> Int? { places[id].map { $0 + 1 } }

  /// The case with this stable number.
  public func `case`(number: Int) -> Case? {
    orderedCases.indices.contains(number - 1) ? orderedCases[number - 1] : nil
  }

  /// Whether `point` is `ancestor` or lies under it (`II.3.police` under `II.3` and `II`).
  public static func point(_ point: String, isUnder ancestor: String) -> Bool {
    point == ancestor || point.hasPrefix(ancestor + ".")
  }

  /// Cases naming `point` or a point under it, in programme order.
  public func cases(under point: String) -> [Case] {
    orderedCases.filter { $0.points.contains { Self.point($0, isUnder: point) } }
  }

  /// Cases matching every word of `query` in their title, tags, id, points or level
  /// (« niveau 1 »), case and accents ignored.
  public func search(_ query: String) -> [Case] {
    var words = query.searchFolded.split(whereSeparator: { $0 == " " }).map(String.init)
    var level: Int?
    if let index = words.firstIndex(of: "niveau"), words.indices.contains(index + 1),
      let number = smallNumber(words[index + 1]), (1...3).contains(number)
    {
      level = number
      words.removeSubrange(index...(index + 1))
    }
    return orderedCases.filter { item in
      if let level, item.level != level { return false }
      let haystack = ([item.title, item.id] + item.tags + item.points).joined(separator: " ").searchFolded
      return words.allSatisfy { haystack.contains($0) }
    }
  }

  /// The programme point a query names exactly (`I.4`, `ii.3.police`), if any.
  public func programmePoint(_ query: String) -> ProgrammePoint? {
    let folded = query.searchFolded
    return bank.programme.first { $0.id.searchFolded == folded }
  }
}

extension String {
  /// Lower case, no accents, punctuation other than « . » and « - » as spaces: for searching.
  var searchFolded: String {
    let folded = folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    return String(folded.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" ? $0 : " " })
  }
}
