import ConfidentScheduling
import Foundation

/// The mode an answer was given in.
public enum AnswerMode: String, Sendable, Hashable, Codable, CaseIterable {
  /// A case played from the interactive shell.
  case shell
  /// A practice session (`pratique`), scheduled by FSRS.
  case practice
  /// A self-assessment (`evaluation`).
  case assessment
  /// A room session (`groupe`).
  case room
}

/// One answer to one step, as it is stored for good.
///
/// Options are identified by their index in the case file (authored order), whatever order
/// they were shown in; ``shownOrder`` keeps that order.
public struct AnswerRecord: Sendable, Hashable, Codable {
  /// The case answered.
  public var caseID: String
  /// The step answered.
  public var stepID: String
  /// The chosen option, by its index in the case file; `nil` for « je ne sais pas ».
  public var authoredOption: Int?
  /// The options as they were shown, by authored index: `[2, 0, 1]` showed option 2 first.
  public var shownOrder: [Int]
  /// The ground given, if any.
  public var groundID: String?
  /// The certainty stated; `nil` when it was not asked or for « je ne sais pas ».
  public var certainty: Certainty?
  /// Points for the decision: 2, 1 or 0.
  public var decisionPoints: Double
  /// Points for the ground: 1, 0.5 or 0.
  public var groundPoints: Double
  /// The CBM mark (+3 … −6); `nil` when certainty was not asked.
  public var cbmMark: Int?
  /// How long the answer took, in milliseconds.
  public var timeTakenMilliseconds: Int
  /// The mode the answer was given in.
  public var mode: AnswerMode
  /// The session the answer belongs to.
  public var sessionID: String
  /// When the answer was given.
  public var answeredAt: Date
  /// ``Step/contentHash`` of the step as it was answered: an edited step is recognised.
  public var stepContentHash: String

  /// An answer record; see each property.
  public init(
    caseID: String, stepID: String, authoredOption: Int?, shownOrder: [Int], groundID: String?,
    certainty: Certainty?, decisionPoints: Double, groundPoints: Double, cbmMark: Int?,
    timeTakenMilliseconds: Int, mode: AnswerMode, sessionID: String, answeredAt: Date,
    stepContentHash: String
  ) {
    self.caseID = caseID
    self.stepID = stepID
    self.authoredOption = authoredOption
    self.shownOrder = shownOrder
    self.groundID = groundID
    self.certainty = certainty
    self.decisionPoints = decisionPoints
    self.groundPoints = groundPoints
    self.cbmMark = cbmMark
    self.timeTakenMilliseconds = timeTakenMilliseconds
    self.mode = mode
    self.sessionID = sessionID
    self.answeredAt = answeredAt
    self.stepContentHash = stepContentHash
  }
}

/// The key of a scheduled card: `case:<id>` or `ground:<id>`.
public struct CardKey: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
  /// What a card is about.
  public enum Kind: String, Sendable, Hashable, Codable {
    /// A whole case.
    case `case`
    /// A legal ground, reviewed through every case that accepts it.
    case ground
  }

  /// What the card is about.
  public var kind: Kind
  /// The case's or the ground's id.
  public var id: String

  /// A key of the given kind.
  public init(_ kind: Kind, _ id: String) {
    self.kind = kind
    self.id = id
  }

  /// The key of a case's card.
  public static func `case`(_ id: String) -> CardKey { CardKey(.case, id) }
  /// The key of a ground's card.
  public static func ground(_ id: String) -> CardKey { CardKey(.ground, id) }

  /// Reads `case:<id>` or `ground:<id>`.
  public init?(_ text: String) {
    guard let colon = text.firstIndex(of: ":"), let kind = Kind(rawValue: String(text[..<colon])) else {
      return nil
    }
    let id = String(text[text.index(after: colon)...])
    guard !id.isEmpty else { return nil }
    self.init(kind, id)
  }

  /// `case:<id>` or `ground:<id>`, as stored.
  public var description: String { "\(kind.rawValue):\(id)" }

  /// Orders by the stored text.
  public static func < (lhs: CardKey, rhs: CardKey) -> Bool { lhs.description < rhs.description }
}

/// A card and its key, as a store keeps it.
public struct CardRecord: Sendable, Hashable, Codable {
  /// Which case or ground.
  public var key: CardKey
  /// Its FSRS state.
  public var card: Card

  /// A keyed card.
  public init(key: CardKey, card: Card) {
    self.key = key
    self.card = card
  }
}

/// An interrupted session, kept so that `pratique` can resume it.
///
/// The payload is opaque to the store: the engine encodes what it needs to resume.
public struct SavedSession: Sendable, Hashable, Codable {
  /// The session's id, as in its answers.
  public var sessionID: String
  /// The session's mode.
  public var mode: AnswerMode
  /// When it was saved.
  public var savedAt: Date
  /// The engine's encoding of the session's state.
  public var payload: Data

  /// A saved session.
  public init(sessionID: String, mode: AnswerMode, savedAt: Date, payload: Data) {
    self.sessionID = sessionID
    self.mode = mode
    self.savedAt = savedAt
    self.payload = payload
  }
}
