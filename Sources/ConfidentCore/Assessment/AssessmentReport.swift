import Foundation
import ConfidentScheduling

/// What the assessment's report files hold: the profile and every answer, with the texts the
/// bank gives them. Pure data; `ConfidentReports` writes it as Markdown or HTML.
public struct AssessmentReport: Sendable, Hashable {
  /// One answered question, as the report shows it.
  public struct Entry: Sendable, Hashable {
    public var number: Int
    public var part: ProgrammePart
    public var caseID: String
    public var title: String
    /// The case's programme points, as « I.4.temoignage — Témoignage en justice ».
    public var points: [String]
    public var question: String
    /// The chosen option's text, or « Je ne sais pas ».
    public var yourAnswer: String
    /// The expected option(s).
    public var rightAnswer: String
    /// Why, in one sentence (the first of the expected option's feedback).
    public var why: String
    /// « certain », « probable », « je doute » or « je ne sais pas ».
    public var certainty: String
    public var yourGround: String?
    public var expectedGrounds: String
    public var decision: Double
    public var decisionMax: Double
    public var ground: Double
    public var mark: Int
    public var isRight: Bool
    public var isConfidentMistake: Bool
  }

  /// When the assessment ended.
  public var date: Date
  /// « Confident 0.3.0 · banque 2026.12 »: the program and the bank the answers were given with.
  public var versions: String
  public var profile: AssessmentProfile
  /// Every answer, in the order asked.
  public var entries: [Entry]

  /// The confident mistakes, « certain » first.
  public var confidentMistakes: [Entry] {
    profile.confidentMistakes.compactMap { mistake in entries.first { $0.caseID == mistake.question.caseID } }
  }

  /// The report of `answers`, with texts from `bank`.
  public init(answers: [AssessmentAnswer], bank: Bank, date: Date) {
    self.date = date
    versions = VersionStamp.line(bank: bank)
    profile = AssessmentProfile(answers: answers)
    entries = answers.enumerated().compactMap { index, answer in
      guard let played = bank.case(answer.question.caseID), let step = played.steps.first else { return nil }
      let best = step.bestOptions
      let grounds = { (ids: [String]) in ids.map { bank.ground($0)?.label ?? $0 }.joined(separator: " ; ") }
      return Entry(
        number: index + 1, part: answer.question.part, caseID: played.id, title: played.title,
        points: played.points.map { id in bank.point(id).map { "\(id) — \($0.title)" } ?? id },
        question: step.question,
        yourAnswer: answer.option.map { step.options[$0].text } ?? "Je ne sais pas",
        rightAnswer: best.map { step.options[$0].text }.joined(separator: " / "),
        why: firstSentence(best.first.map { step.options[$0].feedback } ?? step.ground.explanation),
        certainty: answer.certainty.label, yourGround: answer.groundID.map { grounds([$0]) },
        expectedGrounds: grounds(step.ground.accepted), decision: answer.decisionPoints,
        decisionMax: answer.decisionMax, ground: answer.groundPoints, mark: answer.mark,
        isRight: answer.isRight, isConfidentMistake: answer.isConfidentMistake)
    }
  }
}

extension CertaintyAnswer {
  /// « certain », « probable », « je doute » or « je ne sais pas ».
  public var label: String {
    switch self {
    case .level(let level): level.label
    case .dontKnow: "je ne sais pas"
    }
  }
}

/// The first sentence of `text` that says something (a leading « Oui. » or « Exact. » is
/// skipped; an abbreviation such as « art. » or « C.i.cr. » does not end a sentence), at most
/// `limit` characters, cut at a word with « … ».
public func firstSentence(_ text: String, limit: Int = 220) -> String {
  let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
  var sentences: [[String]] = [[]]
  for (index, word) in words.enumerated() {
    sentences[sentences.count - 1].append(word)
    guard word.hasSuffix(".") || word.hasSuffix("!") || word.hasSuffix("?") else { continue }
    let stem = word.dropLast()
    let closes = word.hasSuffix(").") || word.hasSuffix("».")
    let abbreviation = !closes && stem.contains(".") || stem.count <= 2 && stem.first?.isUppercase == true
      || !closes && ["art", "cf", "etc", "al", "pp", "min", "ex"].contains(stem.lowercased())
    let nextStartsSentence = index + 1 < words.count && (words[index + 1].first.map { $0.isUppercase || $0 == "«" } ?? false)
    if !abbreviation && nextStartsSentence { sentences.append([]) }
  }
  let joined = sentences.map { $0.joined(separator: " ") }.filter { !$0.isEmpty }
  var result = joined.first { $0.count >= 25 } ?? joined.first ?? ""
  if result.count > limit {
    let cut = result.prefix(limit)
    result = (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
  }
  return result
}
