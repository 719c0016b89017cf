import Foundation
import LineEditing

/// Writes text a screenful at a time: Entrée shows the next one; « q » jumps to the last
/// screenful (which holds the closing hint, never to be lost). Anything else typed at the
/// pager's prompt also jumps to the last screenful, and is given back as the next input line
/// (a tally typed before the end of a long question is not lost).
struct Pager {
  let reader: LineReading
  let write: (String) -> Void
  /// Lines per screenful (the terminal's height less the prompt's).
  let pageHeight: Int
  let prompt: (String) -> String

  /// - Returns: a line typed at the pager's prompt that is not for the pager.
  func page(_ text: String) -> String? {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    guard lines.count > pageHeight + 1 else {
      write(text)
      return nil
    }
    var typed: String?
    var start = 0
    while start < lines.count {
      let end = min(start + pageHeight, lines.count)
      write(lines[start..<end].map { $0 + "\n" }.joined())
      start = end
      guard start < lines.count else { break }
      let remaining = lines.count - start
      switch reader.readLine(prompt: prompt("— suite : Entrée (\(remaining) ligne\(remaining > 1 ? "s" : "")) · q : passer — ")) {
      case .line(let answer) where answer.trimmingCharacters(in: .whitespaces).lowercased() == "q":
        start = max(start, lines.count - pageHeight)
      case .line(let answer) where !answer.trimmingCharacters(in: .whitespaces).isEmpty:
        typed = answer
        start = max(start, lines.count - pageHeight)
      case .endOfInput:
        return nil
      default:
        continue
      }
    }
    return typed
  }
}
