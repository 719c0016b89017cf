import ConfidentCore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The journal of the room session in progress: how it was set up, then every line the trainer
/// typed, each written and flushed to disk before it is handled. The engine is deterministic, so
/// replaying the lines on the same setup gives back the same phase with every vote
/// (`confident groupe --reprendre` after a power cut).
struct RoomJournal {
  /// How the session was set up: enough to build the same engine again.
  struct Setup: Codable, Equatable {
    var format = RoomJournal.format
    var title: String
    var cases: [String]
    var notes: [String: String]
    var teams: [String]
    /// `nil` for the file's order (`--ordre-fixe`).
    var seed: UInt64?
    var timer: Int?
    var ascii: Bool

    init(session: RoomSession) {
      title = session.plan.title
      cases = session.plan.entries.map(\.caseID)
      notes = Dictionary(session.plan.entries.compactMap { entry in entry.note.map { (entry.caseID, $0) } }, uniquingKeysWith: { a, _ in a })
      teams = session.teams.map(\.name)
      if case .shuffled(let seed) = session.order { self.seed = seed }
      timer = session.timer
      ascii = session.ascii
    }

    /// A fresh engine set up as the journal says.
    func session(bank: Bank) -> RoomSession {
      let plan = RoomPlan(title: title, entries: cases.map { RoomPlan.Entry(caseID: $0, note: notes[$0]) })
      let teamList = teams.enumerated().map { RoomTeam(name: $1, position: $0) }
      var session = RoomSession(bank: bank, plan: plan, teams: teamList, order: seed.map { .shuffled(seed: $0) } ?? .fixed, timer: timer)
      session.ascii = ascii
      return session
    }
  }

  static let format = "confident-groupe 1"
  /// Journals above this size are not read.
  static let maximumSize = 4 << 20
  /// Typed lines are kept up to this length (the engine refuses longer ones anyway).
  static let maximumLineLength = 2000

  let path: String
  private let descriptor: Int32

  /// Starts a journal at `path` for `session` (an earlier one must have been moved away).
  init?(creating path: String, session: RoomSession) {
    self.path = path
    descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { return nil }
    guard let header = try? JSONEncoder().encode(Setup(session: session)), append(String(decoding: header, as: UTF8.self)) else {
      close(descriptor)
      return nil
    }
  }

  /// Opens an existing journal to go on writing to it.
  private init?(appendingTo path: String) {
    self.path = path
    descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
  }

  /// Records one typed line, on disk before the line is handled.
  @discardableResult
  func record(_ line: String) -> Bool {
    let kept = String(line.prefix(Self.maximumLineLength))
    guard let encoded = try? JSONEncoder().encode(kept) else { return false }
    return append(String(decoding: encoded, as: UTF8.self))
  }

  private func append(_ text: String) -> Bool {
    let bytes = Array((text + "\n").utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
      if written < 0, errno == EINTR { continue }
      guard written > 0 else { return false }
      offset += written
    }
    return fsync(descriptor) == 0
  }

  /// The session is over: the journal goes.
  func finish() {
    close(descriptor)
    unlink(path)
  }

  /// What `--reprendre` finds: the setup and the typed lines, or a French problem.
  static func read(_ path: String) -> Result<(Setup, [String], RoomJournal), JournalProblem> {
    guard let data = FileManager.default.contents(atPath: path) else {
      return .failure(JournalProblem("aucune séance interrompue à reprendre (\(path) n'existe pas)"))
    }
    guard data.count <= maximumSize else { return .failure(JournalProblem("le journal de séance \(path) est trop grand pour être repris")) }
    let lines = data.split(separator: UInt8(ascii: "\n"))
    guard let first = lines.first, let setup = try? JSONDecoder().decode(Setup.self, from: Data(first)), setup.format == format else {
      return .failure(JournalProblem("le journal de séance \(path) est illisible"))
    }
    // A line cut by the power cut (the last one, unfinished) is dropped.
    let typed = lines.dropFirst().compactMap { try? JSONDecoder().decode(String.self, from: Data($0)) }
    guard let journal = RoomJournal(appendingTo: path) else {
      return .failure(JournalProblem("le journal de séance \(path) ne peut pas être complété"))
    }
    return .success((setup, typed, journal))
  }
}

/// Why a journal cannot be resumed, in French.
struct JournalProblem: Error {
  var message: String
  init(_ message: String) { self.message = message }
}
