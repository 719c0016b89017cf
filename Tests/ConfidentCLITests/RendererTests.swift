import ConfidentCLI
import ConfidentCore
import Testing

@Suite("Text rendering")
struct RendererTests {
  @Test func paragraphsWrapAtTheWidth() {
    let text = Renderer(width: 30).render([.paragraph("Le secret professionnel du travailleur social de CPAS.")])
    #expect(text == "Le secret professionnel du\ntravailleur social de CPAS.\n")
    #expect(text.split(separator: "\n").allSatisfy { $0.count <= 30 })
  }

  @Test func itemsWrapWithAHangingIndent() {
    let text = Renderer(width: 30).render([.item(marker: "a)", text: "Je refuse poliment et renvoie vers la hiérarchie.")])
    #expect(text == "  a) Je refuse poliment et\n     renvoie vers la\n     hiérarchie.\n")
  }

  @Test func plainOutputHasNoEscapeAndColourOutputHas() {
    let outputs: [Output] = [.heading("Résultat"), .paragraph("Bonne décision.", .good)]
    #expect(!Renderer(colour: false).render(outputs).contains("\u{1B}"))
    #expect(Renderer(colour: true).render(outputs).contains("\u{1B}[1;32mBonne décision.\u{1B}[0m"))
  }

  @Test func escapeSequencesFromFilesNeverReachTheTerminal() {
    let text = Renderer(colour: false).render([.heading("Titre\u{1B}]0;pirate\u{07}"), .paragraph("a\u{1B}[2Jb")])
    #expect(text == "\n── Titre ──\nab\n")
  }

  @Test func aColouredPromptWrapsItsCodesInLibeditMarkers() {
    #expect(Renderer(colour: true).prompt("› ") == "\u{1}\u{1B}[1;36m\u{1}›\u{1}\u{1B}[0m\u{1} ")
    #expect(Renderer(colour: false).prompt("› ") == "› ")
  }

  @Test func aWordLongerThanTheWidthIsCut() {
    let text = Renderer(width: 30).render([.paragraph(String(repeating: "x", count: 70))])
    #expect(text.split(separator: "\n").map(\.count) == [30, 30, 10])
  }
}
