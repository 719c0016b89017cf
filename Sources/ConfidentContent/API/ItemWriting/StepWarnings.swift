import ConfidentCore
import Foundation

extension ItemWriting {
  /// A best option longer than this many times the mean length of the others is a warning.
  public static let lengthRatioLimit = 1.5
  /// Absolute words that give a wrong option away when the good ones never use them.
  public static let absoluteCues = ["toujours", "jamais", "en aucun cas"]

  /// The item-writing warnings of every step of the report's bank, at the option concerned:
  /// a best option much longer than the others, an option that contains another one whole,
  /// an absolute word (« toujours », « jamais », « en aucun cas ») found only in wrong options.
  public static func warnings(in report: LoadReport) -> [Diagnostic] {
    report.bank.cases.flatMap { played in
      played.steps.flatMap { step in
        let at = { (index: Int) in
          report.optionLocations[OptionKey(caseID: played.id, stepID: step.id, index: index)]
            ?? Location(file: played.id, line: 0, column: 0)
        }
        let folded = step.options.map(\.text.folded)
        return lengthWarnings(step, at: at) + containmentWarnings(step, folded: folded, at: at)
          + cueWarnings(step, folded: folded, at: at)
      }
    }.sortedByPosition()
  }

  static func lengthWarnings(_ step: Step, at: (Int) -> Location) -> [Diagnostic] {
    let lengths = step.options.map(\.text.normalizedLength)
    guard lengths.count > 1 else { return [] }
    return step.bestOptions.compactMap { index in
      let others = lengths.indices.filter { $0 != index }.map { Double(lengths[$0]) }
      let mean = others.reduce(0, +) / Double(others.count)
      guard mean > 0, Double(lengths[index]) > lengthRatioLimit * mean else { return nil }
      let ratio = frenchDecimal(Double(lengths[index]) / mean)
      return at(index).diagnostic(
        .warning,
        "l'option \(optionLetter(index)), la meilleure réponse, compte \(lengths[index]) caractères, \(ratio) fois "
          + "la moyenne des autres (\(frenchDecimal(mean))) : la longueur trahit la réponse ; "
          + "étoffez les autres options ou resserrez celle-ci")
    }
  }

  /// `folded`: the options' texts, ``Swift/String/folded``.
  static func containmentWarnings(_ step: Step, folded texts: [String], at: (Int) -> Location) -> [Diagnostic] {
    var found: [Diagnostic] = []
    for outer in texts.indices {
      for inner in texts.indices where inner != outer && !texts[inner].isEmpty && texts[outer].byteRange(of: texts[inner]) != nil {
        // Two identical options are reported once, at the second.
        if texts[outer] == texts[inner], outer < inner { continue }
        found.append(
          at(outer).diagnostic(
            .warning,
            "l'option \(optionLetter(outer)) contient tout le texte de l'option \(optionLetter(inner)) : "
              + "réécrivez-les pour qu'aucune ne reprenne une autre"))
      }
    }
    return found
  }

  static func cueWarnings(_ step: Step, folded texts: [String], at: (Int) -> Location) -> [Diagnostic] {
    return absoluteCues.flatMap { cue in
      let users = texts.indices.filter { containsWords(cue, in: texts[$0]) }
      guard !users.isEmpty, users.allSatisfy({ step.options[$0].verdict == .incorrect }) else { return [Diagnostic]() }
      return users.map { index in
        at(index).diagnostic(
          .warning,
          "« \(cue) » ne figure que dans des options fausses de l'étape « \(step.id) » (ici l'option "
            + "\(optionLetter(index))) : l'apprenant écarte l'option sans la lire ; nuancez-la ou "
            + "employez aussi ce mot dans une bonne réponse")
      }
    }
  }

  /// Whether `words` occurs in `text` (both folded) between non-letters.
  static func containsWords(_ words: String, in text: String) -> Bool {
    var from = text.startIndex
    while let found = text.byteRange(of: words, from: from) {
      let scalars = text.unicodeScalars
      let before = found.lowerBound == text.startIndex ? nil : scalars[scalars.index(before: found.lowerBound)]
      let after = found.upperBound == text.endIndex ? nil : scalars[found.upperBound]
      if !(before?.properties.isAlphabetic ?? false), !(after?.properties.isAlphabetic ?? false) { return true }
      from = text.utf8.index(after: found.lowerBound)
    }
    return false
  }
}

/// `2.14` → `2,1`, `35.0` → `35`: one decimal at most, French comma.
func frenchDecimal(_ value: Double) -> String {
  let text = String(format: "%.1f", value)
  return (text.hasSuffix(".0") ? String(text.dropLast(2)) : text).replacingOccurrences(of: ".", with: ",")
}

/// `0.986` → `98,6 %`, with the narrow no-break space French puts before « % ».
func frenchPercent(_ ratio: Double) -> String {
  frenchDecimal(ratio * 100) + "\u{202F}%"
}
