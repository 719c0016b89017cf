import ConfidentCore

/// A block of text in an exported question: a title, a paragraph, or a bulleted list.
public enum TextBlock: Sendable, Hashable {
  /// A title, in bold.
  case heading(String)
  /// Its own newlines are line breaks.
  case paragraph(String)
  case list([String])
}

/// One answer of an exported single-answer multiple-choice question.
public struct ExportedAnswer: Sendable, Hashable {
  public var text: String
  /// Moodle's grade for the answer, in percent: always one of ``MoodleFraction/allowed``.
  public var fraction: MoodleFraction
  public var feedback: [TextBlock]
}

/// A single-answer multiple-choice question, the same for Moodle XML and GIFT.
public struct ExportedQuestion: Sendable, Hashable {
  /// Stable: `case-id/step-id` for a decision, `case-id/step-id/fondement` for its ground.
  public var name: String
  public var text: [TextBlock]
  /// In file order; Moodle shuffles them (`shuffleanswers`).
  public var answers: [ExportedAnswer]
  /// Shown after the answer whatever it was: explanation, positions, references.
  public var generalFeedback: [TextBlock]
}

/// The questions of one Moodle category (a programme point).
public struct ExportedCategory: Sendable, Hashable {
  /// `$course$/Confident/I.4.temoignage`.
  public var path: String
  /// The programme point's title, as the category's description.
  public var title: String
  public var questions: [ExportedQuestion]
}

/// A grade Moodle accepts for an answer: only the values of its own list (the importer and the
/// question form round any other value, or refuse it).
public struct MoodleFraction: Sendable, Hashable, CustomStringConvertible {
  public let percent: Double

  /// Moodle's grade list (question/type/questiontypebase.php, `question_bank::fraction_options`),
  /// positive half; each value may also be negative.
  public static let allowed: [Double] = [
    100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5,
    11.11111, 10, 5, 0,
  ]

  /// The nearest allowed grade to `percent` (sign kept).
  public init(nearest percent: Double) {
    let magnitude = Self.allowed.min { abs($0 - abs(percent)) < abs($1 - abs(percent)) } ?? 0
    self.percent = percent < 0 ? -magnitude : magnitude
  }

  public static let full = MoodleFraction(nearest: 100)
  public static let half = MoodleFraction(nearest: 50)
  public static let none = MoodleFraction(nearest: 0)

  /// `100`, `50`, `83.33333`: as Moodle writes it.
  public var description: String {
    percent == percent.rounded() ? String(Int(percent)) : String(percent)
  }
}
