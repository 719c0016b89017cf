@testable import ConfidentRoomServer
import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// The real room server on 127.0.0.1 (a port the system chooses), and a client that talks to it
/// over HTTP with `URLSession`, sending only the cookies it is told to (no cookie jar).
final class LoopbackRoom {
  /// A response as a phone sees it.
  struct Reply {
    var status: Int
    var headers: [String: String]
    var body: Data

    var text: String { String(decoding: body, as: UTF8.self) }
    var json: [String: Any]? { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] }
    /// The French `message` of an answer.
    var message: String { json?["message"] as? String ?? "" }

    /// A header, whatever its case.
    func header(_ name: String) -> String? {
      headers.first { $0.key.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
  }

  let server: RoomServer
  let base: String
  private let session: URLSession

  /// Starts the server for `box`. `RoomServer.start` blocks its thread until the port is bound
  /// (the trainer's driver is synchronous); here it runs on a thread of its own, so that the
  /// test's task does not hold one of the few cooperative threads the server's task needs.
  static func open(box: RoomBallotBox) async throws -> LoopbackRoom {
    let server = RoomServer(
      box: box, address: RoomServerAddress(host: "127.0.0.1", port: 0), taskExecutor: ServerThreadExecutor.shared)
    let port = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Int, any Error>) in
      Thread { continuation.resume(with: Result { try server.start() }) }.start()
    }
    return LoopbackRoom(server: server, port: port)
  }

  private init(server: RoomServer, port: Int) {
    self.server = server
    base = "http://127.0.0.1:\(port)"
    let configuration = URLSessionConfiguration.ephemeral
    configuration.httpShouldSetCookies = false
    configuration.httpCookieAcceptPolicy = .never
    configuration.timeoutIntervalForRequest = 5
    session = URLSession(configuration: configuration)
  }

  deinit { server.stop() }

  /// `GET path` (or `POST` when there is a body), with `cookie` as the Cookie header.
  func request(_ path: String, cookie: String? = nil, body: String? = nil, contentType: String? = nil) async throws -> Reply {
    var request = URLRequest(url: URL(string: base + path)!)
    if let cookie { request.setValue(cookie, forHTTPHeaderField: "Cookie") }
    if let contentType { request.setValue(contentType, forHTTPHeaderField: "Content-Type") }
    if let body {
      request.httpMethod = "POST"
      request.httpBody = Data(body.utf8)
    }
    let (data, response) = try await session.data(for: request)
    let http = response as? HTTPURLResponse
    var headers: [String: String] = [:]
    for (name, value) in http?.allHeaderFields ?? [:] { headers["\(name)"] = "\(value)" }
    return Reply(status: http?.statusCode ?? 0, headers: headers, body: data)
  }
}

/// One thread that runs the test servers' tasks. The test process blocks cooperative threads
/// (the end-to-end suites wait on child processes), and on 2 cores the pool has 2 threads: a
/// server on the pool could then not even bind its port in time.
final class ServerThreadExecutor: TaskExecutor, @unchecked Sendable {
  static let shared = ServerThreadExecutor()

  private let condition = NSCondition()
  private var jobs: [UnownedJob] = []

  private init() {
    let thread = Thread { [self] in run() }
    thread.name = "room-server-tests"
    thread.start()
  }

  func enqueue(_ job: consuming ExecutorJob) {
    let job = UnownedJob(job)
    condition.lock()
    jobs.append(job)
    condition.signal()
    condition.unlock()
  }

  private func run() {
    while true {
      condition.lock()
      while jobs.isEmpty { condition.wait() }
      let job = jobs.removeFirst()
      condition.unlock()
      job.runSynchronously(on: asUnownedTaskExecutor())
    }
  }
}
