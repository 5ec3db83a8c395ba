package org.cishan.gateway.ratelimit;

/**
 * One client's token bucket: holds up to {@code capacity} requests and refills {@code
 * refillPerSecond} per second. Integer arithmetic in nano-tokens (10⁹ per request) against a
 * monotonic nanosecond clock, so refill never drifts and nothing is rounded in the client's favour.
 * Thread-safe.
 */
final class TokenBucket {

  static final long UNITS_PER_TOKEN = 1_000_000_000L;

  /** The answer to one request: allowed or not, what is left, and when to come back. */
  record Decision(boolean allowed, long remaining, long retryAfterSeconds) {}

  private final long capacityUnits;
  private final long refillUnitsPerNano;
  private long units;
  private long lastRefill;

  TokenBucket(long capacity, long refillPerSecond, long now) {
    if (capacity < 1 || refillPerSecond < 1) {
      throw new IllegalArgumentException("capacity and refill must be at least 1");
    }
    this.capacityUnits = Math.multiplyExact(capacity, UNITS_PER_TOKEN);
    this.refillUnitsPerNano = refillPerSecond;
    this.units = capacityUnits;
    this.lastRefill = now;
  }

  synchronized Decision tryConsume(long now) {
    refill(now);
    if (units >= UNITS_PER_TOKEN) {
      units -= UNITS_PER_TOKEN;
      return new Decision(true, units / UNITS_PER_TOKEN, 0);
    }
    long missingUnits = UNITS_PER_TOKEN - units;
    long waitNanos = ceilDiv(missingUnits, refillUnitsPerNano);
    return new Decision(false, 0, Math.max(1, ceilDiv(waitNanos, 1_000_000_000L)));
  }

  private void refill(long now) {
    long elapsed = now - lastRefill;
    if (elapsed <= 0) {
      return;
    }
    lastRefill = now;
    long room = capacityUnits - units;
    units =
        elapsed >= ceilDiv(room, refillUnitsPerNano)
            ? capacityUnits
            : units + elapsed * refillUnitsPerNano;
  }

  private static long ceilDiv(long dividend, long divisor) {
    return -Math.floorDiv(-dividend, divisor);
  }
}
