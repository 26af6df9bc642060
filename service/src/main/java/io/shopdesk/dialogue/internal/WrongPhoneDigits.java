package io.shopdesk.dialogue.internal;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Wrong phone digits given for each order from all conversations, over a sliding window: the count the dialogue
 * rules compare with {@code shopdesk.dialogue.wrong-phone-digits-per-order}, so that an attacker who opens new
 * conversations gets no new guesses at an order's 4 digits. In memory, in a Guava cache (as the product follow-ups
 * are): right for a single instance. A restart forgets the counts, and with several instances each one counts only
 * its own conversations, so the limit then holds per instance (a shared store would be needed). An order's entry
 * goes a window after its last wrong try; at most {@value #MAX_ORDERS} orders are kept, the least recently used
 * dropped first. Thread-safe: an order's tries are replaced atomically, so of two wrong tries at once the second
 * counts the first.
 */
public final class WrongPhoneDigits {
    static final int MAX_ORDERS = 100_000;
    /** Tries kept per order: far beyond any sensible limit, so an order under attack costs bounded memory. */
    static final int MAX_TRIES_KEPT = 1_000;

    private final Duration window;
    private final Clock clock;
    private final Cache<String, List<Instant>> tries;

    public WrongPhoneDigits(Duration window, Clock clock) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the window must be positive, was " + window);
        }
        this.window = window;
        this.clock = clock;
        this.tries = CacheBuilder.newBuilder().maximumSize(MAX_ORDERS).expireAfterWrite(window).build();
    }

    /** Records a wrong try for {@code orderId} now, and returns the wrong tries within the window, this one included. */
    public int record(String orderId) {
        Instant now = clock.instant();
        List<Instant> kept = tries.asMap().compute(orderId, (id, before) -> {
            List<Instant> recent = new ArrayList<>(within(before, now));
            recent.add(now);
            return List.copyOf(recent.subList(Math.max(0, recent.size() - MAX_TRIES_KEPT), recent.size()));
        });
        return kept.size();
    }

    /** The wrong tries for {@code orderId} within the window that ends now. */
    public int recent(String orderId) {
        return within(tries.getIfPresent(orderId), clock.instant()).size();
    }

    /** The tries after {@code now} minus the window (a try exactly a window old has expired). */
    private List<Instant> within(List<Instant> all, Instant now) {
        if (all == null) {
            return List.of();
        }
        Instant start = now.minus(window);
        return all.stream().filter(t -> t.isAfter(start)).toList();
    }
}
