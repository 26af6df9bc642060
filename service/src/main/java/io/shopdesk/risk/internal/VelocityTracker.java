package io.shopdesk.risk.internal;

import io.shopdesk.risk.PaymentContext.Velocity;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sliding-window counts and sums per key (customer, card, device, IP) over 10 minutes, 1 hour and 24 hours, and
 * which devices and IPs each customer has used. In memory: events older than 24 hours are dropped as new ones
 * arrive. Thread-safe: each key's window is guarded by its own lock.
 */
public final class VelocityTracker {
    private static final Duration DAY = Duration.ofHours(24);

    private record Event(Instant at, BigDecimal amount) {
    }

    private final Map<String, Deque<Event>> windows = new ConcurrentHashMap<>();
    private final Map<Long, Set<String>> seen = new ConcurrentHashMap<>();

    /** The velocity of {@code key} before {@code now}; null or blank keys have none. */
    public Velocity velocity(String key, Instant now) {
        if (key == null || key.isBlank()) {
            return Velocity.NONE;
        }
        Deque<Event> events = windows.get(key);
        if (events == null) {
            return Velocity.NONE;
        }
        int c10 = 0;
        int c1h = 0;
        int c24 = 0;
        BigDecimal s10 = BigDecimal.ZERO;
        BigDecimal s1h = BigDecimal.ZERO;
        BigDecimal s24 = BigDecimal.ZERO;
        synchronized (events) {
            for (Event e : events) {
                Duration age = Duration.between(e.at(), now);
                if (age.isNegative() || age.compareTo(DAY) > 0) {
                    continue;
                }
                c24++;
                s24 = s24.add(e.amount());
                if (age.toMinutes() < 60) {
                    c1h++;
                    s1h = s1h.add(e.amount());
                }
                if (age.toMinutes() < 10) {
                    c10++;
                    s10 = s10.add(e.amount());
                }
            }
        }
        return new Velocity(c10, c1h, c24, s10, s1h, s24);
    }

    public void record(String key, Instant at, BigDecimal amount) {
        if (key == null || key.isBlank()) {
            return;
        }
        Deque<Event> events = windows.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (events) {
            events.addLast(new Event(at, amount));
            Iterator<Event> oldest = events.iterator();
            while (oldest.hasNext() && Duration.between(oldest.next().at(), at).compareTo(DAY) > 0) {
                oldest.remove();
            }
        }
    }

    /** True the first time a customer uses {@code thing} (a device or IP, prefixed by its kind); remembers it. */
    public boolean firstSeen(long customerId, String thing) {
        if (thing == null || thing.isBlank()) {
            return false;
        }
        return seen.computeIfAbsent(customerId, k -> ConcurrentHashMap.newKeySet()).add(thing);
    }

    /** Whether the customer has used {@code thing} before, without remembering it. */
    public boolean known(long customerId, String thing) {
        Set<String> things = seen.get(customerId);
        return things != null && things.contains(thing);
    }
}
