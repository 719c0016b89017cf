#if canImport(Glibc)
  import Glibc
#endif

/// Reads lines from a file descriptor that is not a terminal (a pipe, a file).
///
/// libedit silently drops bytes that are not UTF-8; here they become U+FFFD, so a scripted
/// session sees exactly what was sent. A trailing "\r" (Windows line ends) is removed. A line
/// longer than ``maximumLineLength`` bytes (`< /dev/zero`) is cut there, said on stderr, and the
/// rest of it is skipped: memory stays bounded and the search for "\n" never rescans.
public final class StreamReader: LineReading {
  /// Longer lines are cut.
  public static let maximumLineLength = 64 * 1024

  private let descriptor: Int32
  private var buffer: [UInt8] = []
  /// Bytes of `buffer` already known to hold no newline.
  private var scanned = 0
  /// True while the rest of a cut line is being skipped.
  private var skipping = false
  private var atEnd = false
  private let warn: (String) -> Void
  public var completions: (String) -> [String] = { _ in [] }

  /// - Parameter warn: where the "line too long" notice goes (stderr by default).
  public init(descriptor: Int32 = 0, warn: @escaping (String) -> Void = StreamReader.standardError) {
    self.descriptor = descriptor
    self.warn = warn
  }

  /// The prompt is not shown: nobody is typing.
  public func readLine(prompt: String) -> LineEvent {
    while true {
      if let newline = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
        let line = Array(buffer[..<newline])
        buffer.removeSubrange(...newline)
        scanned = 0
        if skipping {
          skipping = false
          continue
        }
        return .line(decode(line))
      }
      scanned = buffer.count
      if skipping {
        buffer.removeAll(keepingCapacity: true)
        scanned = 0
      } else if buffer.count > Self.maximumLineLength {
        let line = Array(buffer[..<Self.maximumLineLength])
        buffer.removeAll(keepingCapacity: true)
        scanned = 0
        skipping = true
        warn("confident : ligne trop longue (plus de \(Self.maximumLineLength / 1024) Kio) : seul son début est lu.\n")
        return .line(decode(line))
      }
      if atEnd {
        guard !buffer.isEmpty, !skipping else { return .endOfInput }
        defer {
          buffer.removeAll()
          scanned = 0
        }
        return .line(decode(buffer))
      }
      fill()
    }
  }

  private func fill() {
    var chunk = [UInt8](repeating: 0, count: 65_536)
    let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    if count > 0 {
      buffer.append(contentsOf: chunk[..<count])
    } else if count == 0 || errno != EINTR {
      atEnd = true
    }
  }

  private func decode(_ bytes: [UInt8]) -> String {
    var line = String(decoding: bytes, as: UTF8.self)
    if line.hasSuffix("\r") { line.removeLast() }
    return line
  }

  /// Writes to file descriptor 2, ignoring failures.
  public static func standardError(_ text: String) {
    var bytes = Array(text.utf8)
    _ = write(2, &bytes, bytes.count)
  }
}
