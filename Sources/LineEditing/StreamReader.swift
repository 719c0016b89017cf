#if canImport(Glibc)
  import Glibc
#endif

/// Reads lines from a file descriptor that is not a terminal (a pipe, a file).
///
/// libedit silently drops bytes that are not UTF-8; here they become U+FFFD, so a scripted
/// session sees exactly what was sent. A trailing "\r" (Windows line ends) is removed.
public final class StreamReader: LineReading {
  private let descriptor: Int32
  private var buffer: [UInt8] = []
  private var atEnd = false
  public var completions: (String) -> [String] = { _ in [] }

  public init(descriptor: Int32 = 0) { self.descriptor = descriptor }

  /// The prompt is not shown: nobody is typing.
  public func readLine(prompt: String) -> LineEvent {
    while true {
      if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
        let line = Array(buffer[..<newline])
        buffer.removeSubrange(...newline)
        return .line(decode(line))
      }
      if atEnd {
        guard !buffer.isEmpty else { return .endOfInput }
        defer { buffer.removeAll() }
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
}
