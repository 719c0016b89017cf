import ArgumentParser
import enum ConfidentCore.OptionOrder

/// Options of the commands that show cases: the option order.
struct PlayOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("Graine du tirage : le même nombre donne le même ordre des options.", valueName: "n"))
  var seed: UInt64?

  @Flag(name: [.customLong("ordre-fixe"), .customLong("fixed-order")], help: "Options dans l'ordre du fichier (auteurs, tests).")
  var fixedOrder = false

  /// The option order these flags ask for; a random seed when none is given.
  var order: OptionOrder {
    if fixedOrder { return .fixed }
    if let seed { return .shuffled(seed: seed) }
    return .random()
  }
}
