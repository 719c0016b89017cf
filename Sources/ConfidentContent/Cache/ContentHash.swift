/// A fast 64-bit checksum (FNV-1a on four interleaved lanes), fed in pieces.
///
/// It detects corruption and edits, not forgeries: whoever can write the data folder could
/// recompute it, which is why a folder writable by others is refused (see ``PrivateFolder``).
struct ContentHash {
  private var lanes: (UInt64, UInt64, UInt64, UInt64) = (
    0xcbf2_9ce4_8422_2325, 0x84222325_cbf29ce4, 0x9ce48422_2325cbf2, 0x2325cbf2_9ce48422
  )
  private var count = 0

  mutating func add<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8 {
    if bytes.withContiguousStorageIfAvailable({ add(buffer: $0) }) != nil { return }
    for byte in bytes { addByte(byte) }
  }

  private static let prime: UInt64 = 0x100_0000_01b3

  private mutating func addByte(_ byte: UInt8) {
    switch count & 3 {
    case 0: lanes.0 = (lanes.0 ^ UInt64(byte)) &* Self.prime
    case 1: lanes.1 = (lanes.1 ^ UInt64(byte)) &* Self.prime
    case 2: lanes.2 = (lanes.2 ^ UInt64(byte)) &* Self.prime
    default: lanes.3 = (lanes.3 ^ UInt64(byte)) &* Self.prime
    }
    count &+= 1
  }

  /// The same as byte by byte, four bytes per turn once aligned on the first lane.
  private mutating func add(buffer: UnsafeBufferPointer<UInt8>) {
    var index = 0
    while index < buffer.count, count & 3 != 0 {
      addByte(buffer[index])
      index += 1
    }
    var (a, b, c, d) = lanes
    let prime = Self.prime
    while index + 4 <= buffer.count {
      a = (a ^ UInt64(buffer[index])) &* prime
      b = (b ^ UInt64(buffer[index + 1])) &* prime
      c = (c ^ UInt64(buffer[index + 2])) &* prime
      d = (d ^ UInt64(buffer[index + 3])) &* prime
      index += 4
      count &+= 4
    }
    lanes = (a, b, c, d)
    while index < buffer.count {
      addByte(buffer[index])
      index += 1
    }
  }

  var value: UInt64 {
    var hash = lanes.0
    for lane in [lanes.1, lanes.2, lanes.3, UInt64(truncatingIfNeeded: count)] {
      hash = (hash ^ lane) &* 0x100_0000_01b3
      hash ^= hash >> 29
    }
    return hash
  }

  static func of<Bytes: Collection>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
    var hash = ContentHash()
    hash.add(bytes)
    return hash.value
  }
}
