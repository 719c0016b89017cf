import Testing

@testable import ConfidentContent

@Suite("Text folding and measuring")
struct TextFoldingTests {
  /// Pieces whose neighbours decide the character count: combining accents, emoji joined by
  /// ZWJ, CR LF, flags, Hangul jamo, no-break and exotic spaces.
  private static let pieces = [
    "a", "é", "e\u{301}", " ", "  ", "\n", "\r\n", "\t", "\u{A0}", "\u{202F}", "\u{2003}", "’", "«", "»", "…",
    "👩\u{200D}💻", "🇧🇪", "\u{1100}\u{1161}", "x\u{20DD}", "\u{200C}", "\u{200D}", "\u{2028}", "\u{85}", "œ", "art.",
  ]

  @Test func theNormalizedLengthIsTheLengthOfTheNormalizedText() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<3_000 {
      let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
      #expect(text.normalizedLength == text.whitespaceNormalized.count, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }
  }

  @Test func theByteSearchFindsTheFirstOccurrenceFromAnIndex() throws {
    let text = "« l'enquête » puis l'enquête"
    let first = try #require(text.byteRange(of: "l'enquête"))
    #expect(text[first] == "l'enquête")
    let second = try #require(text.byteRange(of: "l'enquête", from: first.upperBound))
    #expect(text[..<second.lowerBound] == "« l'enquête » puis ")
    #expect(text.byteRange(of: "absent") == nil)
    #expect(text.byteRange(of: "") == nil)
    #expect("ab".byteRange(of: "abc") == nil)
  }

  @Test func trimmingCutsAsciiAndUnicodeSpacesButNothingElse() {
    #expect("  texte\n".trimmed == "texte")
    #expect("\u{A0}texte\u{202F}".trimmed == "texte")
    #expect("e\u{301} ".trimmed == "e\u{301}")
    #expect(" \t\n ".trimmed == "")
    #expect("déjà".trimmed == "déjà")
  }
}
