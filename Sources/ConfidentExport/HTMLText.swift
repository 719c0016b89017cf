/// Text blocks as the HTML both formats carry (Moodle's `html` text format).
enum HTMLText {
  /// `&`, `<` and `>` as entities; characters XML 1.0 forbids (most C0 controls, U+FFFE,
  /// U+FFFF) dropped. Named entities only: a `#` would be one more character to escape in GIFT.
  static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
      case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// A line of text, escaped, its newlines as `<br>`: no raw newline is left (a blank line
  /// ends a GIFT question).
  static func inline(_ text: String) -> String {
    text.trimmingBlankEdges().split(separator: "\n", omittingEmptySubsequences: false)
      .map { escape(String($0)) }.joined(separator: "<br>")
  }

  /// `<p><strong>…</strong></p>` per title, `<p>…</p>` per paragraph, `<ul><li>…</li></ul>` per list, on one line.
  static func html(_ blocks: [TextBlock]) -> String {
    blocks.map { block in
      switch block {
      case .heading(let text): "<p><strong>\(inline(text))</strong></p>"
      case .paragraph(let text): "<p>\(inline(text))</p>"
      case .list(let items): "<ul>" + items.map { "<li>\(inline($0))</li>" }.joined() + "</ul>"
      }
    }.joined()
  }
}

extension String {
  /// Without leading and trailing newlines and spaces (YAML `|` blocks end with a newline).
  func trimmingBlankEdges() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
    let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
    return String(scalars[first...last])
  }
}
