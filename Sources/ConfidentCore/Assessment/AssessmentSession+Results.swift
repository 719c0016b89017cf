import ConfidentScheduling
import Foundation

extension AssessmentSession {
  /// After the last answer: the resume slot cleared, the profile, and the report if asked.
  mutating func finish() -> [Output] {
    state = .profile
    var output = profileScreen()
    if let reportPath { output += writeReport(to: reportPath) }
    output.append(.paragraph("« revoir » : chaque réponse et son explication · « rapport FICHIER.md » ou « rapport FICHIER.html » : le rapport · « quitter »", .muted))
    return output
  }

  /// The profile per part, the CBM score and calibration, the confident mistakes and the
  /// recommendation.
  func profileScreen() -> [Output] {
    let profile = profile
    var output: [Output] = [.heading("Votre profil"), .paragraph("Décision et fondement, par partie du programme :", .emphasis)]
    for result in profile.parts where result.questions > 0 {
      output.append(.paragraph("\(result.part.label) \(result.part.shortTitle) (\(result.questions) question\(result.questions > 1 ? "s" : ""))", .plain))
      output.append(.item(marker: " ", text: "décision \(bar(result.decisionRate)) \(percent(result.decisionRate).leftPadded(5)) · fondement \(bar(result.groundRate)) \(percent(result.groundRate).leftPadded(5))", tone: tone(result.rate)))
    }
    output.append(.heading("Certitude"))
    output.append(.paragraph("Score de certitude (CBM) : \(signed(profile.cbmTotal)), sur une échelle de \(signed(-2 * profile.cbmMax)) (toujours certain, toujours faux) à \(signed(profile.cbmMax)) (toujours certain, toujours juste) ; \(profile.rightDecisions) bonne\(profile.rightDecisions > 1 ? "s" : "") décision\(profile.rightDecisions > 1 ? "s" : "") sur \(profile.answers.count). Une réponse juste rapporte 1, 2 ou 3 points selon votre certitude ; une erreur coûte 0, 2 ou 6 points ; « je ne sais pas » vaut 0.", .emphasis))
    for line in profile.calibration { output.append(.item(marker: "•", text: line.sentence)) }
    if profile.dontKnowCount > 0 {
      output.append(.item(marker: "•", text: "Vous avez répondu « je ne sais pas » \(profile.dontKnowCount) fois : 0 point, sans pénalité."))
    }
    let report = report(at: clock())
    if !report.confidentMistakes.isEmpty {
      output.append(.heading("Erreurs commises en étant sûr de vous"))
      // Compact: the title on one line, the answer and the why on two; « revoir N » has all.
      let width = screen.width
      let shortened = { (text: String, lines: Int) in
        Layout.shortened(text, marker: "   ", maxLines: lines, width: width) ?? text
      }
      for entry in report.confidentMistakes {
        let number = String(entry.number)
        let marker = String(repeating: " ", count: max(0, 2 - number.count)) + number + "."
        output.append(.item(marker: marker, text: shortened("\(entry.certainty) · \(entry.title)", 1), tone: .bad))
        output.append(.item(marker: "   ", text: shortened("Réponse attendue : \(entry.rightAnswer)", 2), tone: .good))
        output.append(.item(marker: "   ", text: shortened("Pourquoi : \(entry.why)", 2)))
      }
      output.append(.paragraph("« revoir N » : la question N en entier, avec son explication.", .muted))
    }
    output.append(.heading("Recommandation"))
    let recommendation = profile.recommendation
    for (index, paragraph) in recommendation.paragraphs.enumerated() {
      output.append(.paragraph(paragraph, index == 0 ? .emphasis : .plain))
      if index == 1 {
        for reason in recommendation.reasons { output.append(.item(marker: "•", text: reason)) }
      }
    }
    return output
  }

  /// `revoir [n]`, `suivant`, `profil`, `rapport FICHIER` once the questions are over.
  mutating func resultsCommand(_ text: String) -> [Output] {
    let words = text.split(separator: " ", maxSplits: 1).map(String.init)
    let command = words[0].lowercased()
    let argument = words.count > 1 ? words[1].trimmingUnicodeWhitespace() : ""
    switch command {
    case "revoir", "review":
      if argument.isEmpty { return review(0) }
      guard let number = smallNumber(argument), (1...answers.count).contains(number) else {
        return [.paragraph("Donnez un numéro de réponse de 1 à \(answers.count) : « revoir 3 ».", .warning)]
      }
      return review(number - 1)
    case "suivant", "next", "s":
      if case .review = state { return reviewNext() }
      return review(0)
    case "precedent", "précédent", "previous":
      if case .review(let index) = state, index > 0 { return review(index - 1) }
      return review(0)
    case "question", "redessiner":
      return redraw()
    case "profil", "profile", "bilan":
      state = .profile
      return profileScreen()
    case "rapport", "report":
      guard !argument.isEmpty else {
        return [.paragraph("Indiquez le fichier : « rapport evaluation.md » ou « rapport evaluation.html ».", .warning)]
      }
      return writeReport(to: argument)
    default:
      return [.paragraph("Commande inconnue : « \(text.echoed) ». « revoir », « suivant », « profil », « rapport FICHIER » ou « quitter ».", .warning)]
    }
  }

  /// The next answer to review, or back to the profile's hint after the last one.
  mutating func reviewNext() -> [Output] {
    guard case .review(let index) = state else { return review(0) }
    guard index + 1 < answers.count else {
      state = .profile
      return [.paragraph("C'était la dernière réponse. « profil » : votre profil · « rapport FICHIER » : le rapport · « quitter ».", .muted)]
    }
    return review(index + 1)
  }

  /// Answer `index` with its full feedback: every option with its verdict, your answer and
  /// its feedback, the expected answer, the ground's explanation and the references.
  mutating func review(_ index: Int) -> [Output] {
    guard answers.indices.contains(index), let play = play(index) else { return [] }
    state = .review(index: index)
    let answer = answers[index]
    let step = play.step
    var output: [Output] = [
      .heading("Réponse \(index + 1)/\(answers.count) — \(play.played.title)"),
      .paragraph("\(answer.question.part.label) \(answer.question.part.shortTitle) · \(play.played.points.joined(separator: ", "))", .muted),
      .paragraph(step.question, .emphasis),
    ]
    for (position, authored) in play.shownOrder.enumerated() {
      let option = step.options[authored]
      let verdict: (String, Tone) = switch option.verdict {
      case .correct: ("✓", .good)
      case .acceptable: ("~", .mixed)
      case .incorrect: ("✗", .bad)
      }
      let mine = authored == answer.option ? "  ← votre réponse" : ""
      output.append(.item(marker: "\(verdict.0) \(optionLetter(position)))", text: option.text + mine, tone: mine.isEmpty ? .plain : verdict.1))
    }
    let ground = answer.groundID.map { bank.ground($0)?.label ?? $0 } ?? "—"
    output.append(.paragraph("Votre réponse : \(answer.option.map { play.letter(ofAuthored: $0) } ?? "je ne sais pas") · fondement : \(ground) · certitude : \(answer.certainty.label) · décision \(formatPoints(answer.decisionPoints))/\(formatPoints(answer.decisionMax)) · fondement \(formatPoints(answer.groundPoints))/1 · CBM \(signed(answer.mark))", answer.isRight ? .good : .bad))
    if let chosen = answer.option {
      output.append(.item(marker: "Votre réponse (\(play.letter(ofAuthored: chosen))) :", text: step.options[chosen].feedback))
    }
    let shown = step.debated ? step.options.indices.filter { step.options[$0].verdict != .incorrect } : step.bestOptions
    for other in shown where other != answer.option {
      let label = step.debated ? "Position défendable" : "Réponse attendue"
      output.append(.item(marker: "\(label) (\(play.letter(ofAuthored: other))) :", text: step.options[other].feedback, tone: .good))
    }
    let expected = step.ground.accepted.map { bank.ground($0)?.label ?? $0 }.joined(separator: " ; ")
    output.append(.item(marker: "Fondement attendu :", text: expected))
    output.append(.paragraph(step.ground.explanation))
    if !step.references.isEmpty {
      output.append(.paragraph("Références :", .emphasis))
      for citation in step.references {
        let reference = bank.reference(citation.referenceID)
        let text = [reference?.citation ?? citation.referenceID, citation.pinpoint].compactMap { $0 }.joined(separator: ", ")
        output.append(.item(marker: "•", text: text, tone: .muted))
      }
    }
    output.append(.paragraph("Entrée ou « suivant » : la réponse suivante · « revoir N » · « profil » · « quitter »", .muted))
    return output
  }

  /// The report file, through ``AssessmentReportWriting``.
  func writeReport(to path: String) -> [Output] {
    guard let reports else { return [.paragraph("Les rapports ne sont pas disponibles ici.", .warning)] }
    do {
      let written = try reports.write(report(at: clock()), to: String(path.prefix(1024)))
      return [.paragraph("Rapport enregistré : \(written)", .good)]
    } catch {
      return [.paragraph("\(error)", .bad)]
    }
  }

  func resultsHelp() -> [Output] {
    [
      .heading("Aide"),
      .item(marker: "revoir [n]", text: "chaque réponse avec son explication, à partir de la première ou de la n-ième"),
      .item(marker: "suivant", text: "la réponse suivante (Entrée aussi) ; « précédent » : la précédente"),
      .item(marker: "profil", text: "réaffiche votre profil"),
      .item(marker: "rapport F", text: "écrit le rapport dans F (F.md : Markdown, F.html : page web imprimable)"),
      .item(marker: "quitter", text: "termine"),
    ]
  }

  /// The colour of a part's line: good from 80 %, bad under 50 %.
  func tone(_ rate: Double) -> Tone { rate >= 0.8 ? .good : (rate < 0.5 ? .bad : .mixed) }
}

/// A bar of `cells` Unicode blocks for a rate from 0 to 1, in eighths: `██████▍░░░`.
public func bar(_ rate: Double, cells: Int = 10) -> String {
  let eighths = Int((min(max(rate, 0), 1) * Double(cells * 8)).rounded())
  let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
  let full = eighths / 8
  var text = String(repeating: "█", count: full)
  if full < cells {
    text += partial[eighths % 8]
    text += String(repeating: "░", count: cells - full - (eighths % 8 > 0 ? 1 : 0))
  }
  return text
}

/// `+3`, `0`, `−6` (with a true minus sign).
public func signed(_ value: Int) -> String {
  value > 0 ? "+\(value)" : (value < 0 ? "−\(-value)" : "0")
}

extension String {
  /// Padded with spaces on the left to `width` characters.
  /// (With figure spaces, which the wrapper keeps, so that the rates line up.)
  func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: "\u{2007}", count: width - count) + self }
}
