import Foundation
import Testing

/// The interactive shell on a pseudo-terminal: line editing, keys, history.
///
/// Assertions look at the program's own output in the ANSI-stripped transcript, not at the
/// echo of typed keys (editing leaves ghosts there).
@Suite("On a terminal")
struct TerminalTests {
  let mainPrompt = "confident › "
  let answerPrompt = "réponse [a-c] › "
  let groundPrompt = "fondement [1-3 ou identifiant] › "
  let resultPrompt = "Entrée ou « suivant » › "

  @Test func playsACaseWhoseIdWasCompletedWithTab() throws {
    let home = try TemporaryDirectory()
    let terminal = try Confident.terminal(home: home)
    try terminal.expect(mainPrompt)
    terminal.send("jouer appel-polic\t\r")
    try terminal.expect("── Un policier téléphone pour une adresse ──")
    try terminal.expect("Que répondez-vous ?")
    try terminal.expect(answerPrompt)
    terminal.send("b\r")
    try terminal.expect("Sur quelle base ?")
    try terminal.expect(groundPrompt)
    terminal.send("1\r")
    try terminal.expect("✓ Bonne décision (2/2)")
    try terminal.expect("✓ fondement juste (1/1)")
    try terminal.expect(resultPrompt)
    terminal.send("suivant\r")
    try terminal.expect("Score : 3/3")
    try terminal.expect(mainPrompt)
    terminal.send("quitter\r")
    try terminal.expect("Au revoir.")
    #expect(terminal.waitForExit() == 0)
  }

  @Test func tabCompletesAGroundIdAtTheGroundPrompt() throws {
    let home = try TemporaryDirectory()
    let terminal = try Confident.terminal(["jouer", "police-puis-juge"], home: home)
    try terminal.expect(answerPrompt)
    terminal.send("a\r")
    try terminal.expect(groundPrompt)
    terminal.send("1\r")
    try terminal.expect(resultPrompt)
    terminal.send("suivant\r")
    try terminal.expect("── Étape suivante ──")
    try terminal.expect("Le juge d'instruction vous entend sous serment.")
    try terminal.expect(answerPrompt)
    terminal.send("a\r")
    try terminal.expect(groundPrompt)
    terminal.send("tem\t")
    try terminal.expect("temoignage")  // the completed word, echoed on the line
    terminal.send("\r")
    try terminal.expect("✓ fondement juste (1/1)")
    try terminal.expect(resultPrompt)
    terminal.send("suivant\r")
    try terminal.expect("Score : 6/6")
    #expect(!terminal.transcript.contains("Fondement inconnu"))
    #expect(terminal.waitForExit() == 0)
  }

  @Test func ctrlCAbandonsAHalfTypedLineAndTheSessionGoesOn() throws {
    let home = try TemporaryDirectory()
    let terminal = try Confident.terminal(home: home)
    try terminal.expect(mainPrompt)
    terminal.send("jouer appel-pol\u{03}")
    try terminal.expect("^C")
    try terminal.expect(mainPrompt)
    #expect(terminal.process.isRunning)
    terminal.send("cas police\r")
    try terminal.expect("Un policier téléphone pour une adresse · niveau 1")
    try terminal.expect(mainPrompt)
    #expect(terminal.process.isRunning)
    // The abandoned line was never run.
    #expect(!terminal.transcript.contains("Cas inconnu"))
    #expect(!terminal.transcript.contains(answerPrompt))
    terminal.send("quitter\r")
    try terminal.expect("Au revoir.")
    #expect(terminal.waitForExit() == 0)
  }

  @Test func ctrlCAtTheAnswerPromptKeepsTheCurrentStep() throws {
    let home = try TemporaryDirectory()
    let terminal = try Confident.terminal(["jouer", "appel-police"], home: home)
    try terminal.expect(answerPrompt)
    terminal.send("a\u{03}")
    try terminal.expect("^C")
    try terminal.expect(answerPrompt)
    terminal.send("b\r")
    try terminal.expect(groundPrompt)
    terminal.send("1\r")
    try terminal.expect("Votre réponse (b)")
    try terminal.expect(resultPrompt)
    terminal.send("suivant\r")
    #expect(terminal.waitForExit() == 0)
  }

  @Test func ctrlDOnAnEmptyLineLeavesCleanly() throws {
    let home = try TemporaryDirectory()
    let terminal = try Confident.terminal(home: home)
    try terminal.expect(mainPrompt)
    terminal.send("\u{04}")
    try terminal.expect("Au revoir.")
    #expect(terminal.waitForExit() == 0)
  }

  @Test func ctrlDInTheMiddleOfACaseInterruptsItCleanly() throws {
    let home = try TemporaryDirectory()
    let terminal = try Confident.terminal(["jouer", "police-puis-juge"], home: home)
    try terminal.expect(answerPrompt)
    terminal.send("a\r")
    try terminal.expect(groundPrompt)
    terminal.send("1\r")
    try terminal.expect(resultPrompt)
    terminal.send("suivant\r")
    try terminal.expect("── Étape suivante ──")
    try terminal.expect(answerPrompt)
    terminal.send("\u{04}")
    try terminal.expect("Cas interrompu")
    try terminal.expect("Au revoir.")
    #expect(terminal.waitForExit() == 0)
  }

  @Test func accentedLineTypedUnderLangCIsReceivedIntact() throws {
    let home = try TemporaryDirectory()
    let terminal = try Confident.terminal(home: home, language: "C")
    try terminal.expect(mainPrompt)
    terminal.send("jouer é\r")
    try terminal.expect("Cas inconnu : « é »")
    try terminal.expect(mainPrompt)
    terminal.send("\u{04}")
    #expect(terminal.waitForExit() == 0)
  }

  @Test func backspaceErasesAWholeAccentedCharacter() throws {
    let home = try TemporaryDirectory()
    let terminal = try Confident.terminal(home: home)
    try terminal.expect(mainPrompt)
    // A stray byte of "é" left on the line would make the id unknown.
    terminal.send("ref é\u{7F}cp-458\r")
    try terminal.expect("── Code pénal (1867), art. 458 ──")
    try terminal.expect(mainPrompt)
    terminal.send("\u{04}")
    #expect(terminal.waitForExit() == 0)
  }

  @Test func historyIsSavedInTheDataDirectoryAndRecalledNextTime() throws {
    let home = try TemporaryDirectory()
    do {
      let first = try Confident.terminal(home: home)
      try first.expect(mainPrompt)
      first.send("ref cp-458\r")
      try first.expect("── Code pénal (1867), art. 458 ──")
      try first.expect(mainPrompt)
      first.send("\u{04}")  // Ctrl-D: leaves "ref cp-458" the last line of the history
      try first.expect("Au revoir.")
      #expect(first.waitForExit() == 0)
    }
    let file = home.url.appendingPathComponent("history")
    let saved = try String(contentsOf: file, encoding: .utf8)
    #expect(saved.hasPrefix("_HiStOrY_V2_\n"))
    #expect(saved.split(separator: "\n").contains("ref\\040cp-458"))

    let second = try Confident.terminal(home: home)
    try second.expect(mainPrompt)
    second.send("\u{1B}[A\r")  // Up, Enter: runs the line saved by the first session
    try second.expect("── Code pénal (1867), art. 458 ──")
    try second.expect(mainPrompt)
    second.send("\u{04}")
    #expect(second.waitForExit() == 0)
  }

  @Test func noColourWithNoColorSet() throws {
    let home = try TemporaryDirectory()
    let terminal = try Confident.terminal(home: home, environment: ["NO_COLOR": "1"])
    try terminal.expect(mainPrompt)
    terminal.send("cas police\r")
    try terminal.expect("Un policier téléphone pour une adresse")
    try terminal.expect(mainPrompt)
    terminal.send("\u{04}")
    #expect(terminal.waitForExit() == 0)
    let raw = String(decoding: terminal.rawOutput, as: UTF8.self)
    #expect(raw.firstMatch(of: #/\u{1B}\[[0-9;]*m/#) == nil, "SGR sequence in \(raw.debugDescription)")
  }

  @Test func promptColourIsResetBeforeTheTypedText() throws {
    let home = try TemporaryDirectory()
    let terminal = try Confident.terminal(home: home)
    try terminal.expect(mainPrompt)
    terminal.send("ca")
    try terminal.expect("ca")
    let raw = String(decoding: terminal.rawOutput, as: UTF8.self)
    #expect(raw.contains("\u{1B}[1;36mconfident ›"), "the prompt is coloured on a terminal")
    let afterPrompt = try #require(raw.range(of: "›", options: .backwards)).upperBound
    let typed = try #require(raw.range(of: "ca", range: afterPrompt..<raw.endIndex)).lowerBound
    #expect(raw[afterPrompt..<typed].contains("\u{1B}[0m"), "\(raw[afterPrompt...].debugDescription)")
    terminal.send("\u{15}\u{04}")  // Ctrl-U, Ctrl-D
    #expect(terminal.waitForExit() == 0)
  }

  @Test func ctrlCOnAnEmptyLineNeverLeavesAtAnyPrompt() throws {
    let home = try TemporaryDirectory()
    let terminal = try Confident.terminal(home: home)
    for (typed, prompt) in [("", mainPrompt), ("jouer appel-police\r", answerPrompt), ("b\r", groundPrompt), ("1\r", resultPrompt)] {
      if !typed.isEmpty { terminal.send(typed) }
      try terminal.expect(prompt)
      terminal.send("\u{03}")
      try terminal.expect("Ctrl-D ou « quitter » pour quitter.")
      try terminal.expect(prompt)
      #expect(terminal.process.isRunning, "left at \(prompt)")
    }
    terminal.send("suivant\r")
    try terminal.expect("Score : 3/3")
    terminal.send("quitter\r")
    #expect(terminal.waitForExit() == 0)
  }

  @Test func ctrlLClearsTheScreenAndShowsTheQuestionAgain() throws {
    let home = try TemporaryDirectory()
    let terminal = try Confident.terminal(["jouer", "appel-police"], home: home)
    try terminal.expect(answerPrompt)
    terminal.send("\u{0C}")
    try terminal.expect("Que répondez-vous ?")
    try terminal.expect("c) Je demande une réquisition écrite.")
    try terminal.expect(answerPrompt)
    terminal.send("\u{04}")
    #expect(terminal.waitForExit() == 0)
  }

  @Test func aListTallerThanTheTerminalStopsAtEachScreenful() throws {
    let home = try TemporaryDirectory()
    let terminal = try Confident.terminal(home: home, rows: 8, columns: 80)
    try terminal.expect(mainPrompt)
    terminal.send("aide\r")
    try terminal.expect("— suite : Entrée")
    terminal.send("q\r")
    try terminal.expect("jamais la session")
    try terminal.expect(mainPrompt)
    terminal.send("quitter\r")
    #expect(terminal.waitForExit() == 0)
  }
}
