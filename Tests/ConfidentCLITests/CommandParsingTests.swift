import XCTest

@testable import ConfidentCLI

/// The command line: French names, English aliases, the shell by default.
final class CommandParsingTests: XCTestCase {
  func testNoArgumentOpensTheShell() throws {
    XCTAssertTrue(try ConfidentCommand.parseAsRoot([]) is Shell)
  }

  func testGlobalOptionsReachTheDefaultShell() throws {
    let shell = try XCTUnwrap(ConfidentCommand.parseAsRoot(["--scenarios", "autre", "--data-dir", "d"]) as? Shell)
    XCTAssertEqual(shell.bank.scenarios, ["autre"])
    XCTAssertEqual(shell.bank.dataDirectory, "d")
  }

  func testFrenchNamesAndEnglishAliasesParseToTheSameCommand() throws {
    for (french, english) in [("cas", "list"), ("verifier", "lint"), ("reference", "ref")] {
      let a = try ConfidentCommand.parseAsRoot([french])
      let b = try ConfidentCommand.parseAsRoot([english])
      XCTAssertTrue(type(of: a) == type(of: b), "\(french) / \(english)")
    }
    let play = try XCTUnwrap(ConfidentCommand.parseAsRoot(["play", "appel-police"]) as? Play)
    XCTAssertEqual(play.id, "appel-police")
  }

  func testLintTakesPathsAndStrict() throws {
    let lint = try XCTUnwrap(ConfidentCommand.parseAsRoot(["lint", "--strict", "a.yaml", "b"]) as? Lint)
    XCTAssertTrue(lint.strict)
    XCTAssertEqual(lint.paths, ["a.yaml", "b"])
  }

  func testListTakesJSON() throws {
    let list = try XCTUnwrap(ConfidentCommand.parseAsRoot(["cas", "--json"]) as? ListCases)
    XCTAssertTrue(list.json)
  }
}
