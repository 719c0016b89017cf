@testable import ConfidentCLI
import ConfidentContent
import ConfidentCore
import Foundation
import LineEditing
import Testing

/// The shell notices an edited case file and reloads the bank between lines.
@Suite("Reloading the bank in the shell")
struct ReloadTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures").path

  /// Plays the script; `edit` runs just before the line of that index is read.
  final class EditingReader: LineReading {
    var lines: [String]
    let edits: [Int: () -> Void]
    var read = 0
    var completions: (String) -> [String] = { _ in [] }

    init(_ lines: [String], edits: [Int: () -> Void]) {
      self.lines = lines
      self.edits = edits
    }

    func readLine(prompt: String) -> LineEvent {
      edits[read]?()
      read += 1
      return lines.isEmpty ? .endOfInput : .line(lines.removeFirst())
    }
  }

  func localFolder(question: String) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try write(question: question, in: folder)
    return folder
  }

  func write(question: String, in folder: String) throws {
    let original = try String(contentsOfFile: Self.fixtures + "/bank/cas/appel-police.yaml", encoding: .utf8)
    let text = original.replacingOccurrences(of: "id: appel-police", with: "id: cas-local")
      .replacingOccurrences(of: "question: Que répondez-vous ?", with: "question: \(question)")
    try text.write(toFile: folder + "/cas-local.yaml", atomically: true, encoding: .utf8)
  }

  func run(_ lines: [String], folder: String, edits: [Int: () -> Void]) -> String {
    let bundled = Self.fixtures + "/bank"
    let load = { BankLoader.load(bundled: bundled, added: [folder]) }
    var text = ""
    let driver = ShellDriver(
      session: Session(bank: load().bank, order: .fixed), reader: EditingReader(lines, edits: edits),
      renderer: { Renderer(width: 100, colour: false) }, write: { text += $0 },
      reloader: WatchedBank(paths: [bundled, folder], load: load))
    driver.run()
    return text
  }

  @Test func anEditedFileIsReloadedBeforeTheNextPrompt() throws {
    let folder = try localFolder(question: "Première version ?")
    let text = run(["jouer cas-local", "b", "1", "", "", "jouer cas-local"], folder: folder, edits: [
      // While the first play runs: the reload waits for the end of the case.
      2: { try? self.write(question: "Version corrigée, plus longue ?", in: folder) }
    ])
    #expect(text.contains("Première version ?"))
    #expect(text.contains("Banque rechargée : 3 cas (fichiers modifiés)."))
    #expect(text.contains("Version corrigée, plus longue ?"))
    let reload = try #require(text.range(of: "Banque rechargée"))
    let end = try #require(text.range(of: "Fin du cas"))
    #expect(end.lowerBound < reload.lowerBound)
  }

  @Test func rechargerReloadsAtOnceAtHome() throws {
    let folder = try localFolder(question: "Une question ?")
    let text = run(["recharger"], folder: folder, edits: [:])
    #expect(text.contains("Banque rechargée : 3 cas."))
  }

  @Test func nothingChangedMeansNoReload() throws {
    let folder = try localFolder(question: "Une question ?")
    let text = run(["cas", "aide"], folder: folder, edits: [:])
    #expect(!text.contains("Banque rechargée"))
  }
}

extension ReloadTests {
  @Test func aCommandTypedAfterAnEditRunsOnTheNewBank() throws {
    let folder = try localFolder(question: "Ancienne question ?")
    let text = run(["jouer cas-local"], folder: folder, edits: [
      0: { try? self.write(question: "Nouvelle question, écrite pendant l'invite ?", in: folder) }
    ])
    #expect(!text.contains("Ancienne question ?"))
    let reload = try #require(text.range(of: "Banque rechargée : 3 cas (fichiers modifiés)."))
    let question = try #require(text.range(of: "Nouvelle question, écrite pendant l'invite ?"))
    #expect(reload.lowerBound < question.lowerBound)
  }
}
