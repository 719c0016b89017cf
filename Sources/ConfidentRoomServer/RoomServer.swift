import ConfidentCore
import Foundation
import Hummingbird
import Logging
import NIOCore

/// Where the room's server listens.
public struct RoomServerAddress: Sendable, Hashable {
  /// `127.0.0.1` unless the trainer asks for the room (`0.0.0.0` or an address of the laptop).
  public var host: String
  /// `0` lets the system choose.
  public var port: Int

  public init(host: String = "127.0.0.1", port: Int = 8470) {
    self.host = host
    self.port = port
  }
}

/// The participants' vote server: the page, the open question, the votes, on HTTP (Hummingbird),
/// nothing else. Runs in the trainer's process until ``stop()``.
public final class RoomServer: @unchecked Sendable {
  public let box: RoomBallotBox
  public let address: RoomServerAddress
  /// Where the server's tasks run: the shared cooperative pool when `nil` (the trainer's
  /// process blocks no pool thread), or an executor of the caller's, e.g. a thread of its own
  /// when the pool may be held by blocking work (a test process).
  private let taskExecutor: (any TaskExecutor)?
  private var task: Task<Void, any Error>?

  public init(box: RoomBallotBox, address: RoomServerAddress, taskExecutor: (any TaskExecutor)? = nil) {
    self.box = box
    self.address = address
    self.taskExecutor = taskExecutor
  }

  /// Starts listening; returns the port bound, or throws a French message.
  public func start(timeout: Double = 10) throws -> Int {
    let bound = PortBox()
    let app = Self.application(box: box, address: address) { port in bound.set(port) }
    let run: @Sendable () async throws -> Void = {
      do {
        try await app.runService(gracefulShutdownSignals: [])
      } catch {
        let text = "\(error)"
        bound.fail(text.contains("Address already in use") ? "port déjà pris : choisissez-en un autre avec --port" : text)
        throw error
      }
    }
    if #available(macOS 15, *) {
      task = Task.detached(executorPreference: taskExecutor, operation: run)
    } else {
      task = Task.detached(operation: run)
    }
    switch bound.wait(timeout: timeout) {
    case .success(let port): return port
    case .failure(let problem):
      stop()
      throw RoomServerError(message: "le serveur de la salle n'a pas pu écouter sur \(address.host):\(address.port) (\(problem.message))")
    }
  }

  /// Stops listening (the session is over).
  public func stop() {
    task?.cancel()
    task = nil
  }

  /// The Hummingbird application serving `box` (the tests run it on loopback through ``start(timeout:)``).
  public static func application(
    box: RoomBallotBox, address: RoomServerAddress, running: @escaping @Sendable (Int) -> Void = { _ in }
  ) -> Application<RouterResponder<RoomRequestContext>> {
    var logger = Logger(label: "confident.salle")
    logger.logLevel = .critical
    return Application(
      router: RoomRoutes.router(box: box),
      server: .http1(configuration: .init(idleTimeout: .seconds(30))),
      configuration: ApplicationConfiguration(address: .hostname(address.host, port: address.port), serverName: nil),
      onServerRunning: { channel in running(channel.localAddress?.port ?? address.port) },
      logger: logger)
  }
}

/// A French message about the server.
public struct RoomServerError: Error, Sendable {
  public var message: String
}

/// The port once bound, handed from the server's task to the thread that started it.
final class PortBox: @unchecked Sendable {
  private let condition = NSCondition()
  private var result: Result<Int, RoomServerError>?

  func set(_ port: Int) { finish(.success(port)) }
  func fail(_ message: String) { finish(.failure(RoomServerError(message: message))) }

  private func finish(_ value: Result<Int, RoomServerError>) {
    condition.lock()
    if result == nil { result = value }
    condition.broadcast()
    condition.unlock()
  }

  func wait(timeout: Double) -> Result<Int, RoomServerError> {
    condition.lock()
    defer { condition.unlock() }
    let deadline = Date(timeIntervalSinceNow: timeout)
    while result == nil, condition.wait(until: deadline) {}
    return result ?? .failure(RoomServerError(message: "délai dépassé"))
  }
}

/// The addresses participants can reach: the laptop's IPv4 addresses other than loopback.
public func roomNetworkAddresses() -> [String] {
  let devices = (try? System.enumerateDevices()) ?? []
  var found: [String] = []
  for device in devices {
    guard let address = device.address, case .v4 = address, let ip = address.ipAddress,
      !ip.hasPrefix("127."), !found.contains(ip)
    else { continue }
    found.append(ip)
  }
  return found
}
