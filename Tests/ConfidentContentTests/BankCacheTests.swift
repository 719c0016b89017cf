import ConfidentContent
import Foundation
import Testing

@Suite("Bank cache")
struct BankCacheTests {
  /// A private copy of the fixture bank plus one broken file, and an empty cache folder.
  func workspace() throws -> (bank: String, cache: String) {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: Fixtures.bank, toPath: root + "/bank")
    try FileManager.default.copyItem(atPath: Fixtures.root + "/invalid/graph.yaml", toPath: root + "/bank/cas/graph.yaml")
    return (root + "/bank", root + "/cache")
  }

  func expectSame(_ a: LoadReport, _ b: LoadReport) {
    #expect(a.bank.cases == b.bank.cases)
    #expect(a.bank.grounds == b.bank.grounds)
    #expect(a.bank.references == b.bank.references)
    #expect(a.bank.programme == b.bank.programme)
    #expect(a.bank.themes == b.bank.themes)
    #expect(!a.bank.themes.isEmpty)
    #expect(a.diagnostics == b.diagnostics)
    #expect(a.files == b.files)
    #expect(a.skipped == b.skipped)
    #expect(a.pointLocations == b.pointLocations)
    #expect(a.groundLocations == b.groundLocations)
    #expect(a.themeLocations == b.themeLocations)
    #expect(a.optionLocations == b.optionLocations)
    #expect(!a.optionLocations.isEmpty)
  }

  @Test func theSecondLoadComesFromTheCacheAndEqualsAFullLoad() throws {
    let (bank, cache) = try workspace()
    let first = BankCache.load(paths: [bank], directory: cache)
    let second = BankCache.load(paths: [bank], directory: cache)
    #expect(!first.cached)
    #expect(second.cached)
    expectSame(second.report, BankLoader.load(paths: [bank]))
    #expect(second.report.skipped.count == 1)
  }

  @Test func editingAFileInvalidatesTheCache() throws {
    let (bank, cache) = try workspace()
    _ = BankCache.load(paths: [bank], directory: cache)
    let path = bank + "/cas/appel-police.yaml"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    try text.replacingOccurrences(of: "Un policier téléphone", with: "Une policière téléphone")
      .write(toFile: path, atomically: true, encoding: .utf8)
    let after = BankCache.load(paths: [bank], directory: cache)
    #expect(!after.cached)
    #expect(after.report.bank.case("appel-police")?.title.hasPrefix("Une policière") == true)
  }

  @Test func addingAFileInvalidatesTheCache() throws {
    let (bank, cache) = try workspace()
    _ = BankCache.load(paths: [bank], directory: cache)
    try FileManager.default.removeItem(atPath: bank + "/cas/graph.yaml")
    let after = BankCache.load(paths: [bank], directory: cache)
    #expect(!after.cached)
    #expect(after.report.skipped.isEmpty)
  }

  @Test func aCorruptCacheIsIgnoredAndRewritten() throws {
    let (bank, cache) = try workspace()
    _ = BankCache.load(paths: [bank], directory: cache)
    let files = try FileManager.default.contentsOfDirectory(atPath: cache)
    let file = try #require(files.first { $0.hasSuffix(".bin") })
    var data = try Data(contentsOf: URL(fileURLWithPath: cache + "/" + file))
    data.removeLast(data.count / 2)
    try data.write(to: URL(fileURLWithPath: cache + "/" + file))
    let after = BankCache.load(paths: [bank], directory: cache)
    #expect(!after.cached)
    expectSame(after.report, BankLoader.load(paths: [bank]))
    #expect(BankCache.load(paths: [bank], directory: cache).cached)
  }

  @Test func aCacheWrittenInTheBackgroundIsWaitedForByTheNextLoad() throws {
    let (bank, cache) = try workspace()
    let first = BankCache.load(paths: [bank], directory: cache, writeInBackground: true)
    #expect(!first.cached)
    #expect(BankCache.load(paths: [bank], directory: cache).cached)
    BankCache.waitForWrites()
    let files = try FileManager.default.contentsOfDirectory(atPath: cache)
    #expect(files.count == 1 && files[0].hasSuffix(".bin"), "\(files)")
  }

  @Test func anUnwritableCacheFolderStillLoads() throws {
    let (bank, _) = try workspace()
    let blocker = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
    try Data("fichier".utf8).write(to: URL(fileURLWithPath: blocker))
    let result = BankCache.load(paths: [bank], directory: blocker + "/cache")
    #expect(!result.cached)
    #expect(result.report.bank.cases.count == 2)
  }

  @Test func randomlyDamagedCachesNeverCrashTheLoader() throws {
    let (bank, cache) = try workspace()
    _ = BankCache.load(paths: [bank], directory: cache)
    let name = try #require(try FileManager.default.contentsOfDirectory(atPath: cache).first { $0.hasSuffix(".bin") })
    let url = URL(fileURLWithPath: cache + "/" + name)
    let original = try Data(contentsOf: url)
    var random = SplitMix64(seed: 7)
    let full = BankLoader.load(paths: [bank])
    for _ in 0..<120 {
      var damaged = [UInt8](original)
      for _ in 0..<(1 + Int(random.next() % 3)) {
        // XOR with a non-zero byte: every damage really changes the file.
        damaged[Int(random.next() % UInt64(damaged.count))] ^= UInt8(1 + random.next() % 255)
      }
      try Data(damaged).write(to: url)
      let result = BankCache.load(paths: [bank], directory: cache)
      // The checksum catches every change, even one that would only alter a text.
      #expect(!result.cached)
      #expect(result.report.bank.cases.count == full.bank.cases.count)
    }
  }
}
