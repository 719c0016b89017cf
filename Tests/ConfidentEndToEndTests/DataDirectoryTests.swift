import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The data directory and its `history` file when things are not as the shell would like.
///
/// The shell must warn, go on without history, and never damage a file it did not write.
/// Tests run as root in CI, where `chmod` cannot make a directory unwritable: an unusable
/// directory is a path below a regular file instead.
///
/// The terminals are wide so that no warning is wrapped: each one is looked for in one piece.
@Suite("Data directory")
struct DataDirectoryTests {
  let mainPrompt = "confident › "
  let columns: UInt16 = 400

  /// Types a few commands, waiting for each answer, then `quitter`; returns the exit status.
  func playAndQuit(_ terminal: PseudoTerminal) throws -> Int32? {
    terminal.send("cas police\r")
    try terminal.expect("Un policier téléphone pour une adresse")
    try terminal.expect(mainPrompt)
    terminal.send("ref cp-458\r")
    try terminal.expect("── Code pénal (1867), art. 458 ──")
    try terminal.expect(mainPrompt)
    terminal.send("quitter\r")
    try terminal.expect("Au revoir.")
    return terminal.waitForExit()
  }

  /// Names in `folder`, sorted.
  func contents(of folder: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
  }

  /// Paths, relative to `folder`, of everything below it.
  func paths(under folder: String) -> [String] {
    FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? []
  }

  /// Temporary files (`*.tmp`) left below `folder`: the history is saved through one.
  func temporaryFiles(in folder: String) -> [String] {
    paths(under: folder).filter { $0.hasSuffix(".tmp") }
  }

  /// Files named `history` anywhere below `folder`.
  func histories(under folder: String) -> [String] {
    paths(under: folder).filter { ($0 as NSString).lastPathComponent == "history" }
  }

  enum Source: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case option = "--data-dir"
    case environment = "CONFIDENT_HOME"
    var testDescription: String { rawValue }
  }

  @Test(arguments: Source.allCases)
  func anUnusableDataDirectoryIsReportedAndTheSessionGoesOn(_ source: Source) throws {
    let home = try TemporaryDirectory()
    let blocker = try home.write("not a folder\n", to: "plain-file")
    let data = blocker + "/confident"
    let terminal = try Confident.terminal(
      source == .option ? ["--data-dir", data] : [], home: home,
      environment: source == .environment ? ["CONFIDENT_HOME": data] : [:], columns: columns)
    try terminal.expect("Dossier de données inutilisable (\(data)) : l'historique ne sera pas enregistré.")
    try terminal.expect(mainPrompt)
    #expect(try playAndQuit(terminal) == 0)
    #expect(!terminal.transcript.contains("n'a pas pu être enregistré"))
    // No history went elsewhere instead (--data-dir wins over CONFIDENT_HOME, then nothing).
    #expect(histories(under: home.path).isEmpty)
    #expect(try String(contentsOfFile: blocker, encoding: .utf8) == "not a folder\n")
  }

  @Test(.enabled(if: access("/proc/self", W_OK) != 0, "needs a directory that is not writable even by root"))
  func aReadOnlyDataDirectoryIsReportedAndTheSessionGoesOn() throws {
    let home = try TemporaryDirectory()
    // In the child, /proc/self is its own /proc/<pid>: a directory nobody may write in.
    let terminal = try Confident.terminal(["--data-dir", "/proc/self"], home: home, columns: columns)
    try terminal.expect("Dossier de données en lecture seule (/proc/self) : l'historique ne sera pas enregistré.")
    try terminal.expect(mainPrompt)
    #expect(try playAndQuit(terminal) == 0)
    #expect(histories(under: home.path).isEmpty)
  }

  struct ForeignHistory: CustomTestStringConvertible, Sendable {
    var name: String
    var bytes: [UInt8]
    var testDescription: String { name }
  }

  @Test(arguments: [
    ForeignHistory(
      name: "binary bytes",
      bytes: (0..<512).map { UInt8(truncatingIfNeeded: ($0 &* 167 &+ 89) ^ ($0 >> 3)) }),
    ForeignHistory(name: "a readline history", bytes: Array("ls -l\ncd /tmp\njouer appel-police\n".utf8)),
    ForeignHistory(name: "an older libedit history", bytes: Array("_HiStOrY_V1_\nref\\040cp-458\n".utf8)),
  ])
  func aForeignHistoryFileIsLeftByteForByteIntact(_ foreign: ForeignHistory) throws {
    // libedit compares only the file's first line with its header: a first line that is a prefix
    // of the header ("_HiSt" without a newline) passes for one.
    let firstLine = foreign.bytes.prefix { $0 != UInt8(ascii: "\n") } + [UInt8(ascii: "\n")]
    #expect(!Array("_HiStOrY_V2_\n".utf8).starts(with: firstLine.prefix(foreign.bytes.count)))
    let home = try TemporaryDirectory()
    let file = home.url.appendingPathComponent("history")
    try Data(foreign.bytes).write(to: file)
    let terminal = try Confident.terminal(home: home, columns: columns)
    try terminal.expect(
      "Le fichier d'historique \(file.path) n'est pas un historique de Confident : "
        + "il est laissé intact et l'historique ne sera pas enregistré.")
    try terminal.expect(mainPrompt)
    #expect(try playAndQuit(terminal) == 0)
    #expect(try Data(contentsOf: file) == Data(foreign.bytes))
    #expect(temporaryFiles(in: home.path).isEmpty)
  }

  @Test func aHistoryThatIsAFolderIsReportedAndTheSessionGoesOn() throws {
    let home = try TemporaryDirectory()
    let folder = home.url.appendingPathComponent("history")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
    let terminal = try Confident.terminal(home: home, columns: columns)
    try terminal.expect("Le fichier d'historique \(folder.path) n'est pas un historique de Confident")
    try terminal.expect(mainPrompt)
    #expect(try playAndQuit(terminal) == 0)
    #expect(!terminal.transcript.contains("n'a pas pu être enregistré"))
    var isFolder: ObjCBool = false
    #expect(FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) && isFolder.boolValue)
    #expect(try contents(of: folder.path).isEmpty)
    #expect(temporaryFiles(in: home.path).isEmpty)
  }

  @Test func aDataDirectoryThatVanishesDuringTheSessionIsReportedAtExit() throws {
    let home = try TemporaryDirectory()
    let terminal = try Confident.terminal(home: home)
    try terminal.expect(mainPrompt)
    terminal.send("cas police\r")
    try terminal.expect("Un policier téléphone pour une adresse")
    try terminal.expect(mainPrompt)
    // The folder is replaced by a file: the history can be written neither there nor beside it.
    try FileManager.default.removeItem(at: home.url)
    try Data("in the way\n".utf8).write(to: home.url)
    terminal.send("quitter\r")
    try terminal.expect("Au revoir.")
    try terminal.expect("confident : l'historique n'a pas pu être enregistré.")
    #expect(terminal.waitForExit() == 0)
    #expect(try String(contentsOf: home.url, encoding: .utf8) == "in the way\n")
  }

  @Test func twoShellsOnOneDataDirectoryLeaveOneWholeHistory() throws {
    let home = try TemporaryDirectory()
    let first = try Confident.terminal(home: home)
    let second = try Confident.terminal(home: home)
    try first.expect(mainPrompt)
    try second.expect(mainPrompt)
    // Interleaved, so that both sessions are open at once.
    let commands = [("ref cp-458", "ref secret"), ("cas", "aide"), ("cas II.3", "bilan")]
    for (mine, theirs) in commands {
      first.send(mine + "\r")
      second.send(theirs + "\r")
      try first.expect(mainPrompt)
      try second.expect(mainPrompt)
    }
    // Both leave together: their saves race.
    first.send("quitter\r")
    second.send("quitter\r")
    #expect(first.waitForExit() == 0)
    #expect(second.waitForExit() == 0)

    #expect(temporaryFiles(in: home.path).isEmpty)
    let saved = try String(contentsOf: home.url.appendingPathComponent("history"), encoding: .utf8)
    #expect(saved.hasPrefix("_HiStOrY_V2_\n"))
    let entries = saved.split(separator: "\n").dropFirst().map(String.init)
    let firstEntries = ["ref\\040cp-458", "cas", "cas\\040II.3", "quitter"]
    let secondEntries = ["ref\\040secret", "aide", "bilan", "quitter"]
    #expect(entries == firstEntries || entries == secondEntries, "\(saved)")
  }
}
