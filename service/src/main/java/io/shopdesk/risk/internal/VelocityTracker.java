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
    private static final long DAY = Duration.ofHours(24).toMillis();
    private static final long HOUR = Duration.ofHours(1).toMillis();
    private static final long TEN_MINUTES = Duration.ofMinutes(10).toMillis();

    /** One payment: when (epoch milliseconds, so a window check is a subtraction) and how much. */
    private record Event(long at, BigDecimal amount) {
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
        long nowMillis = now.toEpochMilli();
        int c10 = 0;
        int c1h = 0;
        int c24 = 0;
        BigDecimal s10 = BigDecimal.ZERO;
        BigDecimal s1h = BigDecimal.ZERO;
        BigDecimal s24 = BigDecimal.ZERO;
        synchronized (events) {
            for (Event e : events) {
                long age = nowMillis - e.at();
                // Windows: under 10 minutes, under an hour, at most 24 hours; nothing from the future.
                if (age < 0 || age > DAY) {
                    continue;
                }
                c24++;
                s24 = s24.add(e.amount());
                if (age < HOUR) {
                    c1h++;
                    s1h = s1h.add(e.amount());
                    if (age < TEN_MINUTES) {
                        c10++;
                        s10 = s10.add(e.amount());
                    }
                }
            }
        }
        return c24 == 0 ? Velocity.NONE : new Velocity(c10, c1h, c24, s10, s1h, s24);
    }

    public void record(String key, Instant at, BigDecimal amount) {
        if (key == null || key.isBlank()) {
            return;
        }
        long atMillis = at.toEpochMilli();
        Deque<Event> events = windows.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (events) {
            events.addLast(new Event(atMillis, amount));
            Iterator<Event> oldest = events.iterator();
            while (oldest.hasNext() && atMillis - oldest.next().at() > DAY) {
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
