import ConfidentCore

/// Writes questions in Moodle XML (https://docs.moodle.org/en/Moodle_XML_format).
///
/// Every text is HTML (`format="html"`) inside `<text>` and a CDATA section; one category
/// question opens each programme point.
public enum MoodleXMLWriter {
  public static func write(_ categories: [ExportedCategory], versions: String = "Confident \(confidentVersion)") -> String {
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- \(comment(versions)) -->\n<quiz>\n"
    for category in categories {
      xml += """
          <!-- \(comment(category.path)) -->
          <question type="category">
            <category>
              <text>\(escapeXML(category.path))</text>
            </category>
            <info format="html">
              <text>\(cdata(HTMLText.html([.paragraph(category.title)])))</text>
            </info>
          </question>


        """
      for question in category.questions { xml += multichoice(question) }
    }
    return xml + "</quiz>\n"
  }

  static func multichoice(_ question: ExportedQuestion) -> String {
    var xml = """
        <question type="multichoice">
          <name>
            <text>\(escapeXML(question.name))</text>
          </name>
          <questiontext format="html">
            <text>\(cdata(HTMLText.html(question.text)))</text>
          </questiontext>
          <generalfeedback format="html">
            <text>\(cdata(HTMLText.html(question.generalFeedback)))</text>
          </generalfeedback>
          <defaultgrade>1</defaultgrade>
          <penalty>0.3333333</penalty>
          <hidden>0</hidden>
          <single>true</single>
          <shuffleanswers>1</shuffleanswers>
          <answernumbering>abc</answernumbering>
          <showstandardinstruction>0</showstandardinstruction>
          <correctfeedback format="html">
            <text></text>
          </correctfeedback>
          <partiallycorrectfeedback format="html">
            <text></text>
          </partiallycorrectfeedback>
          <incorrectfeedback format="html">
            <text></text>
          </incorrectfeedback>

      """
    for answer in question.answers {
      xml += """
            <answer fraction="\(answer.fraction)" format="html">
              <text>\(cdata(HTMLText.html([.paragraph(answer.text)])))</text>
              <feedback format="html">
                <text>\(cdata(HTMLText.html(answer.feedback)))</text>
              </feedback>
            </answer>

        """
    }
    return xml + "  </question>\n\n"
  }

  /// A CDATA section; a `]]>` inside (impossible once `>` is an entity, kept for safety) is
  /// split across two sections.
  static func cdata(_ text: String) -> String {
    "<![CDATA[" + text.replacingOccurrences(of: "]]>", with: "]]]]><![CDATA[>") + "]]>"
  }

  static func escapeXML(_ text: String) -> String {
    HTMLText.escape(text).replacingOccurrences(of: "\"", with: "&quot;")
  }

  /// Text safe inside `<!-- -->` (no `--`).
  static func comment(_ text: String) -> String {
    HTMLText.escape(text).replacingOccurrences(of: "--", with: "- -")
  }
}
