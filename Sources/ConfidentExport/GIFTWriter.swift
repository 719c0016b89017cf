import ConfidentCore

/// Writes questions in GIFT (https://docs.moodle.org/en/GIFT_format).
///
/// `$CATEGORY:` opens each programme point; each question is `::name::[html]text{…}` with
/// `=` for a full-credit answer, `~%50%` for a partial one, `~` for none, `#` before each
/// answer's feedback and `####` before the general feedback. In every text `~ = # { } :` and
/// `\` are escaped with a backslash. No blank line inside a question (it would end it).
public enum GIFTWriter {
  public static func write(_ categories: [ExportedCategory], versions: String = "Confident \(confidentVersion)") -> String {
    var gift = "// Confident — questions exportées (GIFT, UTF-8). Importez-les dans la banque de questions de Moodle.\n"
    gift += "// \(oneLine(versions))\n\n"
    for category in categories {
      gift += "// \(oneLine(category.title))\n$CATEGORY: \(category.path)\n\n"
      for question in category.questions { gift += multichoice(question) }
    }
    return gift
  }

  static func multichoice(_ question: ExportedQuestion) -> String {
    var gift = "::\(escape(question.name))::[html]\(escape(HTMLText.html(question.text))) {\n"
    for answer in question.answers {
      let mark: String
      switch answer.fraction {
      case .full: mark = "="
      case .none: mark = "~"
      default: mark = "~%\(answer.fraction)%"
      }
      gift += "\t\(mark)\(escape(HTMLText.html([.paragraph(answer.text)]))) #\(escape(HTMLText.html(answer.feedback)))\n"
    }
    gift += "\t####\(escape(HTMLText.html(question.generalFeedback)))\n}\n\n"
    return gift
  }

  /// GIFT's escapes: a backslash before `~ = # { } :` and before `\` itself.
  static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      if "~=#{}:\\".contains(character) { result.append("\\") }
      result.append(character)
    }
    return result
  }

  /// A title for a `//` comment line.
  static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).joined(separator: " ")
  }
}
