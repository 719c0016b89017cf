/// One line of laid-out output: an optional lead (a list marker, painted apart) and its text.
public struct LaidLine: Sendable, Hashable {
  public enum Role: Sendable, Hashable {
    case heading
    case text(Tone)
  }

  public var lead: String
  public var text: String
  public var role: Role
}

/// Lays output blocks out in lines of a given width: what the renderer paints, and what the
/// engines count to keep a screen within its height.
public enum Layout {
  /// The lines of `output` at `width` columns (control characters already neutralised).
  public static func lines(of output: Output, width: Int) -> [LaidLine] {
    let width = max(width, 30)
    switch output {
    case .heading(let text):
      let lines = TextWrap.lines(text.neutralized.foldingNewlines(), width: width - 6)
      return [LaidLine(lead: "", text: "", role: .text(.plain))]
        + lines.enumerated().map { index, line in
          let rule = index == lines.count - 1 ? " ──" : ""
          return LaidLine(lead: "", text: (index == 0 ? "── " : "   ") + line + rule, role: .heading)
        }
    case .paragraph(let text, let tone):
      return text.neutralized.split(separator: "\n", omittingEmptySubsequences: false)
        .flatMap { TextWrap.lines(String($0), width: width) }
        .map { LaidLine(lead: "", text: $0, role: .text(tone)) }
    case .item(let marker, let text, let tone):
      let lead = "  " + marker.neutralized + " "
      let leadWidth = lead.displayWidth
      // A list marker (« a) », « 12. », an id) hangs its text under itself; a label (« Votre
      // réponse (b) : ») lets the text flow at nearly the full width.
      let isLabel = marker.hasSuffix(":")
      let hanging = !isLabel && leadWidth <= min(30, width / 2) ? leadWidth : 4
      let lines = TextWrap.lines(
        text.neutralized.foldingNewlines(), width: width - hanging, firstWidth: width - leadWidth)
      return lines.enumerated().map { index, line in
        LaidLine(lead: index == 0 ? lead : String(repeating: " ", count: hanging), text: line, role: .text(tone))
      }
    case .blank:
      return [LaidLine(lead: "", text: "", role: .text(.plain))]
    }
  }

  /// How many lines `outputs` take at `width` columns.
  public static func height(of outputs: [Output], width: Int) -> Int {
    outputs.reduce(0) { $0 + lines(of: $1, width: width).count }
  }

  /// `text` cut at a word so that, as an item with `marker`, it takes at most `maxLines` lines;
  /// `nil` when it already fits.
  public static func shortened(_ text: String, marker: String, maxLines: Int, width: Int) -> String? {
    let full = lines(of: .item(marker: marker, text: text, tone: .plain), width: width)
    guard full.count > maxLines, maxLines > 0 else { return nil }
    var kept = full.prefix(maxLines).map(\.text)
    var last = kept.removeLast()
    // Room for « … » at the end of the last line kept.
    while last.displayWidth + 2 > max(width - 6, 10), let space = last.lastIndex(of: " ") {
      last = String(last[..<space])
    }
    kept.append(last + " …")
    return kept.joined(separator: " ")
  }
}

extension String {
  /// Newlines folded into spaces (headings and list items are one flowing text).
  public func foldingNewlines() -> String {
    split(separator: "\n", omittingEmptySubsequences: true).joined(separator: " ")
  }
}
