internal import CYaml

/// Finds YAML aliases where libyaml itself sees them: in its event stream, before any node is
/// built.
///
/// Expanding nested aliases ("billion laughs") costs exponential time, and Yams hashes alias
/// keys in full, so a file with an alias is refused before Yams composes it. Scanning the text
/// for `*name` missed forms libyaml accepts (`{"k":&a …}`); the events cannot miss any.
///
/// The same pass bounds the size of the node tree of large files: a flood of tiny list items
/// (`[a_,a_,…]`, 350,000 nodes in 1 MiB) costs hundreds of MB once composed and checked.
enum AliasScan {
  /// What the event pass refuses.
  enum Finding: Equatable {
    case alias(name: String, line: Int, column: Int)
    case tooManyNodes(line: Int, column: Int)
  }

  /// Files larger than this get the event pass even without a `*`, to count their nodes.
  static let countedSize = 256 * 1024
  /// More nodes (scalars, lists, mappings) than this in one file is refused.
  static let maximumNodeCount = 150_000

  /// The first alias event of `bytes`, or the node past ``maximumNodeCount``; nil when there
  /// is neither or the text stops parsing before one (the syntax error is reported later).
  static func firstProblem(in bytes: [UInt8]) -> Finding? {
    // An alias token always starts with `*`: without one, a small file can skip the pass.
    guard bytes.count > countedSize || bytes.contains(UInt8(ascii: "*")) else { return nil }
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { return nil }
    defer { yaml_parser_delete(&parser) }
    return bytes.withUnsafeBufferPointer { buffer in
      yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
      yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
      var event = yaml_event_t()
      var nodes = 0
      while yaml_parser_parse(&parser, &event) == 1 {
        defer { yaml_event_delete(&event) }
        switch event.type {
        case YAML_ALIAS_EVENT:
          let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
          return .alias(name: name, line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        case YAML_SCALAR_EVENT, YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
          nodes += 1
          if nodes > maximumNodeCount {
            return .tooManyNodes(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
          }
        case YAML_STREAM_END_EVENT:
          return nil
        default:
          continue
        }
      }
      return nil
    }
  }
}
