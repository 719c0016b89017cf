import ConfidentCore

extension Bank {
  /// What the checker guarantees of every case it lets through. A cache that decodes to a bank
  /// breaking one of these is corrupt, whatever its checksum says.
  var meetsCheckerInvariants: Bool {
    let grounds = Set(self.grounds.map(\.id))
    return cases.allSatisfy { item in
      let steps = Set(item.steps.map(\.id))
      return (1...3).contains(item.level) && !item.steps.isEmpty && steps.count == item.steps.count
        && item.steps.allSatisfy { step in
          (CaseDecoder.minimumOptionCount...CaseDecoder.maximumOptionCount).contains(step.options.count)
            && step.options.allSatisfy { option in option.next.map(steps.contains) ?? true }
            && !step.ground.accepted.isEmpty
            && (step.ground.accepted + step.ground.partial).allSatisfy(grounds.contains)
        }
    }
  }
}
