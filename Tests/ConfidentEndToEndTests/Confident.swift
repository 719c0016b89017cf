import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The built `confident` executable, the fixture bank, and ways to run them.
enum Confident {
  /// `Tests/Fixtures/bank`, found from this file so the tests never read the real bank.
  static let bank: String = packageRoot.appendingPathComponent("Tests/Fixtures/bank").path

  static var packageRoot: URL {
    URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent()  // ConfidentEndToEndTests
      .deletingLastPathComponent()  // Tests
      .deletingLastPathComponent()
  }

  /// Next to the test bundle (where `swift build` puts products), else `.build/debug`.
  static let executable: URL = {
    let bundle = Bundle.main.bundleURL
    let candidates = [
      bundle.pathExtension == "xctest" ? bundle.deletingLastPathComponent() : bundle,
      bundle.deletingLastPathComponent(),
      packageRoot.appendingPathComponent(".build/debug"),
    ].map { $0.appendingPathComponent("confident") }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
  }()

  /// Opens `confident` on a pseudo-terminal with `--scenarios <fixture bank>`, a fresh home
  /// and data directory (unless `home` is given).
  static func terminal(
    _ arguments: [String] = [], home: TemporaryDirectory, language: String = "C.UTF-8",
    environment: [String: String] = [:], rows: UInt16 = 40, columns: UInt16 = 100
  ) throws -> PseudoTerminal {
    try PseudoTerminal(
      executable: executable, arguments: arguments + ["--scenarios", bank] + fixedOrder(arguments),
      environment: ["LANG": language, "HOME": home.path, "CONFIDENT_HOME": home.path, "CONFIDENT_SCENARIOS": bank]
        .merging(environment) { $1 },
      rows: rows, columns: columns)
  }

  /// `--ordre-fixe` for the commands that show options, so transcripts keep the file's order.
  static func fixedOrder(_ arguments: [String]) -> [String] {
    let others = ["cas", "list", "ref", "reference", "verifier", "lint", "nouveau", "new", "exporter", "export", "evaluation", "assess", "progression", "stats", "oublier", "forget"]
    return arguments.contains(where: others.contains) ? [] : ["--ordre-fixe"]
  }

  /// What a run on pipes gave.
  struct Outcome {
    var status: Int32
    var stdout: Data
    var stderr: Data
    /// `.uncaughtSignal` when the program was killed (its status is then the signal's number).
    var reason: Process.TerminationReason = .exit
    var output: String { String(decoding: stdout, as: UTF8.self) }
    var errors: String { String(decoding: stderr, as: UTF8.self) }
  }

  /// Runs `confident arguments` with `input` on a stdin pipe and stdout/stderr on pipes.
  ///
  /// The environment is built from scratch (nothing inherited). Output is read while the
  /// program runs; the run is killed and an error thrown after `timeout`.
  static func run(
    _ arguments: [String], input: String = "", language: String = "C.UTF-8",
    environment: [String: String] = [:], stdoutClosed: Bool = false, timeout: Duration = .seconds(5),
    program: URL = executable, directory: URL? = nil
  ) throws -> Outcome {
    try run(
      arguments, bytes: Array(input.utf8), language: language, environment: environment,
      stdoutClosed: stdoutClosed, timeout: timeout, program: program, directory: directory)
  }

  /// Like ``run(_:input:language:environment:stdoutClosed:timeout:program:directory:)`` with raw
  /// input bytes (invalid UTF-8 included).
  ///
  /// - Parameter stdoutClosed: close the read end of stdout's pipe before the program starts,
  ///   as `confident cas | true` does: its first write to stdout then fails with EPIPE.
  static func run(
    _ arguments: [String], bytes input: [UInt8], language: String = "C.UTF-8",
    environment: [String: String] = [:], stdoutClosed: Bool = false, timeout: Duration = .seconds(5),
    program: URL = executable, directory: URL? = nil
  ) throws -> Outcome {
    let home = try TemporaryDirectory()
    let process = Process()
    process.executableURL = program
    if let directory { process.currentDirectoryURL = directory }
    process.arguments = arguments + fixedOrder(arguments)
    process.environment = [
      "LANG": language, "HOME": home.path, "CONFIDENT_HOME": home.path, "TERM": "xterm",
      // The fixture bank stands for the bundled one: `--scenarios` adds folders to it.
      "CONFIDENT_SCENARIOS": bank,
    ].merging(environment) { $1 }

    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    for handle in [stdin.fileHandleForReading, stdin.fileHandleForWriting, stdout.fileHandleForReading,
      stdout.fileHandleForWriting, stderr.fileHandleForReading, stderr.fileHandleForWriting]
    {
      _ = fcntl(handle.fileDescriptor, F_SETFD, FD_CLOEXEC)  // no leak into other tests' children
    }
    // The whole input goes into the pipe before the program starts (it is far below the pipe's
    // capacity), and the write end is closed: the program sees the end of input after it, and
    // the test can't get SIGPIPE if the program leaves early.
    precondition(input.count < 32_768, "input must fit in the pipe's buffer")
    try stdin.fileHandleForWriting.write(contentsOf: Data(input))
    try stdin.fileHandleForWriting.close()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    if stdoutClosed { try stdout.fileHandleForReading.close() }
    // With SIGPIPE blocked, as on test threads, a closed stdout would not kill a program that
    // forgot to ignore it.
    try PseudoTerminal.withNoSignalBlocked { try process.run() }
    try stdin.fileHandleForReading.close()
    try stdout.fileHandleForWriting.close()
    try stderr.fileHandleForWriting.close()

    var collected = [Data(), Data()]
    var open = [stdoutClosed ? -1 : stdout.fileHandleForReading.fileDescriptor, stderr.fileHandleForReading.fileDescriptor]
    let deadline = ContinuousClock.now + timeout
    // Until both pipes reach end of file, or the program has exited and nothing is left to read
    // (a descendant holding a pipe open must not make the test hang).
    while open.contains(where: { $0 >= 0 }) {
      let exited = !process.isRunning
      var descriptors = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
      let ready = poll(&descriptors, nfds_t(descriptors.count), exited ? 0 : 50)
      if ready <= 0 {
        if exited { break }
        if ContinuousClock.now > deadline {
          kill(process.processIdentifier, SIGKILL)  // can be neither caught nor blocked
          process.waitUntilExit()
          throw RunFailure(
            arguments: arguments, output: String(decoding: collected[0], as: UTF8.self),
            reason: "still running after \(timeout)")
        }
        continue
      }
      for index in descriptors.indices where descriptors[index].revents != 0 && open[index] >= 0 {
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = read(open[index], &buffer, buffer.count)
        if count > 0 {
          collected[index].append(contentsOf: buffer[..<count])
        } else if count == 0 || errno != EINTR {
          open[index] = -1
        }
      }
    }
    process.waitUntilExit()
    return Outcome(
      status: process.terminationStatus, stdout: collected[0], stderr: collected[1],
      reason: process.terminationReason)
  }

  struct RunFailure: Error, CustomStringConvertible {
    var arguments: [String]
    var output: String
    var reason: String
    var description: String { "confident \(arguments.joined(separator: " ")): \(reason); output:\n\(output)" }
  }
}

/// A fresh directory under the system's temporary folder, deleted with the value.
final class TemporaryDirectory {
  let url: URL
  var path: String { url.path }

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("confident-e2e-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// Writes `text` to `name` inside the directory and returns its path.
  func write(_ text: String, to name: String) throws -> String {
    let file = url.appendingPathComponent(name)
    try Data(text.utf8).write(to: file)
    return file.path
  }
}

extension PseudoTerminal {
  /// The session still answers: `cas` lists the fixture bank, then `quitter` ends it.
  /// Returns the exit status.
  func listsTheCasesThenQuits() throws -> Int32? {
    send("cas police\r")
    try expect("Un policier téléphone pour une adresse")
    try expect("confident › ")
    send("quitter\r")
    try expect("Au revoir.")
    return waitForExit()
  }
}
