import Foundation
import Testing

/// The participant's page in a real browser (headless Chromium from Debian) at a phone's size:
/// its script runs under the page's own Content-Security-Policy and shows the open question.
@Suite("The participant's page in Chromium")
struct RoomBrowserTests {
  static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
  /// In CI (`CI=true`) the browser is required: the test then runs, and fails without it.
  static let required = ProcessInfo.processInfo.environment["CI"] == "true"

  /// Runs headless Chromium on `url` (bounded: 30 s) and returns the DOM after the scripts ran.
  func dumpDOM(_ url: String, profile: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try #require(Self.chromium, "chromium is required in CI (apt-get install chromium)"))
    process.arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile)", "--window-size=390,844",
      "--virtual-time-budget=4000", "--dump-dom", url,
    ]
    let file = profile + "-dom.html"
    FileManager.default.createFile(atPath: file, contents: nil)
    let output = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let deadline = Date(timeIntervalSinceNow: 30)
    while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
    if process.isRunning { process.terminate() }
    process.waitUntilExit()
    try output.close()
    let data = try Data(contentsOf: URL(fileURLWithPath: file))
    return String(decoding: data, as: UTF8.self)
  }

  @Test(.enabled(if: chromium != nil || required, "needs chromium (apt-get install chromium)"), .timeLimit(.minutes(2)))
  func thePageShowsTheOpenQuestionWithItsScriptAllowedByTheCSP() throws {
    let home = try TemporaryDirectory()
    let terminal = try Confident.terminal(["groupe", "--cas", "appel-police", "--salle", "--port", "0"], home: home, rows: 60, columns: 100)
    defer { if terminal.process.isRunning { kill(terminal.process.processIdentifier, SIGKILL) } }
    let banner = try terminal.expect("Entrée : premier cas › ", timeout: .seconds(15))
    let address = try #require(banner.firstMatch(of: /HTTP:\/\/127\.0\.0\.1:(\d+)\/([A-Z0-9]{4})/))
    let url = "http://127.0.0.1:\(address.1)/\(address.2)"

    let waiting = try dumpDOM(url, profile: home.path + "/chromium")
    #expect(waiting.contains("la prochaine question s’affichera ici"))
    #expect(!waiting.contains("Que répondez-vous ?"))

    terminal.send("\r")
    try terminal.expect("ont voté › ")
    let open = try dumpDOM(url, profile: home.path + "/chromium")
    // The buttons exist only if the inline script ran: its hash matches the CSP.
    #expect(open.contains("<p id=\"question\">Que répondez-vous ?</p>"))
    #expect(open.contains("aria-pressed=\"false\""))
    #expect(open.contains("Touchez votre réponse."))
    terminal.send("fin\r")
    #expect(terminal.waitForExit(timeout: .seconds(10)) == 0)
  }
}
