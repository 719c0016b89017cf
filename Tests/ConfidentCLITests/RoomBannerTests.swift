@testable import ConfidentCLI
import Testing

/// The room's address on the title screen: QR code, address, room code and, when the server
/// listens on loopback only, that phones cannot reach it yet.
@Suite("Room banner")
struct RoomBannerTests {
  static let url = "HTTP://127.0.0.1:8470/K7MX"

  @Test func aLoopbackServerSaysBesideTheQRCodeThatPhonesCannotReachIt() {
    let lines = Group.roomBanner(url: Self.url, code: "K7MX", colour: false, width: 80, loopbackOnly: true)
      .split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 17, "a blank line, the 15 rows of the QR code, the end")
    #expect(lines[4].hasSuffix("   " + Self.url))
    #expect(lines[6].hasSuffix("   Code de la salle : K7MX"))
    #expect(lines[8].hasSuffix("   Attention : seul cet ordinateur peut voter."))
    #expect(lines[9].hasSuffix("   --ecoute 0.0.0.0 ouvre le vote au Wi-Fi"))
    #expect(lines[10].hasSuffix("   de la salle."))
    #expect(lines.allSatisfy { $0.count <= 80 })
  }

  @Test func aServerOnTheRoomsNetworkHasNoWarning() {
    let text = Group.roomBanner(url: "HTTP://192.168.1.23:8470/K7MX", code: "K7MX", colour: false, width: 80)
    #expect(text.contains("Code de la salle : K7MX"))
    #expect(!text.contains("Attention"))
  }

  @Test func aNarrowTerminalGetsTheWarningAboveTheQRCode() {
    let text = Group.roomBanner(url: Self.url, code: "K7MX", colour: false, width: 40, loopbackOnly: true)
    #expect(text.hasPrefix(
      "\nTéléphones : \(Self.url) · code de la salle : K7MX\n"
        + "Attention : seul cet ordinateur peut voter. --ecoute 0.0.0.0 ouvre le vote au Wi-Fi de la salle.\n█"))
  }
}
