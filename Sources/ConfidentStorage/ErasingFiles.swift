import Foundation

extension SQLiteProgressStore {
  /// Closes the database; the store must not be used afterwards. Closing is optional (the
  /// last reference closes it too) but lets ``eraseFiles(in:)`` run while the process lives on.
  public func close() throws {
    try pool.close()
  }

  /// Removes `progress.sqlite`, its `-wal` and `-shm`, and every file moved aside
  /// (`progress.sqlite.abime-*`) from `folder`, for `oublier`. Close every store on the folder
  /// first. Returns the names of the removed files, sorted; other files are left alone.
  public static func eraseFiles(in folder: URL) throws -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    let ours = names.filter { name in
      name == fileName || name == fileName + "-wal" || name == fileName + "-shm"
        || name.hasPrefix(fileName + ".abime-")
    }
    for name in ours { try FileManager.default.removeItem(at: folder.appendingPathComponent(name)) }
    return ours.sorted()
  }
}
