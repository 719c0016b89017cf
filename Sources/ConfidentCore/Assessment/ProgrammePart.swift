/// The six parts of the course programme the self-assessment reports on (brief §2).
///
/// A case belongs to a part when one of its programme points lies under one of the part's
/// points (`I.4.temoignage` under `I.4`).
public enum ProgrammePart: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
  /// I.1–I.3: context, notion, scope.
  case foundations = "I.1–I.3"
  /// I.4: exceptions.
  case exceptions = "I.4"
  /// I.5: shared secret, necessity, contradictions.
  case tempering = "I.5"
  /// II.1–II.2: internal procedures, the secret within the CPAS.
  case insideCPAS = "II.1–II.2"
  /// II.3: requests from third parties.
  case thirdParties = "II.3"
  /// III: conclusions, good practice, internal framework.
  case conclusions = "III"

  /// The programme point ids shown with the part: `I.1–I.3`, `II.3`…
  public var label: String { rawValue }

  /// The part's title, in French.
  public var title: String {
    switch self {
    case .foundations: "Contexte, notion et champ d'application du secret"
    case .exceptions: "Exceptions au secret (témoignage, dénonciation, danger, vulnérables, terrorisme, concertation)"
    case .tempering: "Tempéraments (secret partagé, état de nécessité, contradictions)"
    case .insideCPAS: "Préalables et secret au sein du CPAS"
    case .thirdParties: "Demandes de tiers (parquet, police, commune, huissiers, santé, organismes publics)"
    case .conclusions: "Conclusions : bonnes pratiques et cadre de référence interne"
    }
  }

  /// A short title, for narrow screens.
  public var shortTitle: String {
    switch self {
    case .foundations: "Contexte, notion, champ d'application"
    case .exceptions: "Exceptions"
    case .tempering: "Tempéraments"
    case .insideCPAS: "Préalables, secret au sein du CPAS"
    case .thirdParties: "Demandes de tiers"
    case .conclusions: "Conclusions et bonnes pratiques"
    }
  }

  /// The programme points the part covers (and every point under them).
  public var points: [String] {
    switch self {
    case .foundations: ["I.1", "I.2", "I.3"]
    case .exceptions: ["I.4"]
    case .tempering: ["I.5"]
    case .insideCPAS: ["II.1", "II.2"]
    case .thirdParties: ["II.3"]
    case .conclusions: ["III"]
    }
  }

  /// The part's share of the course, from the course description
  /// (`shared/seed/000_8ddde2b43dcfe7b3.txt`): the morning (part I) and the afternoon (II and
  /// III) are half a day each; within each half, every bullet of the description weighs the
  /// same. Morning, 13 bullets: I.1 1, I.2 3, I.3 1 (5), I.4 5, I.5 3. Afternoon, 9 bullets:
  /// II.1 1 and II.2 1 (2), II.3 6 (ministère public, police, commune, huissiers, santé,
  /// organismes publics), III 1.
  ///
  /// In 234ths (13 × 9 × 2), so that the draw's arithmetic is exact: a morning bullet weighs 9,
  /// an afternoon bullet 13.
  public var courseShare: Int {
    switch self {
    case .foundations: 5 * 9
    case .exceptions: 5 * 9
    case .tempering: 3 * 9
    case .insideCPAS: 2 * 13
    case .thirdParties: 6 * 13
    case .conclusions: 1 * 13
    }
  }

  /// ``courseShare`` as a fraction of the course.
  public var courseWeight: Double { Double(courseShare) / 234 }

  /// Whether the programme point `point` lies in this part.
  public func contains(point: String) -> Bool {
    points.contains { CaseCatalogue.point(point, isUnder: $0) }
  }

  /// The part a programme point lies in, if any.
  public init?(point: String) {
    guard let part = Self.allCases.first(where: { $0.contains(point: point) }) else { return nil }
    self = part
  }

  /// The parts a case can be asked for, its first point's part first.
  public static func parts(of played: Case) -> [ProgrammePart] {
    var parts: [ProgrammePart] = []
    for point in played.points {
      if let part = ProgrammePart(point: point), !parts.contains(part) { parts.append(part) }
    }
    return parts
  }

  private var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }

  /// Programme order.
  public static func < (lhs: ProgrammePart, rhs: ProgrammePart) -> Bool { lhs.order < rhs.order }
}
