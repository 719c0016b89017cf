import ConfidentRoomServer
import Foundation

extension Group {
  /// `--ecoute` and `--port` as an address, checked.
  func roomServerAddress() throws -> RoomServerAddress {
    let host = listenHost?.trimmingCharacters(in: .whitespaces) ?? "127.0.0.1"
    guard room || (listenHost == nil && port == nil) else { throw failure("--ecoute et --port vont avec --salle") }
    guard !host.isEmpty, host.count <= 45, host.allSatisfy({ $0.isHexDigit || $0 == "." || $0 == ":" }) else {
      throw failure("--ecoute attend une adresse IP (127.0.0.1, 0.0.0.0 ou une adresse de cet ordinateur), trouvé « \(host) »")
    }
    guard let port = port.map({ $0.trimmingCharacters(in: .whitespaces) }) else { return RoomServerAddress(host: host) }
    guard port.count <= 5, port.allSatisfy(\.isASCII), let number = Int(port), (0...65535).contains(number) else {
      throw failure("--port attend un nombre de 0 à 65535, trouvé « \(port) »")
    }
    return RoomServerAddress(host: host, port: number)
  }

  /// Starts the participants' server for `driver`; shows its address, QR code and room code on
  /// the title screen.
  func startRoomServer(driver: RoomDriver, colour: Bool) throws -> RoomServer {
    let address = try roomServerAddress()
    let box = RoomBallotBox(roomCode: RoomBallotBox.randomCode())
    let server = RoomServer(box: box, address: address)
    let port: Int
    do {
      port = try server.start()
    } catch let error as RoomServerError {
      throw failure(error.message)
    }
    let everywhere = address.host == "0.0.0.0" || address.host == "::"
    let host = everywhere ? (roomNetworkAddresses().first ?? "127.0.0.1") : address.host
    let shownHost = host.contains(":") ? "[\(host)]" : host
    // Upper case and the code in the path: the QR code's compact alphanumeric mode.
    let url = "HTTP://\(shownHost.uppercased()):\(port)/\(box.roomCode)"
    let loopbackOnly = host.hasPrefix("127.") || host == "::1"
    driver.introBanner = Self.roomBanner(
      url: url, code: box.roomCode, colour: colour, width: min(TerminalInfo.width(), Self.maximumWidth), loopbackOnly: loopbackOnly)
    if loopbackOnly {
      StandardStreams.err("confident : le vote n'écoute que sur cet ordinateur ; --ecoute 0.0.0.0 l'ouvre au Wi-Fi de la salle.\n")
    }
    driver.remote = box
    StandardStreams.err("confident : vote de la salle sur \(url)\n")
    return server
  }

  /// The QR code of `url` with, at its right when the terminal is wide enough, how to join:
  /// the address and the room code; `loopbackOnly` says there that phones cannot reach it yet
  /// (the title screen clears the terminal: a warning on stderr alone would not be seen).
  static func roomBanner(url: String, code: String, colour: Bool, width: Int, loopbackOnly: Bool = false) -> String {
    var text = ["Votez depuis votre téléphone :", "scannez ce code, ou ouvrez", url, "", "Code de la salle : \(code)"]
    let loopbackLines = ["Attention : seul cet ordinateur peut voter.", "--ecoute 0.0.0.0 ouvre le vote au Wi-Fi", "de la salle."]
    if loopbackOnly { text += [""] + loopbackLines }
    let loopbackNote = loopbackOnly ? loopbackLines.joined(separator: " ") + "\n" : ""
    guard let qr = RoomQRCode.lines(url, colour: colour) else {
      return "\nTéléphones : \(url) · code de la salle : \(code)\n" + loopbackNote
    }
    let qrWidth = (RoomQRCode.modules(url)?.count ?? 0) + 4
    guard width >= qrWidth + 3 + (text.map(\.count).max() ?? 0) else {
      return "\nTéléphones : \(url) · code de la salle : \(code)\n" + loopbackNote + qr.joined(separator: "\n") + "\n"
    }
    let lines = qr.enumerated().map { row, line in
      let side = text.indices.contains(row - 1) ? text[row - 1] : ""
      return side.isEmpty ? line : line + "   " + side
    }
    return "\n" + lines.joined(separator: "\n") + "\n"
  }
}
