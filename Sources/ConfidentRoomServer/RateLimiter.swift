/// Token buckets per key (a device, an address): `burst` requests at once, then `perSecond`.
/// Holds at most `maximumKeys` keys; the least recently used is forgotten first. Not
/// thread-safe: ``RoomBallotBox`` holds it under its lock.
struct RateLimiter {
  let burst: Double
  let perSecond: Double
  let maximumKeys: Int
  private var buckets: [String: (tokens: Double, at: Double)] = [:]

  init(burst: Double, perSecond: Double, maximumKeys: Int = 2000) {
    self.burst = burst
    self.perSecond = perSecond
    self.maximumKeys = maximumKeys
  }

  /// Takes one token for `key` at `now` (seconds); `false` when the key is over its rate.
  mutating func allow(_ key: String, now: Double) -> Bool {
    var bucket = buckets[key] ?? (tokens: burst, at: now)
    bucket.tokens = min(burst, bucket.tokens + max(0, now - bucket.at) * perSecond)
    bucket.at = now
    let allowed = bucket.tokens >= 1
    if allowed { bucket.tokens -= 1 }
    if buckets[key] == nil, buckets.count >= maximumKeys,
      let oldest = buckets.min(by: { $0.value.at < $1.value.at })?.key
    {
      buckets[oldest] = nil
    }
    buckets[key] = bucket
    return allowed
  }
}
