/// SplitMix64: a small, fast generator whose sequence depends only on its seed, so that the same
/// `--seed` shows the same option orders on every machine and every run.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A generator derived from `seed` for the `index`-th independent use (a step, a case).
  public static func derived(from seed: UInt64, index: Int) -> SeededGenerator {
    var mixer = SeededGenerator(seed: seed ^ (UInt64(truncatingIfNeeded: index) &* 0xD6E8_FEB8_6659_FD93))
    return SeededGenerator(seed: mixer.next())
  }
}

/// How the options of a step are ordered when shown.
public enum OptionOrder: Sendable, Hashable {
  /// The file's order (`--ordre-fixe`): for authors and tests.
  case fixed
  /// A permutation drawn from the seed, one per step, stable for the whole play.
  case shuffled(seed: UInt64)

  /// A fresh random seed, for a play with no `--seed`.
  public static func random() -> OptionOrder {
    var system = SystemRandomNumberGenerator()
    return .shuffled(seed: system.next())
  }

  /// The authored indices of `count` options in shown order, for the `index`-th step.
  func permutation(count: Int, step index: Int) -> [Int] {
    var order = Array(0..<count)
    guard case .shuffled(let seed) = self, count > 1 else { return order }
    // Fisher–Yates written out, so the order never depends on the standard library's version.
    var generator = SeededGenerator.derived(from: seed, index: index)
    for position in stride(from: count - 1, to: 0, by: -1) {
      let other = Int(generator.next() % UInt64(position + 1))
      order.swapAt(position, other)
    }
    return order
  }

  /// The order for the `index`-th play of a session (each play gets its own permutations).
  public func forPlay(_ index: Int) -> OptionOrder {
    guard case .shuffled(let seed) = self else { return self }
    var generator = SeededGenerator.derived(from: seed, index: 1_000_003 &+ index)
    return .shuffled(seed: generator.next())
  }
}
