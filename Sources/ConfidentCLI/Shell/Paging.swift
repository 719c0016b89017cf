import LineEditing

/// Writes `text` a screenful at a time: Entrée shows the next one; « q » jumps to the last
/// screenful (which holds the question or the closing hint, never to be lost).
///
/// - Parameters:
///   - height: the terminal's height in lines.
///   - prompt: paints the pager's prompt (colour markers for libedit).
func page(
  _ text: String, height: Int, reader: LineReading, prompt: (String) -> String, write: (String) -> Void
) {
  let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
  let pageHeight = max(height - 2, 5)
  guard lines.count > pageHeight + 1 else { return write(text) }
  var start = 0
  while start < lines.count {
    // A last line or two left over: shown with this page rather than after another stop.
    let end = lines.count - start <= pageHeight + 2 ? lines.count : start + pageHeight
    write(lines[start..<end].map { $0 + "\n" }.joined())
    start = end
    guard start < lines.count else { break }
    let remaining = lines.count - start
    switch reader.readLine(prompt: prompt("— suite : Entrée (\(remaining) ligne\(remaining > 1 ? "s" : "")) · q : passer — ")) {
    case .line(let answer) where answer.lowercased().hasPrefix("q"):
      start = max(start, lines.count - pageHeight)
    case .endOfInput:
      return
    default:
      continue
    }
  }
}
