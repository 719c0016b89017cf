/// Word wrapping by display width, with French typography.
///
/// Linear in the length of the text. A space is never a break point where French forbids one:
/// before « : ; ? ! » and », after «, and between « art. », « § », « n° », « al. », « p. » or
/// « niveau » and what follows. Non-breaking spaces (U+00A0, U+202F) are kept as they are.
public enum TextWrap {
  /// Words after which the space is glue: their number must stay on the same line.
  static let gluedAfter: Set<String> = ["art.", "Art.", "§", "n°", "N°", "al.", "p.", "pp.", "niveau", "«"]
  /// Characters before which the space is glue.
  static let gluedBefore: Set<Character> = [":", ";", "?", "!", "»"]

  /// The lines of `text` (spaces and newlines folded), at most `width` columns each; the first
  /// line may have its own width. A word longer than the width is cut.
  public static func lines(_ text: String, width: Int, firstWidth: Int? = nil) -> [String] {
    let words = units(text)
    var lines: [String] = []
    var current = ""
    var currentWidth = 0
    var limit = max(firstWidth ?? width, 10)
    let fullWidth = max(width, 10)
    func flush() {
      lines.append(current)
      current = ""
      currentWidth = 0
      limit = fullWidth
    }
    for word in words {
      let wordWidth = word.displayWidth
      if currentWidth > 0, currentWidth + 1 + wordWidth <= limit {
        current += " "
        current += word
        currentWidth += 1 + wordWidth
        continue
      }
      if currentWidth > 0 { flush() }
      if wordWidth <= limit {
        current = word
        currentWidth = wordWidth
        continue
      }
      // Too long for any line: cut it, character by character, in one pass.
      for character in word {
        let columns = character.displayWidth
        if currentWidth + columns > limit, currentWidth > 0 { flush() }
        current.append(character)
        currentWidth += columns
      }
    }
    if currentWidth > 0 || lines.isEmpty { lines.append(current) }
    return lines
  }

  /// The unbreakable units of `text`: words joined by the spaces that must not break.
  static func units(_ text: String) -> [String] {
    var words: [Substring] = []
    var start: String.Index?
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if character == " " || character == "\n" || character == "\t" || character == "\r" {
        if let begin = start {
          words.append(text[begin..<index])
          start = nil
        }
      } else if start == nil {
        start = index
      }
      index = text.index(after: index)
    }
    if let begin = start { words.append(text[begin..<text.endIndex]) }

    var units: [String] = []
    units.reserveCapacity(words.count)
    var gluePending = false
    for word in words {
      let startsGlued = word.first.map { gluedBefore.contains($0) } ?? false
      if let last = units.last, gluePending || startsGlued, last.utf8.count + word.utf8.count < 400 {
        units[units.count - 1] = last + " " + word
      } else {
        units.append(String(word))
      }
      // « (art. 352 » and « [§ 1er » glue too: opening brackets do not count.
      gluePending = gluedAfter.contains(String(word.drop { $0 == "(" || $0 == "[" || $0 == "“" }))
    }
    return units
  }
}
