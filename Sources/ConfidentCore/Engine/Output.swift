/// The colour or weight a renderer may give to a piece of output.
public enum Tone: Sendable, Hashable {
  case plain
  case muted
  case emphasis
  case good
  case mixed
  case bad
  case warning
}

/// One block of what the session shows. Renderers wrap the text to the terminal width.
public enum Output: Sendable, Hashable {
  /// A section title.
  case heading(String)
  /// A paragraph; its own newlines are kept.
  case paragraph(String, Tone = .plain)
  /// A list item: `marker` (e.g. "a)" or "•") then text wrapped with a hanging indent.
  case item(marker: String, text: String, tone: Tone = .plain)
  /// An empty line.
  case blank
}
