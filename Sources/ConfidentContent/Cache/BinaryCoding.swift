import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Appends values to a byte buffer: little-endian integers, length-prefixed UTF-8 strings.
///
/// With a file descriptor, the buffer is written out every megabyte, so a large bank is never
/// held twice in memory.
struct BinaryWriter {
  private(set) var bytes: [UInt8] = []
  private let descriptor: Int32?
  /// False once a write to the descriptor failed.
  private(set) var succeeded = true

  init(descriptor: Int32? = nil) { self.descriptor = descriptor }

  /// Writes what is buffered to the descriptor.
  mutating func flush() {
    guard let descriptor, !bytes.isEmpty else { return }
    var offset = 0
    while succeeded, offset < bytes.count {
      let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
      if written < 0, errno != EINTR { succeeded = false }
      if written > 0 { offset += written }
    }
    bytes.removeAll(keepingCapacity: true)
  }

  mutating func int(_ value: Int) {
    withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
  }

  mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

  mutating func string(_ value: String) {
    int(value.utf8.count)
    bytes.append(contentsOf: value.utf8)
    if descriptor != nil, bytes.count > 1 << 20 { flush() }
  }

  mutating func optional(_ value: String?) {
    bool(value != nil)
    if let value { string(value) }
  }

  mutating func strings(_ values: [String]) {
    int(values.count)
    for value in values { string(value) }
  }

  mutating func array<T>(_ values: [T], _ write: (inout BinaryWriter, T) -> Void) {
    int(values.count)
    for value in values { write(&self, value) }
  }
}

/// Reads what ``BinaryWriter`` wrote from a file, through a small buffer: the cache is never
/// held in memory beside the bank it decodes to. Any inconsistency throws (a corrupt cache is
/// ignored).
struct BinaryReader {
  struct Corrupt: Error {}

  private let descriptor: Int32
  /// Bytes of the file not yet read into the buffer.
  private var unread: Int
  private var buffer: [UInt8] = []
  private var offset = 0

  /// Reads `size` bytes from `descriptor`, from its current position.
  init(descriptor: Int32, size: Int) {
    self.descriptor = descriptor
    self.unread = size
  }

  var isAtEnd: Bool { unread == 0 && offset == buffer.count }

  /// Makes `count` bytes available at `offset`, or throws if the file is shorter.
  private mutating func ensure(_ count: Int) throws {
    guard count >= 0 else { throw Corrupt() }
    let available = buffer.count - offset
    if available >= count { return }
    guard count - available <= unread else { throw Corrupt() }
    buffer.removeSubrange(..<offset)
    offset = 0
    let wanted = min(unread, max(count - available, 1 << 20))
    let start = buffer.count
    buffer += repeatElement(0, count: wanted)
    var filled = 0
    while filled < wanted {
      let read = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + start + filled, wanted - filled) }
      if read < 0, errno == EINTR { continue }
      guard read > 0 else { throw Corrupt() }
      filled += read
    }
    unread -= wanted
  }

  mutating func int() throws -> Int {
    try ensure(8)
    var value: Int64 = 0
    for index in 0..<8 { value |= Int64(buffer[offset + index]) << (8 * index) }
    offset += 8
    return Int(value)
  }

  mutating func bool() throws -> Bool {
    try ensure(1)
    defer { offset += 1 }
    return buffer[offset] != 0
  }

  mutating func string() throws -> String {
    let count = try int()
    try ensure(count)
    defer { offset += count }
    return String(decoding: buffer[offset..<(offset + count)], as: UTF8.self)
  }

  mutating func optional() throws -> String? {
    try bool() ? try string() : nil
  }

  mutating func strings() throws -> [String] {
    try array { try $0.string() }
  }

  mutating func array<T>(_ read: (inout BinaryReader) throws -> T) throws -> [T] {
    let count = try int()
    // Every element takes at least one byte: a larger count is corruption.
    guard count >= 0, count <= unread + buffer.count - offset else { throw Corrupt() }
    var values: [T] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(try read(&self)) }
    return values
  }
}
