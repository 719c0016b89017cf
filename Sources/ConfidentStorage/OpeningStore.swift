import Foundation
import GRDB

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `open(2)`, out of reach of `SQLiteProgressStore.open` inside the extension.
private func openFile(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
  open(path, flags, mode)
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
    let url = folder.appendingPathComponent(fileName)
    do {
      return (try openTrusted(url), nil)
    } catch let problem as UntrustedFile {
      let aside = try moveAside(url, now: now)
      return (try openTrusted(url), MovedAside(reason: problem.reason, url: aside))
    }
  }

  private struct UntrustedFile: Error {
    var reason: MovedAside.Reason
  }

  /// Checks that the file is a Confident progress file this version knows (read-only, so that a
  /// foreign file is left byte for byte as it was), then opens and migrates it.
  private static func openTrusted(_ url: URL) throws -> SQLiteProgressStore {
    try inspect(url)
    try createPrivately(url.path)
    let pool = try DatabasePool(path: url.path, configuration: configuration())
    try Schema.migrator.migrate(pool)
    for suffix in ["-wal", "-shm"] { chmod(url.path + suffix, 0o600) }
    return SQLiteProgressStore(pool: pool, url: url)
  }

  /// Throws ``UntrustedFile`` for a file that is damaged, foreign or of a newer schema.
  private static func inspect(_ url: URL) throws {
    let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue
    guard let size, size > 0 else { return }  // missing, or left empty by a crash: new
    var readOnly = Configuration()
    readOnly.readonly = true
    readOnly.busyMode = .timeout(10)
    do {
      let queue = try DatabaseQueue(path: url.path, configuration: readOnly)
      try queue.read { db in try check(db) }
      try queue.close()
    } catch let error as DatabaseError where isDamage(error) {
      throw UntrustedFile(reason: .damaged)
    }
  }

  private static func configuration() -> Configuration {
    var configuration = Configuration()
    configuration.busyMode = .timeout(10)
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA synchronous = FULL")
    }
    return configuration
  }

  /// An empty file is new; otherwise it must carry Confident's application id (or be an
  /// empty database) and no migration this version does not know.
  private static func check(_ db: Database) throws {
    let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
    let tables = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master") ?? 0
    if applicationID == 0 && tables == 0 { return }
    guard applicationID == Schema.applicationID else { throw UntrustedFile(reason: .foreign) }
    guard try db.tableExists("grdb_migrations") else { throw UntrustedFile(reason: .foreign) }
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
    close(descriptor)
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
