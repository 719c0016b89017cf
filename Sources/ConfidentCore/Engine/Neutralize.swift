extension String {
  /// The text with terminal control sequences and control characters removed.
  ///
  /// Scenario files are untrusted: an ESC, OSC or CSI sequence in a title must not reach the
  /// terminal. Newlines stay; tabs become spaces.
  public var neutralized: String {
    guard unicodeScalars.contains(where: { $0.isControl }) else { return self }
    var result = String.UnicodeScalarView()
    var scalars = unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      switch scalar.value {
      case 0x0A: result.append(scalar)
      case 0x09: result.append(" ")
      case 0x1B:
        // Skip an ESC sequence: CSI (ESC [ … final byte) or OSC (ESC ] … BEL or ESC \).
        guard let kind = scalars.next() else { break }
        if kind == "[" {
          while let next = scalars.next(), !(0x40...0x7E).contains(next.value) {}
        } else if kind == "]" {
          while let next = scalars.next(), next.value != 0x07, next.value != 0x1B {}
        }
      default:
        if !scalar.isControl { result.append(scalar) }
      }
    }
    return String(result)
  }
}

extension Unicode.Scalar {
  /// C0 controls, DEL and C1 controls.
  var isControl: Bool { value < 0x20 || (0x7F...0x9F).contains(value) }
}
