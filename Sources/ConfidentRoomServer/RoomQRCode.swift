import CQREncode

/// A QR code of the room's address, drawn with Unicode half blocks (two rows of modules per
/// line), through libqrencode.
public enum RoomQRCode {
  /// The modules of `text` (`true` is dark), `nil` if libqrencode cannot encode it.
  public static func modules(_ text: String) -> [[Bool]]? {
    guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_L, QR_MODE_8, 1) else { return nil }
    defer { QRcode_free(code) }
    let width = Int(code.pointee.width)
    guard width > 0, let data = code.pointee.data else { return nil }
    return (0..<width).map { row in (0..<width).map { column in data[row * width + column] & 1 == 1 } }
  }

  /// The code as lines of text, with a quiet zone of 2 modules. Light modules are drawn (the
  /// terminal's text colour), dark ones left blank: on a dark terminal the code reads as usual;
  /// `colour` forces black on white so it reads on any theme.
  public static func lines(_ text: String, colour: Bool) -> [String]? {
    guard let modules = modules(text) else { return nil }
    let quiet = 2
    let size = modules.count + 2 * quiet
    func dark(_ row: Int, _ column: Int) -> Bool {
      let r = row - quiet, c = column - quiet
      guard modules.indices.contains(r), modules.indices.contains(c) else { return false }
      return modules[r][c]
    }
    var lines: [String] = []
    for top in stride(from: 0, to: size, by: 2) {
      var line = colour ? "\u{1B}[97;40m" : ""
      for column in 0..<size {
        let upper = !dark(top, column)
        let lower = top + 1 < size ? !dark(top + 1, column) : false
        switch (upper, lower) {
        case (true, true): line += "█"
        case (true, false): line += "▀"
        case (false, true): line += "▄"
        case (false, false): line += " "
        }
      }
      lines.append(line + (colour ? "\u{1B}[0m" : ""))
    }
    return lines
  }
}
