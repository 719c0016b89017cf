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

/// Reads what ``BinaryWriter`` wrote; any inconsistency throws (a corrupt cache is ignored).
struct BinaryReader {
  struct Corrupt: Error {}

  private let bytes: UnsafeRawBufferPointer
  private var offset = 0

  init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

  var isAtEnd: Bool { offset == bytes.count }

  mutating func int() throws -> Int {
    guard offset + 8 <= bytes.count else { throw Corrupt() }
    var value: Int64 = 0
    withUnsafeMutableBytes(of: &value) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + 8)])) }
    offset += 8
    return Int(Int64(littleEndian: value))
  }

  mutating func bool() throws -> Bool {
    guard offset < bytes.count else { throw Corrupt() }
    defer { offset += 1 }
    return bytes[offset] != 0
  }

  mutating func string() throws -> String {
    let count = try int()
    guard count >= 0, offset + count <= bytes.count else { throw Corrupt() }
    defer { offset += count }
    return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)]), as: UTF8.self)
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
    guard count >= 0, count <= bytes.count - offset else { throw Corrupt() }
    var values: [T] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(try read(&self)) }
    return values
  }
}
