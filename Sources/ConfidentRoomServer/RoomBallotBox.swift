import ConfidentCore
import Foundation

/// The devices' side of the room, shared by the server's handlers and the room driver: what may
/// be shown, one vote per device per open vote, the devices following the room, the rate limits.
/// Thread-safe (one lock); bounded in devices, ballots and rate keys.
public final class RoomBallotBox: RoomRemoteVoting, @unchecked Sendable {
  /// Why a vote was not taken, or that it was.
  public enum VoteOutcome: Sendable, Hashable {
    case recorded(replaced: Bool)
    /// No vote is open now.
    case closed
    /// The vote named is not the one open (the page is late).
    case stale
    /// No such choice in the open vote.
    case invalidChoice
    /// The room already follows the largest number of devices.
    case full
  }

  /// The short code participants type or scan; required on every request.
  public let roomCode: String
  /// A device that has not asked for the question for this long no longer counts as following.
  public static let followingWindow: Double = 30
  /// Devices followed at most.
  public static let maximumDevices = 1000

  private let lock = NSLock()
  private let clock: @Sendable () -> Double
  private var view = RoomPublicView.waiting
  /// Per ballot key, per device token, the authored choice index.
  private var ballots: [String: [String: Int]] = [:]
  private var lastSeen: [String: Double] = [:]
  /// Per device token, the pseudonym it gave (kept for the session, bounded like the devices).
  private var pseudonyms: [String: String] = [:]
  private var deviceLimiter = RateLimiter(burst: 12, perSecond: 3)
  private var addressLimiter = RateLimiter(burst: 400, perSecond: 200)

  public init(roomCode: String, clock: @escaping @Sendable () -> Double = { ProcessInfo.processInfo.systemUptime }) {
    self.roomCode = roomCode
    self.clock = clock
  }

  /// A random room code: 4 characters that cannot be mistaken for one another.
  public static func randomCode() -> String {
    let alphabet = Array("ACDEFHJKMNPRTUVWXY34679")
    return String((0..<4).map { _ in alphabet.randomElement()! })
  }

  /// A random device token: 128 bits in hex.
  static func newDeviceToken() -> String {
    (0..<16).map { _ in String(format: "%02x", UInt8.random(in: 0...255)) }.joined()
  }

  /// Whether `code` is the room's, ignoring case and spaces.
  public func accepts(code: String?) -> Bool {
    guard let code else { return false }
    return code.uppercased().filter { !$0.isWhitespace } == roomCode
  }

  public func publish(_ view: RoomPublicView) {
    lock.withLock {
      self.view = view
      // Only the open vote's and the revealed votes' ballots matter; bound the rest.
      if ballots.count > 64, let key = view.ballotKey {
        ballots = ballots.filter { $0.key == key }
      }
    }
  }

  /// What may be shown now.
  public var currentView: RoomPublicView { lock.withLock { view } }

  public func tally(for ballotKey: String) -> RoomRemoteTally {
    lock.withLock {
      let votes = ballots[ballotKey] ?? [:]
      var counts: [Int: Int] = [:]
      for choice in votes.values { counts[choice, default: 0] += 1 }
      let now = clock()
      let following = lastSeen.values.count { now - $0 <= Self.followingWindow }
      var named: [String: [Int]] = [:]
      for (device, choice) in votes {
        if let pseudonym = pseudonyms[device] { named[pseudonym, default: []].append(choice) }
      }
      return RoomRemoteTally(counts: counts, voted: votes.count, connected: max(following, votes.count),
        pseudonyms: named.mapValues { $0.sorted() })
    }
  }

  public func discard(_ ballotKey: String) {
    lock.withLock { ballots[ballotKey] = nil }
  }

  /// Notes that `device` follows the room; `false` when it is over its rate, or its address is.
  public func admit(device: String?, address: String) -> Bool {
    lock.withLock {
      let now = clock()
      guard addressLimiter.allow(address, now: now) else { return false }
      guard let device else { return true }
      guard deviceLimiter.allow(device, now: now) else { return false }
      if lastSeen[device] != nil || lastSeen.count < Self.maximumDevices { lastSeen[device] = now }
      return true
    }
  }

  /// The label (`b`, `3`) `device` voted for in the open vote, if any.
  public func choiceLabel(of device: String) -> String? {
    lock.withLock {
      guard let key = view.ballotKey, let choice = ballots[key]?[device],
        let position = view.choiceIndices.firstIndex(of: choice)
      else { return nil }
      return view.choices[position].label
    }
  }

  /// The pseudonym `device` gave, if any.
  public func pseudonym(of device: String) -> String? {
    lock.withLock { pseudonyms[device] }
  }

  /// Records `device`'s vote for the choice labelled `label` in the vote `ballotKey`; a second
  /// vote from the same device replaces its first. `pseudonym` (already normalised,
  /// ``RoomPseudonym/normalized(_:)``) replaces the device's own when given: `.some(nil)`
  /// forgets it, `nil` keeps it.
  public func vote(device: String, ballotKey: String, label: String, pseudonym: String?? = nil) -> VoteOutcome {
    lock.withLock {
      guard let open = view.ballotKey else { return .closed }
      guard open == ballotKey else { return .stale }
      let wanted = label.lowercased().trimmingCharacters(in: .whitespaces)
      guard let position = view.choices.firstIndex(where: { $0.label == wanted }),
        let choice = view.choiceIndex(at: position)
      else { return .invalidChoice }
      var votes = ballots[open] ?? [:]
      let replaced = votes[device] != nil
      guard replaced || votes.count < Self.maximumDevices else { return .full }
      votes[device] = choice
      ballots[open] = votes
      if let pseudonym {
        if pseudonyms[device] != nil || pseudonyms.count < Self.maximumDevices { pseudonyms[device] = pseudonym }
      }
      return .recorded(replaced: replaced)
    }
  }
}
