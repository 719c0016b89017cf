/// Bar charts of vote distributions, as lines of text that fit a width.
///
/// Columns are padded with non-breaking spaces, which the wrapper keeps, so a chart line goes
/// through ``Layout`` as one unbreakable paragraph.
public struct RoomChart: Sendable {
  /// Unicode blocks, or `#` for terminals and files that lack them.
  public var ascii: Bool
  public var width: Int

  public init(width: Int, ascii: Bool = false) {
    self.width = max(width, 30)
    self.ascii = ascii
  }

  static let space: Character = "\u{A0}"

  /// One line per label: bar, count and share of `counts`.
  public func lines(labels: [String], counts: [Int]) -> [String] {
    let labelWidth = (labels.map(\.displayWidth).max() ?? 1) + 2
    let total = counts.reduce(0, +)
    let barWidth = max(5, min(40, width - labelWidth - 14))
    return labels.indices.map { index in
      let count = counts.indices.contains(index) ? counts[index] : 0
      return pad(labels[index], labelWidth) + bar(count, of: total, width: barWidth) + figures(count, of: total)
    }
  }

  /// One line per label with both rounds side by side, then the change of each count.
  public func lines(labels: [String], first: [Int], second: [Int]) -> [String] {
    let labelWidth = (labels.map(\.displayWidth).max() ?? 1) + 2
    let firstTotal = first.reduce(0, +)
    let secondTotal = second.reduce(0, +)
    // label, bar, figures (11), gap (3), bar, figures (11), shift (6)
    let barWidth = max(4, min(25, (width - labelWidth - 31) / 2))
    let header = pad("", labelWidth) + pad("1er vote (\(firstTotal))", barWidth + 11) + pad("", 3)
      + pad("2e vote (\(secondTotal))", barWidth + 11) + "écart"
    var lines = [header]
    for index in labels.indices {
      let a = first.indices.contains(index) ? first[index] : 0
      let b = second.indices.contains(index) ? second[index] : 0
      lines.append(
        pad(labels[index], labelWidth) + bar(a, of: firstTotal, width: barWidth) + figures(a, of: firstTotal)
          + pad("", 3) + bar(b, of: secondTotal, width: barWidth) + figures(b, of: secondTotal)
          + pad("", 2) + signed(b - a))
    }
    return lines
  }

  /// Filled cells in proportion to the share of `total`; at least one for a non-zero count.
  func bar(_ count: Int, of total: Int, width: Int) -> String {
    let filled = total > 0 ? max(count > 0 ? 1 : 0, Int((Double(count) / Double(total) * Double(width)).rounded())) : 0
    let cell: Character = ascii ? "#" : "█"
    return String(repeating: cell, count: min(filled, width)) + String(repeating: Self.space, count: max(0, width - filled))
  }

  /// `   9  64 %`: the count and its share, right-aligned in 11 columns.
  func figures(_ count: Int, of total: Int) -> String {
    let share = total > 0 ? Int((Double(count) * 100 / Double(total)).rounded()) : 0
    return leftPad(String(count), 5) + leftPad(String(share), 4) + "\u{A0}%"
  }

  /// `+3`, `−2` (minus sign), `=`.
  func signed(_ value: Int) -> String {
    value > 0 ? "+\(value)" : (value < 0 ? "−\(-value)" : "=")
  }

  func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: Self.space, count: max(0, width - text.displayWidth))
  }

  func leftPad(_ text: String, _ width: Int) -> String {
    String(repeating: Self.space, count: max(0, width - text.displayWidth)) + text
  }
}

/// A share as a French percentage: `64 %` (non-breaking space).
public func frenchPercent(_ part: Int, of total: Int) -> String {
  guard total > 0 else { return "–" }
  return "\(Int((Double(part) * 100 / Double(total)).rounded()))\u{A0}%"
}
