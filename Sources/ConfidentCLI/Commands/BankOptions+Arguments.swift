import ArgumentParser

extension BankOptions {
  /// The bank options (`--scenarios`, `--data-dir`) found anywhere among `arguments`, the other
  /// words ignored: for `--version` and for shell completion, which see a whole command line.
  static func found(in arguments: [String]) -> BankOptions {
    var kept: [String] = []
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      let name = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
      if ["--scenarios", "--data-dir"].contains(name) {
        kept.append(argument)
        if !argument.contains("="), index + 1 < arguments.count {
          kept.append(arguments[index + 1])
          index += 1
        }
      }
      index += 1
    }
    return (try? BankOptions.parse(kept)) ?? BankOptions()
  }
}
