import Foundation

extension String {
  /// The text with every run of whitespace (newlines included) made one space, trimmed: what
  /// the learner reads, whatever the YAML line breaks.
  public var whitespaceNormalized: String {
    split(whereSeparator: \.isWhitespace).joined(separator: " ")
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
    let needle = Array(other.utf8)
    guard let first = needle.first else { return nil }
    let bytes = utf8
    var index = from ?? bytes.startIndex
    while let start = bytes[index...].firstIndex(of: first) {
      if bytes[start...].starts(with: needle) {
        return start..<bytes.index(start, offsetBy: needle.count)
      }
      index = bytes.index(after: start)
    }
    return nil
  }
}
