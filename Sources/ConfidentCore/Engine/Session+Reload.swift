extension Session {
  /// Whether the bank may be replaced now: at home, no case running, no question pending.
  public var canReplaceBank: Bool { state == .home && pendingCase == nil && play == nil }

  /// Replaces the bank between two lines (the driver reloaded the files). The session's
  /// results stay; case numbers follow the new bank.
  public mutating func replaceBank(_ newBank: Bank) {
    bank = newBank
    catalogue = CaseCatalogue(bank: newBank)
    reloadRequested = false
    if let last = lastRevealed, newBank.case(last.caseID)?.step(last.stepID) == nil { lastRevealed = nil }
  }

  /// « recharger »: the driver reloads at once at home, or when the running case ends.
  mutating func requestReload() -> [Output] {
    reloadRequested = true
    guard canReplaceBank else {
      return [.paragraph("La banque sera rechargée à la fin du cas en cours.", .muted)]
    }
    return []
  }
}
