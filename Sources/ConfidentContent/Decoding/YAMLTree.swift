/// A position in a scenario file: 1-based line and column (in characters, as libyaml counts).
struct Mark: Equatable {
  var line: Int
  var column: Int
}

/// One YAML node as the decoders read it, composed by ``YAMLComposer`` from libyaml's events.
///
/// Scalars stay strings: the checker reads types itself (YAML 1.1's implicit booleans and
/// dates would turn `non` or `2026-09-01` into something else).
enum YAMLNode {
  case scalar(YAMLScalar)
  case sequence(YAMLSequence)
  case mapping(YAMLMapping)

  var mark: Mark {
    switch self {
    case .scalar(let scalar): scalar.mark
    case .sequence(let sequence): sequence.mark
    case .mapping(let mapping): mapping.mark
    }
  }

  var scalar: YAMLScalar? { if case .scalar(let scalar) = self { scalar } else { nil } }
  var sequence: YAMLSequence? { if case .sequence(let sequence) = self { sequence } else { nil } }
  var mapping: YAMLMapping? { if case .mapping(let mapping) = self { mapping } else { nil } }
  /// The text of a scalar, nil for a list or a mapping.
  var string: String? { scalar?.string }
}

/// A text value, with what decides whether it is YAML's null.
struct YAMLScalar {
  var string: String
  /// Written without quotes or block indicator (only a plain `~` or `null` is null).
  var isPlain: Bool
  /// Tagged `!!null` explicitly.
  var isTaggedNull: Bool
  var mark: Mark
}

/// A list of nodes.
struct YAMLSequence {
  var elements: [YAMLNode]
  var mark: Mark
}

/// One key and its value in a mapping.
///
/// A struct, not a tuple: an array of `(YAMLNode, YAMLNode)` tuples inside ``YAMLNode`` made the
/// compiler report a circular reference when it compiled some files alone (incremental builds).
struct YAMLPair {
  var key: YAMLNode
  var value: YAMLNode
}

/// A mapping's key–value pairs, in file order (keys are unique: the composer refuses a
/// duplicate).
struct YAMLMapping {
  var pairs: [YAMLPair]
  var mark: Mark

  /// The value of the scalar key `key`.
  subscript(key: String) -> YAMLNode? {
    pairs.first { $0.key.scalar?.string == key }?.value
  }
}
