import Foundation

extension String {
  /// The text with every run of whitespace (newlines included) made one space, trimmed: what
  /// the learner reads, whatever the YAML line breaks.
  public var whitespaceNormalized: String {
    split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// `whitespaceNormalized.count`, without building the string: option lengths are measured
  /// several times per step by the checker. Scalars that never join a neighbour into one
  /// character (most of Latin and of general punctuation) are counted one by one; any other
  /// text takes the exact path.
  var normalizedLength: Int {
    var count = 0
    var inWord = false
    var words = 0
    for scalar in unicodeScalars {
      let value = scalar.value
      guard value < 0x300 || (0x2000..<0x20D0).contains(value) && value != 0x200C && value != 0x200D else {
        return whitespaceNormalized.count
      }
      let isSpace = value < 0x80 ? (value == 0x20 || (0x09...0x0D).contains(value)) : scalar.properties.isWhitespace
      if isSpace {
        inWord = false
      } else {
        if !inWord { words += 1 }
        inWord = true
        count += 1
      }
    }
    return count + max(words - 1, 0)
  }

  /// Whitespace-normalised, without case or accents: « Enquête  sociale » and « enquete
  /// sociale » fold alike. Apostrophes are made straight.
  public var folded: String {
    String(whitespaceNormalized.map { $0 == "’" ? "'" : $0 })
      .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }
}

extension String {
  /// The first occurrence of `other`'s bytes at or after `from`, for texts folded alike (both
  /// from ``folded``): a byte search, where Foundation's `contains`/`range(of:)` goes through
  /// CFString's canonical-equivalence search, many times slower on every option of a bank.
  func byteRange(of other: String, from: String.Index? = nil) -> Range<String.Index>? {
    var haystack = self
    var needle = other
    let offset = from.map { utf8.distance(from: utf8.startIndex, to: $0) } ?? 0
    let found: Int? = haystack.withUTF8 { hay in
      needle.withUTF8 { pin in
        guard let first = pin.first, let base = hay.baseAddress, offset + pin.count <= hay.count else { return nil }
        let last = hay.count - pin.count
        var index = offset
        while index <= last {
          guard let hit = memchr(base + index, Int32(first), last - index + 1) else { return nil }
          let start = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
          if memcmp(base + start, pin.baseAddress!, pin.count) == 0 { return start }
          index = start + 1
        }
        return nil
      }
    }
    guard let found else { return nil }
    let lower = utf8.index(utf8.startIndex, offsetBy: found)
    return lower..<utf8.index(lower, offsetBy: other.utf8.count)
  }
}
