import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// What the outside world does to a running shell: a resized window, Ctrl-Z, a reader that
/// went away, absurd or malformed input.
///
/// The end of input in the middle of a two-step case is covered on a terminal by
/// ``TerminalTests/ctrlDInTheMiddleOfACaseInterruptsItCleanly()`` and on pipes by
/// ``PipeTests/endOfInputInTheMiddleOfATwoStepCaseInterruptsItCleanly()``.
@Suite("Faults")
struct FaultTests {
  let mainPrompt = "confident › "
  let bank = ["--scenarios", Confident.bank]

  /// The lines of `text` longer than `width` characters.
  func lines(of text: String, longerThan width: Int) -> [String] {
    text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
      .filter { $0.count > width }
  }

  // MARK: Terminal size and job control

  @Test func outputIsRewrappedAfterTheTerminalShrinks() throws {
    let home = try TemporaryDirectory()
    let terminal = try Confident.terminal(home: home, columns: 80)
    try terminal.expect(mainPrompt)
    terminal.send("aide\r")
    let wide = try terminal.expect(mainPrompt)
    #expect(!lines(of: wide, longerThan: 40).isEmpty, "the help must need more than 40 columns at 80")

    try terminal.resize(rows: 120, columns: 40)
    // libedit heard SIGWINCH: a long line now wraps after 40 - 12 columns of prompt, where it
    // marks the margin with " \u{8}" (at 80 columns, 60 characters would not wrap at all).
    terminal.send(String(repeating: "y", count: 60))
    try terminal.expect(String(repeating: "y", count: 28) + " \u{8}y")
    terminal.send("\r")
    try terminal.expect("Commande inconnue")
    let unknown = try terminal.expect(mainPrompt)
    #expect(lines(of: unknown, longerThan: 40).isEmpty, "\(unknown)")

    terminal.send("aide\r")
    let narrow = try terminal.expect(mainPrompt)
    #expect(narrow.contains("── Commandes ──"))
    #expect(lines(of: narrow, longerThan: 40).isEmpty, "\(narrow)")

    // The session goes on at the new width.
    terminal.send("cas police\r")
    let list = try terminal.expect(mainPrompt)
    #expect(list.contains("Un policier téléphone"))
    let overflowing = lines(of: list, longerThan: 40)
    #expect(overflowing.filter { !$0.hasPrefix("── ") }.isEmpty, "\(list)")
    #expect(overflowing.isEmpty, "\(list)")
    terminal.send("quitter\r")
    try terminal.expect("Au revoir.")
    #expect(terminal.waitForExit() == 0)
  }

  @Test func ctrlZStopsTheProcessWithASaneTerminalAndItResumesOnSIGCONT() throws {
    let home = try TemporaryDirectory()
    let terminal = try Confident.terminal(home: home)
    try terminal.expect(mainPrompt)
    terminal.send("\u{1A}")
    #expect(terminal.waitForState("T"), "not stopped: \(terminal.childState)")
    // A shell taking the terminal back finds it as it left it, not in raw mode.
    #expect(terminal.isCanonical)

    kill(terminal.process.processIdentifier, SIGCONT)
    #expect(terminal.waitForState("S"), "not resumed: \(terminal.childState)")
    try terminal.expect(mainPrompt)  // libedit redraws the line on SIGCONT
    terminal.send("cas police\r")
    try terminal.expect("Un policier téléphone pour une adresse · niveau 1")
    try terminal.expect(mainPrompt)
    terminal.send("quitter\r")
    try terminal.expect("Au revoir.")
    #expect(terminal.waitForExit() == 0)
  }

  // MARK: A reader that went away

  struct ClosedStdoutRun: CustomTestStringConvertible, Sendable {
    var arguments: [String]
    var input: String
    var testDescription: String { "confident \(arguments.joined(separator: " ")) <<< \(input.debugDescription)" }
  }

  @Test(arguments: [
    ClosedStdoutRun(arguments: ["cas"], input: ""),
    ClosedStdoutRun(arguments: [], input: "cas\naide\n"),
  ])
  func aClosedStdoutEndsTheRunQuietlyWithStatus141(_ run: ClosedStdoutRun) throws {
    let outcome = try Confident.run(run.arguments + bank, input: run.input, stdoutClosed: true)
    #expect(outcome.reason == .exit, "killed by signal \(outcome.status)")
    // Not 0: under `set -o pipefail`, `confident verifier | head` must not pass by accident.
    #expect(outcome.status == 141)
    #expect(outcome.errors.isEmpty, "\(outcome.errors)")
  }

  // MARK: Absurd input

  @Test func aTenThousandCharacterLineTypedOnTheTerminalIsAnsweredAndTheSessionGoesOn() throws {
    let home = try TemporaryDirectory()
    let terminal = try Confident.terminal(home: home, columns: 100)
    try terminal.expect(mainPrompt)
    terminal.send(bytes: Array(repeating: UInt8(ascii: "x"), count: 10_000) + [UInt8(ascii: "\r")])
    try terminal.expect("Commande inconnue : «")
    let answer = try terminal.expect(mainPrompt)
    // It arrived whole; the message quotes its first 60 characters only.
    #expect(answer.contains(String(repeating: "x", count: 60) + "… »"))
    #expect(lines(of: answer, longerThan: 100).isEmpty)
    #expect(answer.contains("». Tapez"))

    #expect(try terminal.listsTheCasesThenQuits() == 0)
  }

  @Test func aTenThousandCharacterLineOnAPipeIsAnsweredNeutralisedAndWrapped() throws {
    // Escape sequences at both ends: a title change (OSC) and a colour (CSI).
    func long(_ filler: Character) -> String {
      "\u{1B}]0;pirate\u{07}" + String(repeating: filler, count: 10_000) + "\u{1B}[31m"
    }
    let script = "\(long("#"))\njouer appel-police\nb\n\(long("@"))\n1\nquitter\n"
    let run = try Confident.run(bank, input: script)
    #expect(run.status == 0)
    #expect(run.errors.isEmpty)
    let output = run.output
    let unknownCommand = try #require(output.range(of: "Commande inconnue : «"))
    let unknownGround = try #require(output.range(of: "Fondement inconnu : «"))
    #expect(unknownCommand.upperBound < unknownGround.lowerBound)
    // The ground prompt stayed open: the next answer was taken.
    #expect(output.contains("✓ fondement juste (1/1)"))
    #expect(output.hasSuffix("Au revoir.\n"))
    #expect(output.contains(String(repeating: "#", count: 40) + "… »"))
    #expect(output.contains(String(repeating: "@", count: 40) + "… »"))
    #expect(!run.stdout.contains(0x1B), "escape byte reached the output")
    #expect(!run.stdout.contains(0x07), "BEL reached the output")
    #expect(!output.contains("pirate"), "the OSC's text reached the output")
    #expect(lines(of: output, longerThan: 80).isEmpty)
  }

  @Test func invalidUTF8TypedOnTheTerminalIsAnsweredAndTheSessionGoesOn() throws {
    let home = try TemporaryDirectory()
    let terminal = try Confident.terminal(home: home)
    try terminal.expect(mainPrompt)
    terminal.send(bytes: [0xFF, 0xFE, 0x0D])
    let bare = try terminal.expect(mainPrompt)
    // On a terminal, libedit discards bytes that are not UTF-8: the line arrives empty and
    // gets no answer. The session goes on (a pipe keeps them as U+FFFD, see below).
    #expect(!bare.contains("Commande inconnue"), "\(bare.debugDescription)")
    terminal.send(bytes: Array("ab".utf8) + [0xFF, 0xFE] + Array("cd\r".utf8))
    let answer = try terminal.expect(mainPrompt)
    #expect(answer.contains(#/Commande inconnue : « ab\u{FFFD}*cd »/#), "\(answer.debugDescription)")

    #expect(try terminal.listsTheCasesThenQuits() == 0)
  }

  @Test func invalidUTF8OnAPipeIsAnsweredAndTheSessionGoesOn() throws {
    let input = [0xFF, 0xFE, 0x0A] + Array("ab".utf8) + [0xFF, 0xFE] + Array("cd\ncas\nquitter\n".utf8)
    let run = try Confident.run(bank, bytes: input)
    #expect(run.reason == .exit)
    #expect(run.status == 0)
    #expect(run.errors.isEmpty)
    let output = run.output
    #expect(output.contains(#/Commande inconnue : « ab\u{FFFD}*cd »/#), "\(output)")
    #expect(output.components(separatedBy: "Commande inconnue").count - 1 == 2, "\(output)")
    #expect(output.contains("Commande inconnue : « \u{FFFD}\u{FFFD} »"), "\(output)")
    #expect(output.contains("Programme — 2 cas"))
    #expect(output.hasSuffix("Au revoir.\n"))
  }
}
