import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Finds the scenario files under the paths given, and says what it leaves out and why.
///
/// - The given path is resolved first (`realpath`): a bank reached through a symlink loads.
/// - Below it, hidden entries (`.git`, `._cas.yaml`) are skipped silently; symlinked folders
///   are not followed (reported); symlinks leaving the bank are refused (reported); folders that
///   cannot be listed are reported.
/// - Each folder lists `catalogue` first, so a cap on the number of files never drops the
///   catalogues; the walk stops at the caps instead of walking everything first.
struct BankWalker {
  /// At most this many files are read in one load.
  static let maximumFileCount = 50_000
  /// At most this many folder entries are looked at in one load (`--scenarios /usr`).
  static let maximumEntryCount = 500_000

  private(set) var files: [String] = []
  private(set) var diagnostics: [Diagnostic] = []
  private var seen: Set<String> = []
  private var entries = 0
  /// Files met, including those already seen through another path.
  private var met = 0
  private var stopped = false

  private let fileCap: Int

  /// Walks every path in order; a file given twice (or inside two given folders) is kept once.
  init(paths: [String], maximumFileCount: Int = Self.maximumFileCount) {
    fileCap = maximumFileCount
    for path in paths where !stopped { walk(path) }
  }

  private mutating func walk(_ given: String) {
    guard !given.isEmpty, let resolved = Self.realPath(given) else {
      report(given, .error, "fichier ou dossier introuvable")
      return
    }
    var info = stat()
    guard stat(resolved, &info) == 0 else {
      report(given, .error, "fichier ou dossier introuvable")
      return
    }
    guard (info.st_mode & S_IFMT) == S_IFDIR else {
      add(display: given, resolved: resolved)
      return
    }
    guard resolved != "/" else {
      report(given, .error, "la racine du système de fichiers n'est pas un dossier de scénarios ; indiquez le dossier de la banque")
      return
    }
    let before = met
    let base = given.hasSuffix("/") && given.count > 1 ? String(given.dropLast()) : given
    descend(display: base, resolved: resolved, root: resolved)
    if met == before, !stopped {
      report(given, .error, "aucun fichier de scénarios (.yaml ou .yml) dans ce dossier")
    }
  }

  private mutating func descend(display: String, resolved: String, root: String) {
    guard let names = Self.list(resolved) else {
      report(display, .error, "dossier illisible (\(String(cString: strerror(errno)))) : son contenu n'est pas vérifié")
      return
    }
    for name in names where !stopped {
      entries += 1
      if entries > Self.maximumEntryCount {
        stop(display, "trop d'entrées dans les dossiers (plus de \(Self.maximumEntryCount)) : le reste n'est pas lu ; indiquez le dossier de la banque")
        return
      }
      let shownPath = display + "/" + name
      let realPath = resolved + "/" + name
      var info = stat()
      guard lstat(realPath, &info) == 0 else { continue }
      switch info.st_mode & S_IFMT {
      case S_IFDIR:
        descend(display: shownPath, resolved: realPath, root: root)
      case S_IFLNK:
        symlink(display: shownPath, resolved: realPath, name: name, root: root)
      default:
        // FIFOs and devices named *.yaml are kept: reading them reports « pas un fichier ordinaire ».
        if Self.isYAML(name) { add(display: shownPath, resolved: realPath) }
      }
    }
  }

  private mutating func symlink(display: String, resolved: String, name: String, root: String) {
    guard let target = Self.realPath(resolved) else {
      if Self.isYAML(name) { report(display, .warning, "lien symbolique cassé : ignoré") }
      return
    }
    var info = stat()
    let isFolder = stat(target, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    guard isFolder || Self.isYAML(name) else { return }
    guard target == root || target.hasPrefix(root + "/") else {
      report(
        display, .error,
        isFolder
          ? "lien symbolique vers un dossier hors de la banque : refusé, son contenu n'est pas chargé"
          : "lien symbolique vers un fichier hors de la banque : refusé (copiez le fichier dans la banque)")
      return
    }
    if isFolder {
      report(display, .warning, "lien symbolique vers un dossier : non suivi, son contenu n'est pas chargé")
    } else {
      add(display: display, resolved: target)
    }
  }

  private mutating func add(display: String, resolved: String) {
    met += 1
    guard seen.insert(resolved).inserted else { return }
    guard files.count < fileCap else {
      stop(display, "trop de fichiers (plus de \(fileCap)) : seuls les \(fileCap) premiers sont lus")
      return
    }
    files.append(display)
  }

  private mutating func stop(_ path: String, _ message: String) {
    stopped = true
    report(path, .error, message)
  }

  private mutating func report(_ path: String, _ severity: Diagnostic.Severity, _ message: String) {
    diagnostics.append(Diagnostic(file: path, line: 1, column: 1, severity: severity, message: message))
  }

  static func isYAML(_ name: String) -> Bool { name.hasSuffix(".yaml") || name.hasSuffix(".yml") }

  static func realPath(_ path: String) -> String? {
    guard let resolved = Glibc.realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// The visible names in a folder, `catalogue` first then in byte order; nil if unreadable.
  static func list(_ folder: String) -> [String]? {
    guard let directory = opendir(folder) else { return nil }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
      }
      if !name.hasPrefix(".") { names.append(name) }
    }
    return names.sorted { a, b in
      if (a == "catalogue") != (b == "catalogue") { return a == "catalogue" }
      return Array(a.utf8).lexicographicallyPrecedes(b.utf8)
    }
  }
}
