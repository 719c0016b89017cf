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
    switch output {
    case .heading(let text):
      let lines = wrap(text.neutralized.replacingNewlines(), width: width - 6)
      return "\n" + lines.enumerated().map { index, line in
        let rule = index == lines.count - 1 ? " ──" : ""
        return paint((index == 0 ? "── " : "   ") + line + rule, .heading) + "\n"
      }.joined()
    case .paragraph(let text, let tone):
      return text.neutralized.split(separator: "\n", omittingEmptySubsequences: false)
        .flatMap { wrap(String($0), width: width) }
        .map { paint($0, Style(tone)) + "\n" }.joined()
    case .item(let marker, let text, let tone):
      let marker = marker.neutralized
      let lead = "  " + marker + " "
      let hanging = lead.count <= 16 ? lead.count : 6
      let lines = wrap(text.neutralized.replacingNewlines(), width: width - hanging, firstWidth: width - lead.count)
      guard let first = lines.first else { return lead + "\n" }
      return ([paint(lead, .marker) + paint(first, Style(tone))]
        + lines.dropFirst().map { String(repeating: " ", count: hanging) + paint($0, Style(tone)) })
        .map { $0 + "\n" }.joined()
    case .blank:
      return "\n"
    }
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

    var code: String? {
      switch self {
      case .plain: nil
      case .heading: "1;36"
      case .marker: "1"
      case .muted: "2"
      case .emphasis: "1"
      case .good: "32"
      case .mixed, .warning: "33"
      case .bad: "31"
      }
    }
  }

  func paint(_ text: String, _ style: Style) -> String {
    guard colour, let code = style.code, !text.isEmpty else { return text }
    return "\u{1B}[\(code)m\(text)\u{1B}[0m"
  }
}

/// Greedy word wrap; a word longer than the width is cut.
func wrap(_ text: String, width: Int, firstWidth: Int? = nil) -> [String] {
  var lines: [String] = []
  var current = ""
  var limit = max(firstWidth ?? width, 10)
  for word in text.split(separator: " ", omittingEmptySubsequences: true) {
    var word = Substring(word)
    while word.count > limit {
      if !current.isEmpty {
        lines.append(current)
        current = ""
        limit = max(width, 10)
      }
      lines.append(String(word.prefix(limit)))
      word = word.dropFirst(limit)
      limit = max(width, 10)
    }
    if current.isEmpty {
      current = String(word)
    } else if current.count + 1 + word.count <= limit {
      current += " " + word
    } else {
      lines.append(current)
      current = String(word)
      limit = max(width, 10)
    }
  }
  if !current.isEmpty || lines.isEmpty { lines.append(current) }
  return lines
}

extension String {
  func replacingNewlines() -> String {
    split(separator: "\n", omittingEmptySubsequences: true).joined(separator: " ")
  }
}
