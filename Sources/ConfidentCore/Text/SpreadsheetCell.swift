/// Text made safe for one cell of a CSV file that a spreadsheet will open.
public enum SpreadsheetCell {
  /// `text` on one line, control characters removed, and a leading `=`, `+`, `-` or `@`
  /// prefixed with « ' » so that a spreadsheet never reads it as a formula (a number such as
  /// `-3` or `-0.5` is left as it is). Quoting is the CSV writer's business, not this.
  public static func defused(_ text: String) -> String {
    let field = text.neutralized.foldingNewlines()
    guard let first = field.first, "=+-@".contains(first), !isSignedNumber(field) else { return field }
    return "'" + field
  }

  /// `-3`, `-0.5`, `+2`: a sign then digits with at most one point, which spreadsheets read as
  /// a number, never as a formula.
  static func isSignedNumber(_ field: String) -> Bool {
    let rest = field.dropFirst()
    guard field.first == "-" || field.first == "+", rest.first?.isASCII == true, rest.first?.isNumber == true else {
      return false
    }
    return rest.allSatisfy { $0 == "." || ($0.isASCII && $0.isNumber) } && rest.filter { $0 == "." }.count <= 1
  }
}
