/// A stable fingerprint of what a step asks, to recognise an edited step in stored answers.
extension Step {
  /// 16 hexadecimal digits (FNV-1a, 64 bits) over the question, the options' texts, verdicts
  /// and links, and the accepted and partial grounds. Feedback, hints and references are left
  /// out: rewording them does not change what was answered. Stable across runs and machines,
  /// unlike `hashValue`.
  public var contentHash: String {
    var fields = [question]
    for option in options {
      fields += [option.text, option.verdict.rawValue, option.next ?? ""]
    }
    fields.append(ground.accepted.joined(separator: ","))
    fields.append(ground.partial.joined(separator: ","))
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in fields.joined(separator: "\u{1F}").utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
