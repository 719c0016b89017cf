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
    whitespaceNormalized.replacingOccurrences(of: "’", with: "'")
      .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }
}
