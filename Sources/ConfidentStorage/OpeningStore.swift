import Foundation
import GRDB

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `open(2)` and `close(2)`, out of reach of `SQLiteProgressStore.open` and `close` inside the
/// extension.
private func openFile(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
  open(path, flags, mode)
}

private func closeFile(_ descriptor: Int32) {
  close(descriptor)
}

extension SQLiteProgressStore {
  /// What opening the store did to a file it could not trust.
  public struct MovedAside: Sendable, Hashable {
    /// Why the file was not opened.
    public enum Reason: Sendable, Hashable {
      /// Not an SQLite file, or a damaged one.
      case damaged
      /// An SQLite file that is not a Confident progress file.
      case foreign
      /// A progress file written by a newer version of Confident.
      case newerSchema
    }

    /// Why the file was moved.
    public var reason: Reason
    /// Where the file now is (`progress.sqlite.abime-<date>`).
    public var url: URL

    /// The French message for the participant.
    public var message: String {
      let cause =
        switch reason {
        case .damaged: "est abîmé"
        case .foreign: "n'est pas un fichier de progression de Confident"
        case .newerSchema: "a été écrit par une version plus récente de Confident"
        }
      return "Le fichier de progression \(SQLiteProgressStore.fileName) \(cause) : il a été mis de côté "
        + "sous le nom \(url.lastPathComponent) (rien n'a été effacé) et une nouvelle progression commence."
    }
  }

  /// Opens (or creates) `progress.sqlite` in `folder`.
  ///
  /// The folder is created 0700 if it is missing; the database and its `-wal`/`-shm` files are
  /// 0600 whatever the umask. A file that is damaged, foreign or of a newer schema is never
  /// overwritten: it is renamed `progress.sqlite.abime-<date>` (with its `-wal` and `-shm`), a
  /// fresh database is created, and the returned ``MovedAside`` says so.
  ///
  /// - Parameter now: the date written in the moved file's name.
  /// - Throws: if the folder or the fresh database cannot be made.
  public static func open(folder: URL, now: Date = Date()) throws -> (store: SQLiteProgressStore, movedAside: MovedAside?) {
    try prepareFolder(folder)
    return try open(folder.appendingPathComponent(fileName), now: now, attempts: 3)
  }

  private static func open(_ url: URL, now: Date, attempts: Int) throws -> (store: SQLiteProgressStore, movedAside: MovedAside?) {
    do {
      return (try openTrusted(url), nil)
    } catch let problem as UntrustedFile {
      // Another shell may have moved the file and made a fresh one since it was inspected:
      // move only the very file found untrusted, else start again with what is there now.
      guard problem.identity != nil, fileIdentity(url) == problem.identity else {
        guard attempts > 1 else { throw CocoaError(.fileReadUnknown) }
        return try open(url, now: now, attempts: attempts - 1)
      }
      let aside = try moveAside(url, now: now)
      return (try openTrusted(url), MovedAside(reason: problem.reason, url: aside))
    }
  }

  private struct UntrustedFile: Error {
    var reason: MovedAside.Reason
    /// The inspected file's device and inode.
    var identity: [Int]?
  }

  /// Checks that the file is a Confident progress file this version knows (read-only, so that a
  /// foreign file is left byte for byte as it was), then opens, claims and migrates it.
  private static func openTrusted(_ url: URL) throws -> SQLiteProgressStore {
    try retrying { try inspect(url) }
    try createPrivately(url.path)
    let pool = try retrying { try DatabasePool(path: url.path, configuration: configuration()) }
    try retrying { try claim(pool) }
    try retrying { try Schema.migrator.migrate(pool) }
    for suffix in ["-wal", "-shm"] { chmod(url.path + suffix, 0o600) }
    return SQLiteProgressStore(pool: pool, url: url)
  }

  /// Marks an empty database as Confident's before anything else is written to it, so that a
  /// second shell inspecting it meanwhile never takes it for a foreign file.
  private static func claim(_ pool: DatabasePool) throws {
    try pool.writeWithoutTransaction { db in
      try db.inTransaction(.immediate) {
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let tables = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master") ?? 0
        if applicationID == 0 && tables == 0 {
          try db.execute(sql: "PRAGMA application_id = \(Schema.applicationID)")
        }
        return .commit
      }
    }
  }

  /// Runs `body` again (up to 10 times, 20 to 100 ms apart) while it fails, for the races of two
  /// shells opening a new file at once: SQLite answers "database is locked" to the second one
  /// switching it to WAL without waiting, and GRDB reads which migrations are applied outside
  /// their transactions, so both shells can try the first one (the loser fails without effect:
  /// each migration is one transaction; run again, it finds it applied).
  private static func retrying<T>(_ body: () throws -> T) throws -> T {
    for _ in 1..<10 {
      do {
        return try body()
      } catch let error as DatabaseError where !isDamage(error) {
        Thread.sleep(forTimeInterval: Double.random(in: 0.02...0.1))
      }
    }
    return try body()
  }

  /// Throws ``UntrustedFile`` for a file that is damaged, foreign or of a newer schema.
  private static func inspect(_ url: URL) throws {
    let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue
    guard let size, size > 0 else { return }  // missing, or left empty by a crash: new
    let identity = fileIdentity(url)
    var readOnly = Configuration()
    readOnly.readonly = true
    readOnly.busyMode = .timeout(10)
    do {
      let queue = try DatabaseQueue(path: url.path, configuration: readOnly)
      defer { try? queue.close() }
      try queue.read { db in try check(db) }
    } catch var problem as UntrustedFile {
      problem.identity = identity
      throw problem
    } catch let error as DatabaseError where isDamage(error) {
      throw UntrustedFile(reason: .damaged, identity: identity)
    }
  }

  /// The device and inode of the file at `url`, if it exists.
  private static func fileIdentity(_ url: URL) -> [Int]? {
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
      let device = attributes[.systemNumber] as? NSNumber, let inode = attributes[.systemFileNumber] as? NSNumber
    else { return nil }
    return [device.intValue, inode.intValue]
  }

  private static func configuration() -> Configuration {
    var configuration = Configuration()
    configuration.busyMode = .timeout(10)
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA synchronous = FULL")
    }
    return configuration
  }

  /// An empty database is new; otherwise it must carry Confident's application id and no
  /// migration this version does not know.
  private static func check(_ db: Database) throws {
    let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
    let tables = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master") ?? 0
    if applicationID == 0 && tables == 0 { return }
    guard applicationID == Schema.applicationID else { throw UntrustedFile(reason: .foreign) }
    // Claimed but not migrated yet (another shell is creating it): ours.
    guard try db.tableExists("grdb_migrations") else { return }
    if try Schema.migrator.hasBeenSuperseded(db) { throw UntrustedFile(reason: .newerSchema) }
  }

  private static func isDamage(_ error: DatabaseError) -> Bool {
    [.SQLITE_NOTADB, .SQLITE_CORRUPT, .SQLITE_FORMAT].contains(error.resultCode)
  }

  private static func prepareFolder(_ folder: URL) throws {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) { return }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    chmod(folder.path, 0o700)
  }

  /// Creates the file 0600 before SQLite does (SQLite would use 0644 less the umask; it gives
  /// the `-wal` and `-shm` files the database file's permissions).
  private static func createPrivately(_ path: String) throws {
    let descriptor = openFile(path, O_CREAT | O_WRONLY | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw CocoaError(.fileWriteNoPermission) }
    fchmod(descriptor, 0o600)
    closeFile(descriptor)
  }

  /// Renames the file and its side files to `<name>.abime-<UTC date>` (with `-2`, `-3`… if taken).
  private static func moveAside(_ url: URL, now: Date) throws -> URL {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyyMMdd-HHmmss"
    let base = url.path + ".abime-" + formatter.string(from: now)
    var target = base
    var counter = 1
    while FileManager.default.fileExists(atPath: target) {
      counter += 1
      target = base + "-\(counter)"
    }
    try FileManager.default.moveItem(atPath: url.path, toPath: target)
    for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: url.path + suffix) {
      try FileManager.default.moveItem(atPath: url.path + suffix, toPath: target + suffix)
    }
    return URL(fileURLWithPath: target)
  }
}
