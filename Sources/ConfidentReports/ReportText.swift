import ConfidentCore
import Foundation

/// Texts both report formats share.
enum ReportText {
  static let title = "Auto-évaluation — secret professionnel en CPAS"

  /// « 4 décembre 2026 à 18:05 » in UTC.
  static func date(_ date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    let months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
    let day = parts.day ?? 1
    return "\(day == 1 ? "1er" : String(day)) \(months[(parts.month ?? 1) - 1]) \(parts.year ?? 1970) à \(String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)) (UTC)"
  }

  /// « 2026-12-04 », for the HTML `<time>`.
  static func isoDate(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.string(from: date)
  }

  static func cbmSentence(_ profile: AssessmentProfile) -> String {
    "Score de certitude (CBM) : \(signed(profile.cbmTotal)), sur une échelle de \(signed(-2 * profile.cbmMax)) (toujours certain, toujours faux) à \(signed(profile.cbmMax)) (toujours certain, toujours juste) ; \(profile.rightDecisions) bonne\(profile.rightDecisions > 1 ? "s" : "") décision\(profile.rightDecisions > 1 ? "s" : "") sur \(profile.answers.count). Une réponse juste rapporte 1, 2 ou 3 points selon votre certitude ; une erreur coûte 0, 2 ou 6 points ; « je ne sais pas » vaut 0."
  }

  static func calibration(_ profile: AssessmentProfile) -> [String] {
    profile.calibration.map(\.sentence)
      + (profile.dontKnowCount > 0 ? ["Vous avez répondu « je ne sais pas » \(profile.dontKnowCount) fois : 0 point, sans pénalité."] : [])
  }

  static func points(_ entry: AssessmentReport.Entry) -> String {
    "décision \(formatPoints(entry.decision))/\(formatPoints(entry.decisionMax)) · fondement \(formatPoints(entry.ground))/1 · CBM \(signed(entry.mark))"
  }
}
