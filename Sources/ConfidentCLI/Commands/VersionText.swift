import ConfidentContent
import ConfidentCore

/// What `confident --version` prints: the program's version, then the bank's.
///
/// The first line is always `confident <version>` (scripts and packagers read it); the second
/// names the bank's version, its number of cases and the folder it was loaded from.
enum VersionText {
  static func render(program: String = confidentVersion, report: LoadReport, path: String) -> String {
    let first = "confident \(program)\n"
    guard !report.files.isEmpty else { return first + "banque de cas introuvable : \(path)\n" }
    let count = report.bank.cases.count
    let cases = "\(count) cas"
    let version = report.bank.version.map { "banque de cas \($0)" } ?? "banque de cas sans version"
    return first + "\(version) : \(cases) (\(path))\n"
  }

}
