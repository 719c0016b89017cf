extension Unicode.Scalar {
  /// Columns this scalar takes in a terminal: 0 for combining marks and invisible formatting,
  /// 2 for East Asian wide characters and emoji, 1 otherwise.
  public var displayWidth: Int {
    let value = value
    if value < 0x300 { return 1 }
    switch properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if properties.isEmojiPresentation { return 2 }
    switch value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
      0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
      0x20000...0x3FFFD:
      return 2
    default:
      return 1
    }
  }
}

extension Character {
  /// Columns this character takes: its first scalar's width (combining scalars add nothing).
  public var displayWidth: Int {
    guard let first = unicodeScalars.first else { return 0 }
    return first.displayWidth
  }
}

extension StringProtocol {
  /// Columns the text takes in a terminal.
  public var displayWidth: Int {
    var total = 0
    for character in self { total += character.displayWidth }
    return total
  }
}
