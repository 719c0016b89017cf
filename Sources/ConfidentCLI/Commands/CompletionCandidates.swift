import ArgumentParser
import ConfidentContent
import ConfidentCore

/// What shell completion offers for the commands' arguments: ids read from the bank that the
/// command line names (`--scenarios`), else the bundled one.
enum CompletionCandidates {
  /// Case ids, for `confident jouer <id>`.
  static let caseIDs = CompletionKind.custom { words, _, prefix in
    matching(prefix, in: bank(words).cases.map(\.id).sorted())
  }

  /// Programme points, for `confident cas [point]`.
  static let programmePoints = CompletionKind.custom { words, _, prefix in
    matching(prefix, in: bank(words).programme.map(\.id))
  }

  /// Reference and ground ids, for `confident ref [id]`.
  static let referenceIDs = CompletionKind.custom { words, _, prefix in
    let bank = bank(words)
    return matching(prefix, in: (bank.references.map(\.id) + bank.grounds.map(\.id)).sorted())
  }

  /// The bank named by the words typed so far (through the cache: completion must be quick).
  private static func bank(_ words: [String]) -> Bank {
    BankOptions.found(in: words).loadBank().bank
  }

  private static func matching(_ prefix: String, in candidates: [String]) -> [String] {
    candidates.filter { $0.hasPrefix(prefix) }
  }
}
