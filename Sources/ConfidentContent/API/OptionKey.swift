/// Names one option of the bank: its case, its step and its authored position (0 for `a`).
public struct OptionKey: Sendable, Hashable, Comparable {
  public var caseID: String
  public var stepID: String
  public var index: Int

  public init(caseID: String, stepID: String, index: Int) {
    self.caseID = caseID
    self.stepID = stepID
    self.index = index
  }

  public static func < (a: OptionKey, b: OptionKey) -> Bool {
    (a.caseID, a.stepID, a.index) < (b.caseID, b.stepID, b.index)
  }
}
