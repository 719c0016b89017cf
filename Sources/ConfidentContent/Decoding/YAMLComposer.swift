internal import CYaml

/// Builds a ``YAMLNode`` tree from libyaml's events in one pass, refusing what a scenario file
/// may not hold.
///
/// Yams' composer allocated a tag object per node and hashed every mapping's keys: with the
/// separate alias pass, about a third of a cold load's CPU. This one keeps only what the
/// decoders read. Aliases are refused where
/// libyaml sees them, in its event stream (expanding nested aliases costs exponential time;
/// scanning the text missed forms libyaml accepts, such as `{"k":&a …}`); the tree's size is
/// bounded (a flood of tiny list items, 350,000 nodes in 1 MiB, costs hundreds of MB).
/// libyaml itself bounds nesting at 1,000 levels.
enum YAMLComposer {
  /// Why a file does not compose.
  enum Failure: Error, Equatable {
    /// A scanner or parser error, at libyaml's problem position.
    case syntax(problem: String, at: Mark)
    /// A character libyaml cannot read (a control character), at a byte offset.
    case reader(problem: String, byteOffset: Int)
    /// A key written twice in one mapping: the smallest such key, at its second occurrence.
    case duplicateKey(String, at: Mark)
    case alias(name: String, at: Mark)
    case tooManyNodes(at: Mark)
    /// A second document (`---`) after the first.
    case anotherDocument(at: Mark)
    case outOfMemory
  }

  /// More nodes (scalars, lists, mappings) than this in one file is refused.
  static let maximumNodeCount = 150_000

  /// The root node of the single document in `bytes` (UTF-8), nil for an empty stream.
  ///
  /// When a file has several problems, the one reported is the one Yams' composer reported
  /// after the alias pass: an alias or a flood of nodes first, then the first mapping that
  /// closes with a duplicate key, then the syntax error.
  static func compose(_ bytes: [UInt8]) -> Result<YAMLNode?, Failure> {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { return .failure(.outOfMemory) }
    defer { yaml_parser_delete(&parser) }
    return bytes.withUnsafeBufferPointer { buffer in
      yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
      yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
      var composer = Composition()
      let result = composer.run(&parser)
      if case .failure(let failure) = result, let duplicate = composer.firstDuplicate {
        switch failure {
        case .alias, .tooManyNodes: return result
        default: return .failure(duplicate)
        }
      }
      if let duplicate = composer.firstDuplicate { return .failure(duplicate) }
      return result
    }
  }
}

/// One run of the composer over a parser's events (an explicit stack: no recursion).
private struct Composition {
  /// A list or mapping being filled (a class, so that appending never copies its elements).
  private final class Frame {
    let isMapping: Bool
    let mark: Mark
    var elements: [YAMLNode] = []
    var pairs: [YAMLPair] = []
    /// A mapping's key waiting for its value.
    var key: YAMLNode?
    /// A large mapping's keys, hashed (small ones are scanned).
    var seen: Set<String>?
    var duplicates: [(String, Mark)] = []

    init(isMapping: Bool, mark: Mark) {
      self.isMapping = isMapping
      self.mark = mark
    }
  }

  private var stack: [Frame] = []
  private var nodes = 0
  /// The duplicate key of the first mapping that closed with one.
  private(set) var firstDuplicate: YAMLComposer.Failure?

  mutating func run(_ parser: inout yaml_parser_t) -> Result<YAMLNode?, YAMLComposer.Failure> {
    var event = yaml_event_t()
    var root: YAMLNode?
    var documents = 0
    while true {
      guard yaml_parser_parse(&parser, &event) == 1 else { return .failure(Self.failure(of: parser)) }
      defer { yaml_event_delete(&event) }
      let mark = Mark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
      switch event.type {
      case YAML_STREAM_END_EVENT:
        return .success(root)
      case YAML_DOCUMENT_START_EVENT:
        documents += 1
        if documents > 1 { return .failure(.anotherDocument(at: mark)) }
      case YAML_ALIAS_EVENT:
        let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
        return .failure(.alias(name: name, at: mark))
      case YAML_SCALAR_EVENT, YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
        nodes += 1
        if nodes > YAMLComposer.maximumNodeCount { return .failure(.tooManyNodes(at: mark)) }
        if event.type == YAML_SCALAR_EVENT {
          let scalar = event.data.scalar
          let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
          let node = YAMLNode.scalar(
            YAMLScalar(
              string: text, isPlain: scalar.style == YAML_PLAIN_SCALAR_STYLE,
              isTaggedNull: scalar.tag.map { Self.isNullTag($0) } ?? false, mark: mark))
          if let finished = add(node) { root = finished }
        } else {
          stack.append(Frame(isMapping: event.type == YAML_MAPPING_START_EVENT, mark: mark))
        }
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        guard let frame = stack.popLast() else { continue }
        let node: YAMLNode
        if frame.isMapping {
          if firstDuplicate == nil, let smallest = frame.duplicates.min(by: { $0.0 < $1.0 }) {
            firstDuplicate = .duplicateKey(smallest.0, at: smallest.1)
          }
          node = .mapping(YAMLMapping(pairs: frame.pairs, mark: frame.mark))
        } else {
          node = .sequence(YAMLSequence(elements: frame.elements, mark: frame.mark))
        }
        if let finished = add(node) { root = finished }
      default:
        continue
      }
    }
  }

  /// Puts a finished node in its parent; returns it when it is the document's root.
  private mutating func add(_ node: YAMLNode) -> YAMLNode? {
    guard let top = stack.last else { return node }
    if !top.isMapping {
      top.elements.append(node)
    } else if let key = top.key {
      top.pairs.append(YAMLPair(key: key, value: node))
      top.key = nil
    } else {
      if let text = node.scalar?.string { Self.note(text, at: node.mark, in: top) }
      top.key = node
    }
    return nil
  }

  private static let smallMapping = 16

  private static func note(_ key: String, at mark: Mark, in frame: Frame) {
    if frame.seen == nil, frame.pairs.count >= smallMapping {
      frame.seen = Set(frame.pairs.compactMap { $0.key.scalar?.string })
    }
    let repeated: Bool
    if frame.seen != nil {
      repeated = !frame.seen!.insert(key).inserted
    } else {
      repeated = frame.pairs.contains { $0.key.scalar?.string == key }
    }
    if repeated, !frame.duplicates.contains(where: { $0.0 == key }) { frame.duplicates.append((key, mark)) }
  }

  private static func isNullTag(_ tag: UnsafeMutablePointer<yaml_char_t>) -> Bool {
    String(cString: tag) == "tag:yaml.org,2002:null"
  }

  private static func failure(of parser: yaml_parser_t) -> YAMLComposer.Failure {
    let problem = parser.problem.map { String(cString: $0) } ?? ""
    switch parser.error {
    case YAML_READER_ERROR:
      return .reader(problem: problem, byteOffset: Int(parser.problem_offset))
    case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
      return .syntax(problem: problem, at: Mark(line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1))
    default:
      return .outOfMemory
    }
  }
}
