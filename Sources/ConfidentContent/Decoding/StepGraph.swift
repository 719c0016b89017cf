
/// The branching of a case read straight from its step nodes: step ids and each option's
/// `next`. It does not need the steps to decode, so `next`, reachability and termination are
/// checked even when other fields of the file have errors.
struct StepGraph {
  struct Branch {
    var next: String?
    /// The `next` value node, or the option node when there is no `next`.
    var node: YAMLNode
  }

  struct StepNode {
    var id: String
    var idNode: YAMLNode
    /// Nil when `options` is not a list: such a step is left out of the termination check
    /// (its own error is reported elsewhere).
    var branches: [Branch]?
  }

  private(set) var steps: [StepNode] = []

  init(_ stepNodes: [YAMLNode]) {
    var seen: Set<String> = []
    for node in stepNodes {
      guard let mapping = node.mapping, let idNode = mapping["id"], let id = idNode.scalar?.string.trimmed,
        !id.isEmpty, seen.insert(id).inserted
      else { continue }
      let branches = mapping["options"]?.sequence.map { options in
        options.elements.compactMap { option -> Branch? in
          guard let fields = option.mapping else { return nil }
          let next = fields["next"]
          let text = next?.scalar?.string.trimmed
          return Branch(next: (text?.isEmpty ?? true) ? nil : text, node: next ?? option)
        }
      }
      steps.append(StepNode(id: id, idNode: idNode, branches: branches))
    }
  }

  /// Every `next` names a step; every step is reachable from the first and can reach an end.
  func check(reporter: Reporter) {
    guard let first = steps.first else { return }
    let byID = Dictionary(steps.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    for step in steps {
      for branch in step.branches ?? [] {
        guard let next = branch.next, byID[next] == nil else { continue }
        reporter.error(branch.node, "« next » mène à une étape inconnue : « \(next) »")
      }
    }
    var reachable: Set<String> = [first.id]
    var frontier = [first]
    while let step = frontier.popLast() {
      for next in (step.branches ?? []).compactMap(\.next) where !reachable.contains(next) {
        guard let found = byID[next] else { continue }
        reachable.insert(next)
        frontier.append(found)
      }
    }
    for step in steps where !reachable.contains(step.id) {
      reporter.error(step.idNode, "l'étape « \(step.id) » est inatteignable : aucune option n'y mène")
    }
    checkCycles(byID, reporter: reporter)
    // Steps that can finish: one option without `next`, or one leading to a step that can. A
    // step whose options could not be read counts as finishing (no second error about it).
    var finishing = Set(steps.filter { $0.branches?.contains { $0.next == nil } ?? true }.map(\.id))
    var changed = true
    while changed {
      changed = false
      for step in steps where !finishing.contains(step.id)
        && (step.branches ?? []).contains(where: { $0.next.map(finishing.contains) ?? false })
      {
        finishing.insert(step.id)
        changed = true
      }
    }
    for step in steps where reachable.contains(step.id) && !finishing.contains(step.id) {
      reporter.error(step.idNode, "depuis l'étape « \(step.id) », le cas ne peut jamais se terminer (boucle sans sortie)")
    }
  }

  /// A `next` that leads back to a step already on the way (itself included) is refused: a
  /// loop lets a player answer the same step again and again, and pile up points.
  private func checkCycles(_ byID: [String: StepNode], reporter: Reporter) {
    enum State { case onPath, done }
    var state: [String: State] = [:]
    // Iterative depth-first search: (step, index of the next branch to follow).
    for start in steps where state[start.id] == nil {
      var stack: [(step: StepNode, branch: Int)] = [(start, 0)]
      state[start.id] = .onPath
      while let (step, branchIndex) = stack.last {
        let branches = step.branches ?? []
        guard branchIndex < branches.count else {
          state[step.id] = .done
          stack.removeLast()
          continue
        }
        stack[stack.count - 1].branch += 1
        let branch = branches[branchIndex]
        guard let next = branch.next, let target = byID[next] else { continue }
        switch state[next] {
        case .onPath:
          let path = stack.drop { $0.step.id != next }.map { "« \($0.step.id) »" } + ["« \(next) »"]
          reporter.error(
            branch.node,
            next == step.id
              ? "« next » ramène à l'étape « \(next) » elle-même : les boucles ne sont pas acceptées"
              : "« next » forme une boucle (\(path.joined(separator: " → "))) : les boucles ne sont pas acceptées")
        case .done: continue
        case nil:
          state[next] = .onPath
          stack.append((target, 0))
        }
      }
    }
  }
}
