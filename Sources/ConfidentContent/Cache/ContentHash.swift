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
    let prime: UInt64 = 0x100_0000_01b3
    for byte in bytes {
      switch count & 3 {
      case 0: lanes.0 = (lanes.0 ^ UInt64(byte)) &* prime
      case 1: lanes.1 = (lanes.1 ^ UInt64(byte)) &* prime
      case 2: lanes.2 = (lanes.2 ^ UInt64(byte)) &* prime
      default: lanes.3 = (lanes.3 ^ UInt64(byte)) &* prime
      }
      count &+= 1
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
