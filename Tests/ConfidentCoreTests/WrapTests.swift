import Testing

@testable import ConfidentCore

@Suite("French wrapping by display width")
struct WrapTests {
  @Test(arguments: [
    "Il a répondu : « C'est pour le même dossier » et il est parti aussitôt sans rien ajouter",
    "Voyez l'art. 458 du Code pénal ; le § 1er dit quoi ? Et le n° 12 ! Le niveau 2 aussi",
    "Le secret tient (art. 352 du Code pénal) et la concertation aussi (art. 458ter ancien)",
  ])
  func neverBreaksWhereFrenchTypographyForbids(text: String) {
    for width in 10...40 {
      let lines = TextWrap.lines(text, width: width)
      for line in lines {
        #expect(!line.hasPrefix(":") && !line.hasPrefix(";") && !line.hasPrefix("?") && !line.hasPrefix("!") && !line.hasPrefix("»"), "\(width): \(lines)")
        #expect(!line.hasSuffix("«") && !line.hasSuffix(" art.") && !line.hasSuffix("(art.") && !line.hasSuffix("§") && !line.hasSuffix("n°"), "\(width): \(lines)")
      }
    }
  }

  @Test func keepsEveryWordAndFitsTheWidth() {
    let text = "Le secret professionnel protège la personne qui se confie au travailleur social du CPAS."
    let lines = TextWrap.lines(text, width: 20)
    #expect(lines.joined(separator: " ") == text)
    #expect(lines.allSatisfy { $0.displayWidth <= 20 })
  }

  @Test func wideCharactersCountTwoColumnsAndCombiningMarksNone() {
    #expect("漢字".displayWidth == 4)
    #expect("🙂".displayWidth == 2)
    #expect("e\u{0301}".displayWidth == 1)
    let lines = TextWrap.lines(String(repeating: "漢", count: 30), width: 10)
    #expect(lines.allSatisfy { $0.displayWidth <= 10 })
    #expect(lines.count == 6)
  }

  @Test func aOneMegabyteWordIsCutInOnePass() {
    let word = String(repeating: "x", count: 1_000_000)
    let lines = TextWrap.lines(word, width: 80)
    #expect(lines.count == 12_500)
    #expect(lines.allSatisfy { $0.count == 80 })
  }

  @Test func aShortenedItemFitsItsLinesAndEndsWithAnEllipsis() {
    let text = String(repeating: "Le secret s'applique à tout ce que vous apprenez. ", count: 20)
    let short = Layout.shortened(text, marker: "Votre réponse (b) :", maxLines: 3, width: 80)!
    #expect(short.hasSuffix("…"))
    #expect(Layout.lines(of: .item(marker: "Votre réponse (b) :", text: short), width: 80).count == 3)
    #expect(Layout.shortened("Court.", marker: "x", maxLines: 3, width: 80) == nil)
  }
}
