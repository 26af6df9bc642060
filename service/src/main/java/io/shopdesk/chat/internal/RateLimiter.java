package io.shopdesk.chat.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per key (conversation or client): {@code burst} messages at once, then {@code perSecond}.
 * Thread-safe; buckets idle for ten minutes are dropped so the map stays small.
 */
public final class RateLimiter {
    private static final long IDLE_NANOS = 600_000_000_000L;

    private final double burst;
    private final double perNano;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

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
        if (buckets.size() > 10_000) {
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
