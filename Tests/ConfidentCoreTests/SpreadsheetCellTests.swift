import ConfidentCore
import Testing

/// Cells of the CSV files (room debrief, results) as a spreadsheet will read them.
struct SpreadsheetCellTests {
  @Test(arguments: [
    ("=SUM(A1)", "'=SUM(A1)"), ("+33 2 123", "'+33 2 123"), ("-inf", "'-inf"), ("@cmd", "'@cmd"),
    ("-1e5", "'-1e5"), ("-", "'-"),
  ])
  func aCellThatAFormulaCouldStartWithIsPrefixed(text: String, cell: String) {
    #expect(SpreadsheetCell.defused(text) == cell)
  }

  @Test(arguments: ["-6", "+3", "-0.5", "2", "é = ça", ""])
  func numbersAndOrdinaryTextAreLeftAsTheyAre(text: String) {
    #expect(SpreadsheetCell.defused(text) == text)
  }

  @Test func terminalEscapesGoAndLinesAreFolded() {
    #expect(SpreadsheetCell.defused("a\u{1B}[31mb\nc") == "ab c")
  }
}
