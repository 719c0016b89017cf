import Foundation

/// Turns one file's bytes into a ``DecodedFile``: YAML syntax, then its kind, then its fields.
enum FileDecoder {
  /// Files above this size are refused before parsing.
  static let maximumSize = 1 << 20

  static func decode(path: String, data: Data) -> DecodedFile {
    decode(path: path, bytes: [UInt8](data))
  }

  static func decode(path: String, bytes: [UInt8]) -> DecodedFile {
    let reporter = Reporter(file: path)
    var file = decode(path: path, data: bytes, reporter: reporter)
    file.diagnostics = reporter.list
    return file
  }

  private static func decode(path: String, data: [UInt8], reporter: Reporter) -> DecodedFile {
    var file = DecodedFile(path: path, content: .nothing)
    guard data.count <= maximumSize else {
      reporter.error(nil, "fichier trop grand (plus de \(maximumSize / 1024) Kio, le maximum)")
      return file
    }
    // A UTF-8 byte order mark (Windows editors' « UTF-8 avec BOM ») is dropped: it is not
    // part of the text, and columns on the first line count from after it.
    let data = data.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(data.dropFirst(3)) : data
    // libyaml's reader checks every byte as UTF-8: a file it composes is valid. A file it
    // refuses is checked here, so that bad UTF-8 is the problem reported, at its byte.
    let composed = YAMLComposer.compose(data)
    if case .failure = composed, String(validating: data, as: UTF8.self) == nil {
      let offset = firstInvalidUTF8Offset(data)
      let (line, column) = position(ofByte: offset, in: data)
      reporter.add(Diagnostic(file: path, line: line, column: column, severity: .error, message: "le fichier n'est pas en UTF-8 (octet invalide)"))
      return file
    }
    let root: YAMLNode
    switch composed {
    case .success(let node?):
      root = node
    case .success(nil):
      reporter.error(nil, "fichier vide")
      return file
    case .failure(let failure):
      reporter.add(diagnostic(failure, path: path, data: data))
      return file
    }
    guard case .mapping(let top) = root, let firstKey = top.pairs.first?.key.scalar?.string else {
      reporter.error(root, "un fichier de scénarios commence par « id: » (un cas) ou par « programme: », « grounds: » ou « references: » (un catalogue), ou par « seance: » (une séance de groupe)")
      return file
    }
    let mapping = top.pairs
    // The programme may carry the bank's `version:` beside its list, before or after it.
    let catalogueKey = firstKey == CatalogueDecoder.versionKey && mapping.count > 1
      ? mapping.dropFirst().first?.key.scalar?.string ?? firstKey : firstKey
    if firstKey == "seance" {
      if mapping.count > 1, let extra = mapping.dropFirst().first?.key {
        reporter.error(extra, "un fichier de séance ne contient qu'une clé de tête (« seance ») ; ce fichier contient aussi « \(extra.scalar?.string ?? "?") »")
      }
      var decoder = SeanceDecoder(reporter: reporter)
      if let plan = decoder.decode(mapping.first!.value) { file.content = .seance(plan) }
      file.uses = decoder.uses
    } else if ["programme", "grounds", "references"].contains(catalogueKey) {
      var decoder = CatalogueDecoder(reporter: reporter)
      // The programme file may also hold `themes:` and `version:`; any other top-level key is refused.
      let allowedKeys = catalogueKey == "programme"
        ? [catalogueKey, CatalogueDecoder.themesKey, CatalogueDecoder.versionKey] : [catalogueKey]
      let also = catalogueKey == "programme" ? ", « \(CatalogueDecoder.themesKey) » et « \(CatalogueDecoder.versionKey) »" : ""
      for extra in mapping.map(\.key) where !allowedKeys.contains(extra.scalar?.string ?? "") {
        reporter.error(extra, "un fichier de catalogue ne contient qu'une clé de tête (« \(catalogueKey) »\(also)) ; ce fichier contient aussi « \(extra.scalar?.string ?? "?") »")
      }
      let value = { (key: String) in mapping.first { $0.key.scalar?.string == key }?.value }
      let list = value(catalogueKey)!
      switch catalogueKey {
      case "programme":
        let points = decoder.programme(list)
        let themes = value(CatalogueDecoder.themesKey).map { decoder.themes($0) } ?? []
        file.content = .programme(points, themes: themes)
        if let node = value(CatalogueDecoder.versionKey), let version = decoder.bankVersion(node) {
          file.bankVersion = (version, reporter.location(of: node))
        }
      case "grounds": file.content = .grounds(decoder.grounds(list))
      default: file.content = .references(decoder.references(list))
      }
      file.declarations = decoder.declarations
      file.uses = decoder.uses
    } else {
      var decoder = CaseDecoder(reporter: reporter)
      if let decoded = decoder.decode(root) { file.content = .scenario(decoded) }
      file.declarations = decoder.declarations
      file.uses = decoder.uses
      file.optionLocations = decoder.optionLocations
    }
    return file
  }

  /// A French diagnostic for a file that does not compose, at its position.
  static func diagnostic(_ failure: YAMLComposer.Failure, path: String, data: [UInt8]) -> Diagnostic {
    func at(_ mark: Mark, _ message: String) -> Diagnostic {
      Diagnostic(file: path, line: mark.line, column: mark.column, severity: .error, message: message)
    }
    switch failure {
    case .syntax(let problem, let mark):
      return at(mark, "syntaxe YAML : \(LibYAMLMessages.translate(problem))")
    case .anotherDocument(let mark):
      return at(mark, "syntaxe YAML : \(LibYAMLMessages.translate("but found another document"))")
    case .duplicateKey(let key, let mark):
      return at(mark, "clé en double : « \(key) » (une clé ne peut figurer qu'une fois par niveau)")
    case .alias(let name, let mark):
      return at(mark, "alias YAML « *\(name) » refusé : les ancres et alias (&, *) ne sont pas acceptés dans les scénarios")
    case .tooManyNodes(let mark):
      return at(mark, "fichier trop complexe : plus de \(YAMLComposer.maximumNodeCount) éléments YAML (valeurs, listes, dictionnaires) ; découpez-le en plusieurs cas")
    case .reader(let problem, let offset):
      let (line, column) = position(ofByte: offset, in: data)
      let message = problem.contains("control characters")
        ? "caractère de contrôle interdit (octet nul ou autre caractère non imprimable)"
        : "caractère illisible : \(problem)"
      return Diagnostic(file: path, line: line, column: column, severity: .error, message: message)
    case .outOfMemory:
      return Diagnostic(file: path, line: 1, column: 1, severity: .error, message: "YAML illisible : mémoire insuffisante")
    }
  }

  /// The offset of the first byte that does not start a well-formed UTF-8 sequence
  /// (RFC 3629: no overlong form, no surrogate, nothing above U+10FFFF).
  static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
    var index = 0
    while index < bytes.count {
      let length: Int
      // The allowed range of the second byte depends on the first (Unicode, table 3-7).
      var second: ClosedRange<UInt8> = 0x80...0xBF
      switch bytes[index] {
      case 0..<0x80: length = 1
      case 0xC2...0xDF: length = 2
      case 0xE0: length = 3; second = 0xA0...0xBF
      case 0xED: length = 3; second = 0x80...0x9F
      case 0xE1...0xEF: length = 3
      case 0xF0: length = 4; second = 0x90...0xBF
      case 0xF1...0xF3: length = 4
      case 0xF4: length = 4; second = 0x80...0x8F
      default: return index
      }
      guard index + length <= bytes.count,
        length == 1 || second.contains(bytes[index + 1]),
        bytes[(index + 1)..<(index + length)].allSatisfy({ $0 & 0xC0 == 0x80 })
      else { return index }
      index += length
    }
    return index
  }

  /// 1-based line and column (in characters) of a byte offset.
  static func position(ofByte offset: Int, in data: [UInt8]) -> (Int, Int) {
    let before = data.prefix(offset)
    let line = before.count { $0 == UInt8(ascii: "\n") } + 1
    let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? data.startIndex
    let column = String(decoding: data[lineStart..<(data.startIndex + offset)], as: UTF8.self).count + 1
    return (line, column)
  }
}
