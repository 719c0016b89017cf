internal import CYaml

/// Finds YAML aliases where libyaml itself sees them: in its event stream, before any node is
/// built.
///
/// Expanding nested aliases ("billion laughs") costs exponential time, and Yams hashes alias
/// keys in full, so a file with an alias is refused before Yams composes it. Scanning the text
/// for `*name` missed forms libyaml accepts (`{"k":&a …}`); the events cannot miss any.
enum AliasScan {
  /// The first alias event of `bytes` (name, 1-based line and column), or nil when there is
  /// none or the text stops parsing before one (the syntax error is reported later).
  static func firstAlias(in bytes: [UInt8]) -> (name: String, line: Int, column: Int)? {
    // An alias token always starts with `*`: without one, the parse can be spared.
    guard bytes.contains(UInt8(ascii: "*")) else { return nil }
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { return nil }
    defer { yaml_parser_delete(&parser) }
    return bytes.withUnsafeBufferPointer { buffer in
      yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
      yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
      var event = yaml_event_t()
      while yaml_parser_parse(&parser, &event) == 1 {
        defer { yaml_event_delete(&event) }
        switch event.type {
        case YAML_ALIAS_EVENT:
          let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
          return (name, Int(event.start_mark.line) + 1, Int(event.start_mark.column) + 1)
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
