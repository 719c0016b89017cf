/// A small GIFT reader written for the tests from Moodle's documentation
/// (https://docs.moodle.org/en/GIFT_format), independent of the writer: blank lines separate
/// questions, `//` lines are comments, `$CATEGORY:` sets the category, `::name::` names a
/// question, `[html]` gives the text format, `{…}` holds the answers: `=` right, `~` wrong,
/// `~%50%` weighted, `#` feedback, `####` general feedback; `\` escapes `~ = # { } :` and `\`.
struct GIFTReader {
  struct Answer: Equatable {
    var text: String
    var weight: Double
    var feedback: String
  }

  struct Question {
    var category: String?
    var name: String
    var format: String?
    var text: String
    var answers: [Answer]
    var generalFeedback: String
  }

  enum Failure: Error { case malformed(String) }

  /// A character of the file, and whether a backslash escaped it.
  private struct Mark: Equatable {
    var character: Character
    var escaped: Bool
  }

  static func read(_ file: String) throws -> [Question] {
    var questions: [Question] = []
    var category: String?
    var block: [String] = []
    func flush() throws {
      defer { block = [] }
      let text = block.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
      guard !text.isEmpty else { return }
      if text.hasPrefix("$CATEGORY:") {
        category = String(text.dropFirst("$CATEGORY:".count)).trimmingCharacters(in: .whitespaces)
        return
      }
      var question = try parse(marks(text))
      question.category = category
      questions.append(question)
    }
    for line in file.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty { try flush(); continue }
      if trimmed.hasPrefix("//") { continue }
      block.append(String(line))
    }
    try flush()
    return questions
  }

  private static func marks(_ text: String) -> [Mark] {
    var result: [Mark] = []
    var escaping = false
    for character in text {
      if escaping {
        result.append(character == "n" ? Mark(character: "\n", escaped: true) : Mark(character: character, escaped: true))
        escaping = false
      } else if character == "\\" {
        escaping = true
      } else {
        result.append(Mark(character: character, escaped: false))
      }
    }
    return result
  }

  private static func string(_ marks: some Collection<Mark>) -> String {
    String(marks.map(\.character)).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  private static func firstUnescaped(_ character: Character, in marks: ArraySlice<Mark>) -> Int? {
    marks.firstIndex { $0.character == character && !$0.escaped }
  }

  private static func parse(_ all: [Mark]) throws -> Question {
    var rest = all[...]
    var name = ""
    if rest.starts(with: [Mark(character: ":", escaped: false), Mark(character: ":", escaped: false)]) {
      rest = rest.dropFirst(2)
      guard let end = (rest.startIndex..<rest.endIndex).first(where: {
        rest[$0] == Mark(character: ":", escaped: false) && $0 + 1 < rest.endIndex && rest[$0 + 1] == Mark(character: ":", escaped: false)
      }) else { throw Failure.malformed("name") }
      name = string(rest[rest.startIndex..<end])
      rest = rest[(end + 2)...]
    }
    guard let open = firstUnescaped("{", in: rest), let close = firstUnescaped("}", in: rest), open < close else {
      throw Failure.malformed("braces")
    }
    var text = string(rest[rest.startIndex..<open])
    var format: String?
    if text.hasPrefix("["), let end = text.firstIndex(of: "]") {
      format = String(text[text.index(after: text.startIndex)..<end])
      text = String(text[text.index(after: end)...]).trimmingCharacters(in: .whitespaces)
    }
    var answerMarks = rest[(open + 1)..<close]
    var general = ""
    // The last unescaped "####" starts the general feedback.
    let hashes = Array(repeating: Mark(character: "#", escaped: false), count: 4)
    if let start = answerMarks.indices.reversed().first(where: { Array(answerMarks[$0...].prefix(4)) == hashes }) {
      general = string(answerMarks[(start + 4)...])
      answerMarks = answerMarks[answerMarks.startIndex..<start]
    }
    var answers: [Answer] = []
    var current: [Mark] = []
    var currentMark: Character?
    func finish() {
      guard let mark = currentMark else { return }
      var body = current[...]
      var weight = mark == "=" ? 100.0 : 0
      if mark == "~", body.first?.character == "%", !body.first!.escaped,
        let end = body.dropFirst().firstIndex(where: { $0.character == "%" })
      {
        weight = Double(String(body[(body.startIndex + 1)..<end].map(\.character))) ?? .nan
        body = body[(end + 1)...]
      }
      let split = firstUnescaped("#", in: body)
      let answerText = string(split.map { body[body.startIndex..<$0] } ?? body)
      let feedback = split.map { string(body[($0 + 1)...]) } ?? ""
      answers.append(Answer(text: answerText, weight: weight, feedback: feedback))
    }
    for mark in answerMarks {
      if !mark.escaped, mark.character == "=" || mark.character == "~" {
        finish()
        currentMark = mark.character
        current = []
      } else {
        current.append(mark)
      }
    }
    finish()
    return Question(category: nil, name: name, format: format, text: text, answers: answers, generalFeedback: general)
  }
}
