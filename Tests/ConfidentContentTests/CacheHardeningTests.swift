@testable import ConfidentContent
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The cache sits in the data folder: whatever is found there is checked before it is trusted.
@Suite("Bank cache under attack")
struct CacheHardeningTests {
  func workspace() throws -> (bank: String, cache: String) {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: Fixtures.bank, toPath: root + "/bank")
    return (root + "/bank", root + "/cache")
  }

  func cacheFile(_ cache: String) throws -> String {
    cache + "/" + (try #require(try FileManager.default.contentsOfDirectory(atPath: cache).first { $0.hasSuffix(".bin") }))
  }

  @Test func aSameSizeEditThatKeepsTheModificationTimeIsSeen() throws {
    let (bank, cache) = try workspace()
    let file = bank + "/cas/appel-police.yaml"
    _ = BankCache.load(paths: [bank], directory: cache)
    var before = stat()
    stat(file, &before)
    let text = try String(contentsOfFile: file, encoding: .utf8)
    let a = "Je donne l'adresse.", b = "Je refuse poliment et renvoie vers ma hiérarchie."
    let swapped = text.replacingOccurrences(of: a, with: "@@").replacingOccurrences(of: b, with: a).replacingOccurrences(of: "@@", with: b)
    let handle = try #require(FileHandle(forWritingAtPath: file))
    try handle.write(contentsOf: Data(swapped.utf8))
    try handle.close()
    var times = [before.st_atim, before.st_mtim]
    #expect(utimensat(AT_FDCWD, file, &times, 0) == 0)
    let after = BankCache.load(paths: [bank], directory: cache)
    #expect(!after.cached)
    #expect(after.report.bank.case("appel-police")?.steps.first?.options.first?.text == b)
  }

  @Test func aFileThatWasUnreadableIsReadOnceItIsReadable() throws {
    let (bank, cache) = try workspace()
    let file = bank + "/cas/appel-police.yaml"
    let text = try Data(contentsOf: URL(fileURLWithPath: file))
    // Root reads a 0000 file: a FIFO stands for "unreadable" here.
    unlink(file)
    #expect(mkfifo(file, 0o600) == 0)
    #expect(BankCache.load(paths: [bank], directory: cache).report.skipped.map(\.path) == [file])
    unlink(file)
    try text.write(to: URL(fileURLWithPath: file))
    let after = BankCache.load(paths: [bank], directory: cache)
    #expect(!after.cached)
    #expect(after.report.skipped == [])
  }

  @Test func aHugeLengthPrefixIsRefusedWithoutReadingIt() throws {
    let (bank, cache) = try workspace()
    _ = BankCache.load(paths: [bank], directory: cache)
    let file = try cacheFile(cache)
    let descriptor = open(file, O_WRONLY | O_TRUNC)
    var length = Int64(3 << 30 - 8).littleEndian
    _ = write(descriptor, &length, 8)
    ftruncate(descriptor, 3 << 30)
    close(descriptor)
    let start = ContinuousClock.now
    let after = BankCache.load(paths: [bank], directory: cache)
    #expect(!after.cached)
    #expect(ContinuousClock.now - start < .seconds(2))
    #expect(after.report.bank.cases.count == 2)
  }

  @Test func aFlippedDigitInACitationIsCaughtByTheChecksum() throws {
    let (bank, cache) = try workspace()
    _ = BankCache.load(paths: [bank], directory: cache)
    let file = try cacheFile(cache)
    var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
    let needle = Array("art. 458".utf8)
    let at = try #require((0...(bytes.count - needle.count)).first { Array(bytes[$0..<($0 + needle.count)]) == needle })
    bytes[at + needle.count - 1] = UInt8(ascii: "9")
    try Data(bytes).write(to: URL(fileURLWithPath: file))
    let after = BankCache.load(paths: [bank], directory: cache)
    #expect(!after.cached)
    #expect(after.report.bank.reference("cp-458")?.citation.contains("art. 458") == true)
  }

  @Test func aBankBreakingTheCheckersRulesIsCorruptWhateverItsChecksum() throws {
    var report = BankLoader.load(paths: [Fixtures.bank])
    #expect(report.bank.meetsCheckerInvariants)
    report.bank.cases[0].steps[0].options = []
    #expect(!report.bank.meetsCheckerInvariants)
  }

  @Test func aFIFOAtTheCachePathDoesNotBlock() throws {
    let (bank, cache) = try workspace()
    _ = BankCache.load(paths: [bank], directory: cache)
    let file = try cacheFile(cache)
    unlink(file)
    #expect(mkfifo(file, 0o600) == 0)
    let after = BankCache.load(paths: [bank], directory: cache)
    #expect(!after.cached)
    #expect(after.report.bank.cases.count == 2)
  }

  @Test func aCacheFolderWritableByOthersIsNeitherReadNorWritten() throws {
    let (bank, cache) = try workspace()
    _ = BankCache.load(paths: [bank], directory: cache)
    #expect(chmod(cache, 0o777) == 0)
    #expect(!BankCache.load(paths: [bank], directory: cache).cached, "a folder others may write is not trusted")
    #expect(PrivateFolder.prepare(cache) == .sharedWritable)
    #expect(chmod(cache, 0o700) == 0)
    #expect(BankCache.load(paths: [bank], directory: cache).cached)
    #expect(chmod(try cacheFile(cache), 0o666) == 0)
    #expect(!BankCache.load(paths: [bank], directory: cache).cached, "a cache others may write is not trusted")
  }

  @Test func aSymlinkPlantedAtTheCachePathIsNotFollowed() throws {
    let (bank, cache) = try workspace()
    _ = BankCache.load(paths: [bank], directory: cache)
    let file = try cacheFile(cache)
    let elsewhere = file + ".copy"
    #expect(rename(file, elsewhere) == 0)
    #expect(symlink(elsewhere, file) == 0)
    #expect(!BankCache.load(paths: [bank], directory: cache).cached)
  }

  @Test func staleTemporaryFilesAndOldCachesAreRemoved() throws {
    let (bank, cache) = try workspace()
    _ = BankCache.load(paths: [bank], directory: cache)
    let old = [cache + "/bank-1234.bin.abc.tmp", cache + "/bank-5678.bin"]
    let fresh = cache + "/bank-9999.bin.def.tmp"
    for path in old + [fresh] { try Data("x".utf8).write(to: URL(fileURLWithPath: path)) }
    for path in old {
      var times = [timespec(tv_sec: 1_000_000, tv_nsec: 0), timespec(tv_sec: 1_000_000, tv_nsec: 0)]
      #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
    }
    // A change to the bank makes the next load write its cache, and clean up.
    try Data("\n".utf8).write(to: URL(fileURLWithPath: bank + "/catalogue/extra.yaml"))
    _ = BankCache.load(paths: [bank], directory: cache)
    #expect(old.allSatisfy { access($0, F_OK) != 0 })
    #expect(access(fresh, F_OK) == 0, "a temporary file being written now is left alone")
  }
}
