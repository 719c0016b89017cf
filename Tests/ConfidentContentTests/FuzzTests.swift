import Foundation
import Testing

@testable import ConfidentContent

/// Mutation fuzzing of the loader and the checker: random edits of real files must never crash
/// or hang, and every diagnostic must point inside the file.
///
/// Deterministic (seeded); `CONFIDENT_FUZZ_ITERATIONS` sets how many inputs (CI runs more).
@Suite("Fuzzing the loader")
struct FuzzTests {
  static let iterations = ProcessInfo.processInfo.environment["CONFIDENT_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 1500
  static let seed = ProcessInfo.processInfo.environment["CONFIDENT_FUZZ_SEED"].flatMap(UInt64.init) ?? 0x5EC_2E7

  /// Fragments that matter to a YAML parser or to our checker.
  static let tokens: [[UInt8]] = [
    ":", ": ", "- ", "[", "]", "{", "}", ",", "&a ", "*a", "\t", "\n", "  ", "\"", "'", "|", ">", "#", "? ",
    "\0", "\u{1B}[2J", "\u{1B}]0;x\u{07}", "é", "~", "null", "next: ", "verdict: correct", "id: ", "---",
    "!!str ", "%YAML 1.1\n",
  ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE2, 0x82]]

  static var seeds: [(String, [UInt8])] {
    let root = URL(fileURLWithPath: Fixtures.root)
    let folders = ["bank/cas", "bank/catalogue", "invalid"]
    return folders.flatMap { folder -> [(String, [UInt8])] in
      let url = root.appendingPathComponent(folder)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
      return names.sorted().compactMap { name in
        FileManager.default.contents(atPath: url.appendingPathComponent(name).path).map { ("\(folder)/\(name)", [UInt8]($0)) }
      }
    }
  }

  @Test func mutatedFilesNeverCrashAndDiagnosticsStayInsideTheFile() throws {
    let seeds = Self.seeds
    try #require(seeds.count >= 5)
    var missing: [Diagnostic] = []
    let catalogues = BankLoader.decodeAll(BankLoader.yamlFiles(in: [Fixtures.bank + "/catalogue"], missing: &missing))
    var random = SplitMix64(seed: Self.seed)
    var decodedCases = 0
    for iteration in 0..<Self.iterations {
      let (name, original) = seeds[Int(random.next() % UInt64(seeds.count))]
      let input = mutate(original, rounds: 1 + Int(random.next() % 4), random: &random)
      let path = "fuzz-\(iteration)-\(name)"
      let file = FileDecoder.decode(path: path, data: Data(input))
      let report = BankAssembler(files: catalogues + [file]).assemble()
      if case .scenario = file.content { decodedCases += 1 }
      let lines = input.count { $0 == UInt8(ascii: "\n") } + 1
      for diagnostic in report.diagnostics where diagnostic.file == path {
        #expect(diagnostic.line >= 1 && diagnostic.line <= lines + 1, "\(diagnostic) (seed \(Self.seed), iteration \(iteration))")
        #expect(diagnostic.column >= 1, "\(diagnostic) (seed \(Self.seed), iteration \(iteration))")
        #expect(!diagnostic.message.isEmpty)
      }
    }
    // Some mutations keep a valid case: the fuzzer also exercises the success path.
    #expect(decodedCases > 0)
  }

  func mutate(_ bytes: [UInt8], rounds: Int, random: inout SplitMix64) -> [UInt8] {
    var bytes = bytes
    for _ in 0..<rounds {
      let position = bytes.isEmpty ? 0 : Int(random.next() % UInt64(bytes.count))
      switch random.next() % 5 {
      case 0 where !bytes.isEmpty:  // flip a byte
        bytes[position] ^= UInt8(truncatingIfNeeded: random.next() | 1)
      case 1 where !bytes.isEmpty:  // delete a range
        let length = min(bytes.count - position, Int(random.next() % 40))
        bytes.removeSubrange(position..<(position + length))
      case 2 where !bytes.isEmpty:  // duplicate a range (duplicate keys, repeated items)
        let length = min(bytes.count - position, Int(random.next() % 80))
        bytes.insert(contentsOf: bytes[position..<(position + length)], at: position)
      default:  // insert a token
        bytes.insert(contentsOf: Self.tokens[Int(random.next() % UInt64(Self.tokens.count))], at: position)
      }
    }
    return bytes
  }
}

/// A small seedable generator (Vigna's SplitMix64), so a failing input can be replayed.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
