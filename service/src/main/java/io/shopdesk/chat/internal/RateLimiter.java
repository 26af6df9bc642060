package io.shopdesk.chat.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A token bucket per key (conversation or client): {@code burst} messages at once, then {@code perSecond}.
 * Thread-safe; buckets idle for ten minutes are dropped so the map stays small. Dropping them walks every bucket, so it
 * happens at most once a minute: with more than {@value #SWEEP_ABOVE} keys active within ten minutes (a busy day, or
 * a benchmark starting a conversation per message) a walk on every message removed nothing and cost more than the rest
 * of the limiter. A bucket idle that long has refilled to {@code burst} (ten minutes at the shipped 3 a second, 10 at
 * once), so whether it is dropped a little later changes no answer.
 */
public final class RateLimiter {
    private static final long IDLE_NANOS = 600_000_000_000L;
    private static final long SWEEP_EVERY_NANOS = 60_000_000_000L;
    private static final int SWEEP_ABOVE = 10_000;

    private final double burst;
    private final double perNano;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep = new AtomicLong(System.nanoTime());

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }

    public RateLimiter(int burst, double perSecond) {
        this.burst = burst;
        this.perNano = perSecond / 1e9;
    }

    /** Takes one token; false when the key has none left. */
    public boolean tryAcquire(String key) {
        long now = System.nanoTime();
        long swept = lastSweep.get();
        if (buckets.size() > SWEEP_ABOVE && now - swept > SWEEP_EVERY_NANOS && lastSweep.compareAndSet(swept, now)) {
            buckets.values().removeIf(b -> now - b.updated > IDLE_NANOS);
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.updated) * perNano);
            bucket.updated = now;
            if (bucket.tokens < 1) {
                return false;
            }
            bucket.tokens -= 1;
            return true;
        }
    }
}
