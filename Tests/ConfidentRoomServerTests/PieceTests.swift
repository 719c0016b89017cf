@testable import ConfidentRoomServer
import Testing

/// The server's small pieces: the CSP hash, the rate limiter, the QR code.
@Suite("Room server pieces")
struct PieceTests {
  @Test func sha256MatchesTheStandardVectors() {
    let hex = { (text: String) in SHA256.digest(Array(text.utf8)).map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined() }
    #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(hex(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    #expect(SHA256.base64Digest("abc") == "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=")
  }

  @Test func theRateLimiterAllowsABurstThenItsRate() {
    var limiter = RateLimiter(burst: 3, perSecond: 1)
    let taken = [("x", 0.0), ("x", 0), ("x", 0), ("x", 0), ("x", 0), ("y", 0), ("x", 1.0), ("x", 1.0)].map { limiter.allow($0.0, now: $0.1) }
    #expect(taken == [true, true, true, false, false, true, true, false])
  }

  @Test func theRateLimiterForgetsTheOldestKeyBeyondItsBound() {
    var limiter = RateLimiter(burst: 1, perSecond: 0, maximumKeys: 2)
    // « a » is forgotten when « c » comes: it gets a fresh bucket; « c » has spent its token.
    let taken = [("a", 0.0), ("b", 1), ("c", 2), ("a", 3), ("c", 3)].map { limiter.allow($0.0, now: $0.1) }
    #expect(taken == [true, true, true, true, false])
  }

  @Test func theQRCodeIsSquareWithItsFinderPatterns() throws {
    let modules = try #require(RoomQRCode.modules("HTTP://192.168.1.23:8470/K7MX"))
    #expect(modules.count == 25)
    #expect(modules.allSatisfy { $0.count == 25 })
    // The top-left finder pattern: a dark 7-module ring around a light ring around a dark 3×3.
    #expect(modules[0].prefix(7).allSatisfy { $0 })
    #expect(modules[1][0] && !modules[1][1] && modules[1][6])
    #expect(modules[3][3])
    let lines = try #require(RoomQRCode.lines("HTTP://192.168.1.23:8470/K7MX", colour: false))
    #expect(lines.count == 15)
    #expect(lines.allSatisfy { $0.count == 29 })
  }
}
