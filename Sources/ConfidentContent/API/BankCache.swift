import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Keeps the checked bank between runs, so the shell starts without parsing every file again.
///
/// The cache is keyed on every file's path, size, modification time and inode, and on the
/// executable itself (a rebuilt checker may judge files differently). Any change, a corrupt
/// or unreadable cache, or a missing path means a full load; writing the cache never fails a
/// load.
public enum BankCache {
  static let magic = "confident-bank-cache 3\n"

  /// Loads `paths` through the cache kept in `directory`.
  ///
  /// - Returns: the report, and whether it came from the cache.
  public static func load(paths: [String], directory: String) -> (report: LoadReport, cached: Bool) {
    var missing: [Diagnostic] = []
    let files = BankLoader.yamlFiles(in: paths, missing: &missing)
    guard missing.isEmpty, let key = fingerprint(files) else {
      return (BankLoader.load(paths: paths), false)
    }
    let file = directory + "/bank-" + hexHash(paths.joined(separator: "\n")) + ".bin"
    if let report = read(file, key: key) { return (report, true) }
    let report = BankLoader.load(files: files, missing: missing)
    write(report, key: key, to: file, directory: directory)
    return (report, false)
  }

  /// Path, size, modification time and inode of each file, plus the running executable's.
  static func fingerprint(_ files: [String]) -> String? {
    var key = magic
    let executable = Bundle.main.executablePath.map { [$0] } ?? []
    for path in executable + files {
      var info = stat()
      guard stat(path, &info) == 0 else { return nil }
      key += "\(path)\t\(info.st_size)\t\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)\t\(info.st_ino)\n"
    }
    return key
  }

  static func read(_ file: String, key: String) -> LoadReport? {
    let descriptor = open(file, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { return nil }
    var reader = BinaryReader(descriptor: descriptor, size: Int(info.st_size))
    guard (try? reader.string()) == key, let report = try? reader.report(), reader.isAtEnd else { return nil }
    return report
  }

  static func write(_ report: LoadReport, key: String, to file: String, directory: String) {
    guard (try? FileManager.default.createDirectory(
      atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])) != nil
    else { return }
    let temporary = "\(file).\(getpid()).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { return }
    var writer = BinaryWriter(descriptor: descriptor)
    writer.string(key)
    writer.report(report)
    writer.flush()
    let closed = close(descriptor) == 0
    if !writer.succeeded || !closed || rename(temporary, file) != 0 { unlink(temporary) }
  }

  /// FNV-1a, 64 bits, in hex: a stable file name for a set of paths.
  static func hexHash(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    return String(hash, radix: 16)
  }
}
