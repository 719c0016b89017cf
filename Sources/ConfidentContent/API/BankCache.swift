import ConfidentCore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Keeps the checked bank between runs, so the shell starts without parsing every file again.
///
/// The key holds, for every file, its `stat` facts (size, modification and change times, inode)
/// and the checksum of its bytes, plus the executable's facts (a rebuilt checker may judge
/// files differently). Matching facts are a fast path only: a file whose facts changed, or whose
/// times are too close to the cache's own writing to be trusted (git's "racy" case), is read and
/// its checksum compared. The file ends with a checksum of the whole cache, its size is capped,
/// and the decoded bank must meet the checker's invariants. Any doubt means a full load;
/// writing the cache never fails a load.
public enum BankCache {
  static let magic = "confident-bank-cache 6\n"
  /// Times within this many seconds of the cache's writing do not prove a file unchanged.
  static let racyWindow = 2

  /// Loads `paths` through the cache kept in `directory`.
  ///
  /// - Parameter writeInBackground: write a new cache while the caller goes on (a quarter of a
  ///   second for 10,000 cases); the next read, and the process's exit, wait for it.
  /// - Returns: the report, and whether it came from the cache.
  public static func load(paths: [String], directory: String, writeInBackground: Bool = false) -> (report: LoadReport, cached: Bool) {
    var missing: [Diagnostic] = []
    let files = BankLoader.yamlFiles(in: paths, missing: &missing)
    guard missing.isEmpty, let facts = Facts(files: files) else {
      return (BankLoader.load(files: files, missing: missing), false)
    }
    let resolved = paths.map { BankWalker.realPath($0) ?? $0 }
    let file = directory + "/bank-" + String(ContentHash.of(Array(resolved.joined(separator: "\n").utf8)), radix: 16) + ".bin"
    if let report = read(file, facts: facts) { return (report, true) }
    let started = Int(time(nil))
    let report = BankLoader.load(files: files, missing: missing)
    guard writeInBackground else {
      write(report, facts: facts, started: started, to: file, directory: directory)
      return (report, false)
    }
    _ = waitAtExit
    pendingWrites.enter()
    DispatchQueue.global().async {
      write(report, facts: facts, started: started, to: file, directory: directory)
      pendingWrites.leave()
    }
    return (report, false)
  }

  /// Cache writes still running.
  private static let pendingWrites = DispatchGroup()
  private static let waitAtExit: Void = { atexit { BankCache.waitForWrites() } }()

  /// Returns once every cache write started so far has ended.
  public static func waitForWrites() { pendingWrites.wait() }

  /// The largest cache accepted for files of `inputSize` bytes in all.
  static func maximumSize(inputSize: Int) -> Int { 2 * inputSize + (1 << 20) }

  static func read(_ file: String, facts: Facts) -> LoadReport? {
    waitForWrites()
    let folder = (file as NSString).deletingLastPathComponent
    guard PrivateFolder.check(folder) == nil, let (descriptor, size) = PrivateFolder.openOwnFile(file) else { return nil }
    defer { close(descriptor) }
    guard size <= maximumSize(inputSize: facts.inputSize) else { return nil }
    var reader = BinaryReader(descriptor: descriptor, size: size)
    do {
      guard try reader.string() == magic, try reader.string() == facts.executable else { return nil }
      let started = try reader.int()
      let count = try reader.int()
      guard count == facts.files.count else { return nil }
      for expected in facts.files {
        guard try reader.string() == expected.path else { return nil }
        let stored = try reader.string()
        let hash = try reader.bool() ? UInt64(bitPattern: Int64(try reader.int())) : nil
        let trusted = stored == expected.line && expected.latestChange < started - racyWindow
        if !trusted, currentHash(expected.path) != hash { return nil }
      }
      let report = try reader.report()
      try reader.verifyChecksum()
      guard report.bank.meetsCheckerInvariants else { return nil }
      return report
    } catch {
      return nil
    }
  }

  /// The checksum of the file's bytes now; nil when it cannot be read.
  private static func currentHash(_ path: String) -> UInt64? {
    guard case .success(let bytes) = SafeFile.read(path, limit: FileDecoder.maximumSize) else { return nil }
    return ContentHash.of(bytes)
  }

  static func write(_ report: LoadReport, facts: Facts, started: Int, to file: String, directory: String) {
    guard PrivateFolder.prepare(directory) == nil,
      let (temporary, descriptor) = PrivateFolder.temporaryFile(prefix: file)
    else { return }
    var writer = BinaryWriter(descriptor: descriptor, limit: maximumSize(inputSize: facts.inputSize))
    writer.string(magic)
    writer.string(facts.executable)
    writer.int(started)
    writer.int(facts.files.count)
    for entry in facts.files {
      writer.string(entry.path)
      writer.string(entry.line)
      let hash = report.contentHashes[entry.path]
      writer.bool(hash != nil)
      if let hash { writer.int(Int(Int64(bitPattern: hash))) }
    }
    writer.report(report)
    writer.finish()
    let closed = close(descriptor) == 0
    if !writer.succeeded || !closed || rename(temporary, file) != 0 {
      unlink(temporary)
      return
    }
    CacheCleaning.removeStale(in: directory, keeping: file)
  }

  /// The `stat` facts of the executable and of each file.
  struct Facts {
    struct File {
      var path: String
      /// Size, modification time, change time and inode, as one comparable line.
      var line: String
      /// The later of the modification and change times, in seconds.
      var latestChange: Int
      var size: Int
    }

    var executable: String
    var files: [File]
    var inputSize: Int

    init?(files paths: [String]) {
      guard let executable = Bundle.main.executablePath.flatMap(Self.file) else { return nil }
      self.executable = executable.path + "\t" + executable.line
      var files: [File] = []
      files.reserveCapacity(paths.count)
      var size = 0
      for path in paths {
        guard let file = Self.file(path) else { return nil }
        files.append(file)
        size += file.size
      }
      self.files = files
      inputSize = size
    }

    static func file(_ path: String) -> File? {
      var info = stat()
      guard stat(path, &info) == 0 else { return nil }
      let line = "\(info.st_size)\t\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)\t\(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec)\t\(info.st_ino)\t\(info.st_mode)"
      return File(path: path, line: line, latestChange: max(Int(info.st_mtim.tv_sec), Int(info.st_ctim.tv_sec)), size: Int(info.st_size))
    }
  }
}
