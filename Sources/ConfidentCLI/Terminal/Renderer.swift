import ConfidentCore

/// Turns session output into text: wrapped to a width, coloured only when asked.
public struct Renderer: Sendable {
  public var width: Int
  public var colour: Bool

  public init(width: Int = 80, colour: Bool = false) {
    self.width = max(width, 30)
    self.colour = colour
  }

  /// The text of `outputs`, each line ending with a newline.
  public func render(_ outputs: [Output]) -> String {
    outputs.map(render).joined()
  }

  public func render(_ output: Output) -> String {
    Layout.lines(of: output, width: width).map { line in
      let lead = line.lead.isEmpty ? "" : paint(line.lead, .marker)
      switch line.role {
      case .heading: return paint(line.text, .heading) + "\n"
      case .text(let tone): return lead + paint(line.text, Style(tone)) + "\n"
      }
    }.joined()
  }

  /// A prompt, coloured between libedit's non-printing markers.
  ///
  /// Trailing spaces stay outside the markers: libedit drops a non-printing sequence that ends
  /// the prompt, which would leave the typed text coloured.
  public func prompt(_ text: String) -> String {
    guard colour else { return text }
    let body = text.reversed().drop { $0 == " " }.reversed()
    let trailing = String(repeating: " ", count: text.count - body.count)
    return "\u{1}\u{1B}[1;36m\u{1}\(String(body))\u{1}\u{1B}[0m\u{1}\(trailing)"
  }

  enum Style {
    case plain, heading, marker, muted, emphasis, good, mixed, bad, warning

    init(_ tone: Tone) {
      switch tone {
      case .plain: self = .plain
      case .muted: self = .muted
      case .emphasis: self = .emphasis
      case .good: self = .good
      case .mixed: self = .mixed
      case .bad: self = .bad
      case .warning: self = .warning
      }
    }

    /// Projector-safe: no dim and no yellow for text someone must read; weight, reverse video
    /// and the text markers (✓ ✗ ~) carry the meaning, colour only adds to it.
    var code: String? {
      switch self {
      case .plain, .muted: nil
      case .heading: "1;7"
      case .marker, .emphasis, .mixed, .warning: "1"
      case .good: "1;32"
      case .bad: "1;31"
      }
    }
  }

  func paint(_ text: String, _ style: Style) -> String {
    guard colour, let code = style.code, !text.isEmpty else { return text }
    return "\u{1B}[\(code)m\(text)\u{1B}[0m"
  }
}

/// Word wrap by display width with French typography (see ``TextWrap``).
func wrap(_ text: String, width: Int, firstWidth: Int? = nil) -> [String] {
  TextWrap.lines(text, width: width, firstWidth: firstWidth)
}

extension String {
  func replacingNewlines() -> String {
    split(separator: "\n", omittingEmptySubsequences: true).joined(separator: " ")
  }
}
