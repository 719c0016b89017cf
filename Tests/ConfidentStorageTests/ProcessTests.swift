import ConfidentCore
import ConfidentStorage
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Real second processes (`confident-progress-writer`, built before the tests run).
@Suite("progress.sqlite across processes")
struct ProcessTests {
  private static let writer: URL = {
    let bundle = Bundle.main.bundleURL
    let products = bundle.pathExtension == "xctest" ? bundle.deletingLastPathComponent() : bundle
    return products.appendingPathComponent("confident-progress-writer")
  }()

  private func writer(_ folder: URL, session: String, count: Int) throws -> (Process, Pipe) {
    let process = Process()
    let output = Pipe()
    process.executableURL = Self.writer
    process.arguments = [folder.path, session, String(count)]
    process.standardOutput = output
    try process.run()
    return (process, output)
  }

  @Test func twoProcessesWritingAtOnceBothKeepEveryAnswer() throws {
    let folder = StoreFixtures.folder()
    try runTogether(folder, count: 200)
  }

  /// Both shells start on a folder with no database yet: both create it, neither takes the
  /// other's half-made file for a foreign one, neither fails on the first migration.
  @Test func twoProcessesCreatingTheFileAtOnceBothWork() throws {
    for _ in 0..<6 {
      let folder = StoreFixtures.folder()
      try runTogether(folder, count: 10)
      let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      #expect(!files.contains { $0.contains("abime") }, "\(files)")
    }
  }

  private func runTogether(_ folder: URL, count: Int) throws {
    let writers = try ["shell-a", "shell-b"].map { try writer(folder, session: $0, count: count) }
    for (process, output) in writers {
      _ = output.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      #expect(process.terminationStatus == 0)
    }
    let answers = try StoreFixtures.open(folder).answers(.all)
    for session in ["shell-a", "shell-b"] {
      #expect(answers.filter { $0.sessionID == session }.map(\.timeTakenMilliseconds) == Array(0..<count))
    }
  }

  @Test func everyAnswerReportedBeforeASIGKILLIsStillThere() throws {
    let folder = StoreFixtures.folder()
    let (process, output) = try writer(folder, session: "tue", count: 0)
    var text = ""
    let reader = output.fileHandleForReading
    while text.split(separator: "\n").count < 60 {
      let chunk = reader.availableData
      if chunk.isEmpty { break }
      text += String(decoding: chunk, as: UTF8.self)
    }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    text += String(decoding: reader.readDataToEndOfFile(), as: UTF8.self)
    #expect(process.terminationReason == .uncaughtSignal)
    // Only whole lines were printed after a commit; a cut last line is not counted.
    let reported = text.hasSuffix("\n") ? text.split(separator: "\n") : text.split(separator: "\n").dropLast()
    let indexes = reported.compactMap { Int($0) }
    #expect(indexes.count >= 60)
    let stored = try StoreFixtures.open(folder).answers(.all).map(\.timeTakenMilliseconds)
    #expect(Array(stored.prefix(indexes.count)) == indexes)
    #expect(stored.count <= indexes.count + 1)
  }
}
