import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Appends values to a byte buffer: little-endian integers, length-prefixed UTF-8 strings.
///
/// With a file descriptor, the buffer is written out every megabyte, so a large bank is never
/// held twice in memory. Every byte written goes into ``checksum``.
struct BinaryWriter {
  private(set) var bytes: [UInt8] = []
  private let descriptor: Int32?
  /// At most this many bytes go to the descriptor; past it, writing fails.
  private let limit: Int
  private var written = 0
  /// False once a write to the descriptor failed or the limit was passed.
  private(set) var succeeded = true
  private(set) var checksum = ContentHash()

  init(descriptor: Int32? = nil, limit: Int = .max) {
    self.descriptor = descriptor
    self.limit = limit
  }

  /// Writes what is buffered to the descriptor.
  mutating func flush() {
    guard let descriptor, !bytes.isEmpty else { return }
    checksum.add(bytes)
    written += bytes.count
    if written > limit { succeeded = false }
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

  /// Ends the file: what is buffered, then the checksum of everything before it (not counted
  /// in itself).
  mutating func finish() {
    if descriptor == nil { checksum.add(bytes) } else { flush() }
    let sum = checksum.value
    withUnsafeBytes(of: sum.littleEndian) { bytes.append(contentsOf: $0) }
    guard let descriptor else { return }
    var offset = 0
    while succeeded, offset < bytes.count {
      let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
      if count < 0, errno != EINTR { succeeded = false }
      if count > 0 { offset += count }
    }
    bytes.removeAll()
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
/// ignored). The file ends with the checksum of what precedes it: see ``verifyChecksum()``.
struct BinaryReader {
  struct Corrupt: Error {}

  private let descriptor: Int32
  /// Bytes of the file not yet read into the buffer.
  private var unread: Int
  private var buffer: [UInt8] = []
  private var offset = 0
  /// Bytes read so far that still count in the checksum (all but the last eight).
  private var checksummed: Int
  private var checksum = ContentHash()

  /// Reads `size` bytes from `descriptor`, from its current position.
  init(descriptor: Int32, size: Int) {
    self.descriptor = descriptor
    self.unread = size
    self.checksummed = max(0, size - 8)
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
    let counted = min(wanted, checksummed)
    checksum.add(buffer[start..<(start + counted)])
    checksummed -= counted
  }

  /// Reads the trailing checksum (it must be the last eight bytes) and compares.
  mutating func verifyChecksum() throws {
    let expected = checksum
    let stored = UInt64(bitPattern: Int64(try int()))
    guard isAtEnd, checksummed == 0, stored == expected.value else { throw Corrupt() }
  }

  mutating func int() throws -> Int {
    try ensure(8)
    var value: Int64 = 0
    for index in 0..<8 { value |= Int64(buffer[offset + index]) << (8 * index) }
    offset += 8
    return Int(value)
  }

  /// Strictly 0 or 1: any other byte is corruption.
  mutating func bool() throws -> Bool {
    try ensure(1)
    defer { offset += 1 }
    switch buffer[offset] {
    case 0: return false
    case 1: return true
    default: throw Corrupt()
    }
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
    // A forged count must not reserve gigabytes: the array grows as elements really decode.
    values.reserveCapacity(min(count, 1024))
    for _ in 0..<count { values.append(try read(&self)) }
    return values
  }
}
