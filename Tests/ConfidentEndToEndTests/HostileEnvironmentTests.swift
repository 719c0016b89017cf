import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Hostile surroundings: a full disk on stdout, endless input, a shared or booby-trapped data
/// folder, signals, a permissive umask.
@Suite("Hostile environment")
struct HostileEnvironmentTests {
  let bank = ["--scenarios", Confident.bank]

  /// Runs `script` with `sh -c`, `$0` being the program; returns status and stderr. The
  /// fixture bank stands for the bundled one, so that `--scenarios` adds no folder.
  func shell(_ script: String, arguments: [String] = [], environment: [String: String] = [:]) throws -> (status: Int32, errors: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", script, Confident.executable.path] + arguments
    process.environment = ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "CONFIDENT_SCENARIOS": Confident.bank]
      .merging(environment) { $1 }
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try PseudoTerminal.withNoSignalBlocked { try process.run() }
    let data = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  @Test(arguments: [["verifier", Confident.packageRoot.path + "/Tests/Fixtures/invalid"], ["cas"], ["jouer", "nope"]])
  func aFullDiskOnStdoutGivesAMessageAndANonZeroStatus(_ arguments: [String]) throws {
    let home = try TemporaryDirectory()
    let run = try shell(#"exec "$0" "$@" > /dev/full < /dev/null"#, arguments: arguments + bank, environment: ["CONFIDENT_HOME": home.path])
    #expect(run.status != 0)
    #expect(run.errors.hasSuffix("confident : impossible d'écrire la sortie (No space left on device).\n"), "\(run.errors)")
  }

  @Test func endlessInputWithoutANewlineIsCutAndAnswered() throws {
    let home = try TemporaryDirectory()
    // /dev/zero never ends: the run is stopped after the first answers, memory bounded.
    let run = try shell(
      #"timeout -s KILL 3 "$0" "$@" < /dev/zero > /dev/null"#, arguments: bank,
      environment: ["CONFIDENT_HOME": home.path])
    #expect(run.errors.contains("confident : ligne trop longue (plus de 64 Kio) : seul son début est lu.\n"), "\(run.errors)")
  }

  @Test func aSharedDataFolderIsRefusedWithAFrenchMessage() throws {
    let home = try TemporaryDirectory()
    #expect(chmod(home.path, 0o777) == 0)
    let terminal = try Confident.terminal([], home: home, columns: 400)
    try terminal.expect("Dossier de données modifiable par d'autres utilisateurs (\(home.path)) : ni cache ni historique ne seront utilisés (retirez ces droits : chmod go-w).")
    terminal.send("quitter\r")
    try terminal.expect("Au revoir.")
    _ = terminal.waitForExit()
    #expect(try FileManager.default.contentsOfDirectory(atPath: home.path).isEmpty, "nothing written in a shared folder")
  }

  @Test func aFIFOAtTheHistoryPathDoesNotBlockTheStart() throws {
    let home = try TemporaryDirectory()
    #expect(mkfifo(home.path + "/history", 0o600) == 0)
    let terminal = try Confident.terminal([], home: home, columns: 400)
    try terminal.expect("Le fichier d'historique \(home.path)/history n'est pas un historique de Confident")
    try terminal.expect("confident › ")
    terminal.send("quitter\r")
    try terminal.expect("Au revoir.")
    #expect(terminal.waitForExit() == 0)
  }

  /// SIGKILL cannot be caught: the history is saved after each line.
  @Test(arguments: [SIGTERM, SIGHUP, SIGKILL])
  func theHistoryIsKeptWhenTheShellIsTerminatedOrKilled(_ signal: Int32) throws {
    let home = try TemporaryDirectory()
    let terminal = try Confident.terminal([], home: home)
    try terminal.expect("confident › ")
    terminal.send("ref cp-458\r")
    try terminal.expect("art. 458")
    try terminal.expect("confident › ")
    kill(terminal.processIdentifier, signal)
    _ = terminal.waitForExit()
    let history = try String(contentsOfFile: home.path + "/history", encoding: .utf8)
    #expect(history.contains("ref\\040cp-458"))
  }

  @Test func everyFileTheProgramCreatesIs0600AndEveryFolder0700UnderUmask000() throws {
    let home = try TemporaryDirectory()
    let data = home.path + "/a/b/data"
    let terminal = try PseudoTerminal(
      executable: URL(fileURLWithPath: "/bin/sh"),
      arguments: ["-c", #"umask 000; exec "$0" "$@""#, Confident.executable.path, "--data-dir", data] + bank,
      environment: ["HOME": home.path, "CONFIDENT_SCENARIOS": Confident.bank])
    try terminal.expect("confident › ")
    terminal.send("ref cp-458\r")
    try terminal.expect("art. 458")
    terminal.send("quitter\r")
    try terminal.expect("Au revoir.")
    _ = terminal.waitForExit()
    // The same again on pipes, through sh to set the umask.
    _ = try shell(#"umask 000; exec "$0" cas "$@" > /dev/null"#, arguments: bank + ["--data-dir", data])
    var found: [String: mode_t] = [:]
    for path in FileManager.default.enumerator(atPath: home.path + "/a")?.compactMap({ $0 as? String }) ?? [] {
      var info = stat()
      lstat(home.path + "/a/" + path, &info)
      found[path] = info.st_mode & 0o7777
    }
    #expect(found.keys.contains { $0.hasSuffix(".bin") })
    #expect(found.keys.contains { $0.hasSuffix("history") })
    for (path, mode) in found {
      var info = stat()
      lstat(home.path + "/a/" + path, &info)
      let folder = (info.st_mode & S_IFMT) == S_IFDIR
      #expect(mode == (folder ? 0o700 : 0o600), "\(path): \(String(mode, radix: 8))")
    }
  }
}
