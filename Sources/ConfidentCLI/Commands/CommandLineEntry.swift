import ArgumentParser
import ConfidentContent
import ConfidentCore
import Foundation

extension ConfidentCommand {
  /// Options every command takes, accepted before the command's name too
  /// (`confident --scenarios X jouer id`); the second item says whether a value follows.
  static let movableOptions: [(String, Bool)] = [
    ("--scenarios", true), ("--data-dir", true), ("--seed", true), ("--ordre-fixe", false), ("--fixed-order", false),
  ]

  /// Runs the command line: French help, French errors, options in any order.
  public static func run(arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
    // Shell completion (`--generate-completion-script`, and the scripts' `---completion`
    // calls) goes to argument-parser untouched; so does the manual page's generator.
    if let generated = generatedText(for: arguments) {
      StandardStreams.out(generated)
      Foundation.exit(0)
    }
    let arguments = reordered(arguments)
    if arguments.contains("--version") || arguments.contains("-V") {
      let options = BankOptions.found(in: arguments)
      StandardStreams.out(VersionText.render(report: options.loadBank(), path: options.scenarioPath))
      Foundation.exit(0)
    }
    if let help = helpText(for: arguments) {
      StandardStreams.out(help)
      Foundation.exit(0)
    }
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
      Foundation.exit(0)
    } catch let code as ExitCode {
      Foundation.exit(code.rawValue)
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        // Argument-parser's own clean exits (help of a nested form): ours is printed instead.
        StandardStreams.out(FrenchHelp.overview())
        Foundation.exit(0)
      }
      StandardStreams.err(frenchError(for: error, arguments: arguments))
      Foundation.exit(code.rawValue)
    }
  }

  /// A completion script, a completion answer or the manual page, when `arguments` ask for one.
  static func generatedText(for arguments: [String]) -> String? {
    if arguments == [ManualPage.flag] { return ManualPage.render() }
    guard arguments.first == "---completion" || arguments.first?.hasPrefix("--generate-completion-script") == true
    else { return nil }
    do {
      _ = try parseAsRoot(arguments)
      return nil
    } catch {
      guard exitCode(for: error) == .success else { return nil }
      return fullMessage(for: error) + "\n"
    }
  }

  /// Moves the common options found before the command's name after it.
  static func reordered(_ arguments: [String]) -> [String] {
    var leading: [String] = []
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      let name = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
      guard let option = movableOptions.first(where: { $0.0 == name }) else { break }
      leading.append(argument)
      if option.1, !argument.contains("="), index + 1 < arguments.count {
        leading.append(arguments[index + 1])
        index += 1
      }
      index += 1
    }
    guard !leading.isEmpty, index < arguments.count, FrenchHelp.command(named: arguments[index]) != nil else {
      return arguments
    }
    return [arguments[index]] + leading + arguments[(index + 1)...]
  }

  /// The French help asked for by `-h`, `--help`, `aide [commande]` or `help [commande]`.
  static func helpText(for arguments: [String]) -> String? {
    if let first = arguments.first, ["aide", "help"].contains(first.lowercased()) {
      guard arguments.count > 1 else { return FrenchHelp.overview() }
      guard let doc = FrenchHelp.command(named: arguments[1]) else {
        return "Commande inconnue : « \(arguments[1]) ».\n\n" + FrenchHelp.overview()
      }
      return FrenchHelp.help(doc)
    }
    guard arguments.contains("-h") || arguments.contains("--help") || arguments.contains("--aide") else { return nil }
    if let doc = arguments.lazy.compactMap(FrenchHelp.command(named:)).first { return FrenchHelp.help(doc) }
    return FrenchHelp.overview()
  }

  /// Argument-parser's error, said in French, with the usage and where to find help.
  static func frenchError(for error: Error, arguments: [String]) -> String {
    let doc = arguments.lazy.compactMap(FrenchHelp.command(named:)).first
    if doc == nil, let first = arguments.first(where: { !$0.hasPrefix("-") }) {
      return "confident : commande inconnue : « \(first) ».\n\n" + FrenchHelp.overview()
    }
    let original = message(for: error)
    let said = translate(original)
    let usage = doc.map(FrenchHelp.usage) ?? "confident [commande] [options]"
    let helpHint = doc.map { "confident aide \($0.name)" } ?? "confident aide"
    return "confident : \(said)\nUsage : \(usage)\n« \(helpHint) » pour l'aide.\n"
  }

  /// Argument-parser's messages, which are a finite list, in French.
  static func translate(_ message: String) -> String {
    let patterns: [(String, (String, String) -> String)] = [
      ("Missing expected argument '", { value, _ in "argument manquant : \(value)" }),
      ("Unexpected argument '", { value, _ in "argument inattendu : « \(value) »" }),
      ("Unknown option '", { value, _ in "option inconnue : « \(value) »" }),
      ("Missing value for '", { value, _ in "valeur manquante pour \(value)" }),
      ("The value '", { value, rest in "valeur invalide : « \(value) »\(rest.isEmpty ? "" : " pour \(rest)")" }),
    ]
    for (prefix, french) in patterns where message.hasPrefix(prefix) {
      let after = message.dropFirst(prefix.count)
      let value = after.prefix { $0 != "'" }
      let rest = after.dropFirst(value.count + 1)
      let option = rest.split(separator: "'").dropFirst().first.map(String.init) ?? ""
      return french(String(value), option)
    }
    if let range = message.range(of: " unexpected arguments: ") {
      let values = message[range.upperBound...].replacingOccurrences(of: "'", with: "")
      return "arguments inattendus : \(values)"
    }
    if message.hasPrefix("Error: ") { return translate(String(message.dropFirst(7))) }
    return "ligne de commande incorrecte (\(message))"
  }
}
