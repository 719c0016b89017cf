extension String {
  /// The text with terminal control sequences, control characters and hidden formatting
  /// neutralised.
  ///
  /// Scenario files are untrusted: an ESC, OSC or CSI sequence in a title must not reach the
  /// terminal. Newlines stay; tabs become spaces. Bidirectional overrides and isolates
  /// (U+202A–U+202E, U+2066–U+2069), which can show a text reversed, are made visible as
  /// `⟨U+202E⟩`; zero-width characters, the soft hyphen and U+FEFF are removed; line and
  /// paragraph separators (U+2028, U+2029) become spaces.
  public var neutralized: String {
    guard unicodeScalars.contains(where: { $0.isControl || $0.isHiddenFormatting }) else { return self }
    var result = String.UnicodeScalarView()
    var scalars = unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      switch scalar.value {
      case 0x0A: result.append(scalar)
      case 0x09, 0x2028, 0x2029: result.append(" ")
      case 0x1B:
        // Skip an ESC sequence: CSI (ESC [ … final byte) or OSC (ESC ] … BEL or ESC \).
        guard let kind = scalars.next() else { break }
        if kind == "[" {
          while let next = scalars.next(), !(0x40...0x7E).contains(next.value) {}
        } else if kind == "]" {
          while let next = scalars.next(), next.value != 0x07, next.value != 0x1B {}
        }
      default:
        if scalar.isBidiControl {
          result.append(contentsOf: "⟨U+\(String(scalar.value, radix: 16, uppercase: true))⟩".unicodeScalars)
        } else if !scalar.isControl, !scalar.isHiddenFormatting {
          result.append(scalar)
        }
      }
    }
    return String(result)
  }
}

extension Unicode.Scalar {
  /// C0 controls, DEL and C1 controls.
  var isControl: Bool { value < 0x20 || (0x7F...0x9F).contains(value) }

  /// Bidirectional embeddings, overrides and isolates: they reorder what the terminal shows.
  public var isBidiControl: Bool { (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) }

  /// Characters that change how a text reads without being seen: bidirectional controls and
  /// marks, zero-width spaces and joiners, the soft hyphen, U+FEFF, line and paragraph
  /// separators.
  public var isHiddenFormatting: Bool {
    switch value {
    case 0x00AD, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: true
    default: false
    }
  }
}
