import LineEditing

/// Writes text a screenful at a time: Entrée shows the next one; « q » jumps to the last
/// screenful (which holds the closing hint, never to be lost).
struct Pager {
  let reader: LineReading
  let write: (String) -> Void
  /// Lines per screenful (the terminal's height less the prompt's).
  let pageHeight: Int
  let prompt: (String) -> String

  func page(_ text: String) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    guard lines.count > pageHeight + 1 else { return write(text) }
    var start = 0
    while start < lines.count {
      let end = min(start + pageHeight, lines.count)
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
}
