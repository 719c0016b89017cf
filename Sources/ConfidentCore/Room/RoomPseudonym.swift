/// The optional pseudonym or team a participant types on the phone: trimmed, inner whitespace
/// collapsed to one space, at most ``maximumLength`` characters, no control, bidirectional or
/// hidden formatting character. No name is ever required.
public enum RoomPseudonym {
  /// Characters (grapheme clusters) kept at most.
  public static let maximumLength = 40

  /// Why a pseudonym was refused; ``message`` says it in French.
  public enum Refusal: Error, Sendable, Hashable {
    case tooLong(Int)
    case forbiddenCharacter

    public var message: String {
      switch self {
      case .tooLong(let length):
        "Pseudonyme trop long : \(length) caractères, \(RoomPseudonym.maximumLength) au plus."
      case .forbiddenCharacter:
        "Pseudonyme refusé : il contient un caractère invisible ou de contrôle."
      }
    }
  }

  /// The pseudonym as kept: `nil` when empty (the phone gave none), or why it is refused.
  public static func normalized(_ text: String) -> Result<String?, Refusal> {
    // Tab, line breaks and other spaces are whitespace, collapsed below; every other control,
    // bidirectional or hidden formatting character is refused.
    let forbidden = text.unicodeScalars.contains { scalar in
      !scalar.properties.isWhitespace && (scalar.isControl || scalar.isHiddenFormatting || scalar.isBidiControl
        || scalar.properties.generalCategory == .format)
    }
    guard !forbidden else { return .failure(.forbiddenCharacter) }
    let collapsed = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    guard collapsed.count <= maximumLength else { return .failure(.tooLong(collapsed.count)) }
    return .success(collapsed.isEmpty ? nil : collapsed)
  }

  /// `text` safe anywhere in Markdown: one line, every ASCII punctuation character
  /// backslash-escaped (CommonMark reads `\*` as `*`), so no emphasis, link, HTML or table
  /// cell is formed.
  public static func markdownEscaped(_ text: String) -> String {
    var result = ""
    for character in text.neutralized.foldingNewlines() {
      if character.isASCII, character.isPunctuation || character.isSymbol { result.append("\\") }
      result.append(character)
    }
    return result
  }
}
