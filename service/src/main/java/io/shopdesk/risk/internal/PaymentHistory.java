package io.shopdesk.risk.internal;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives a starting service the payment history its rules expect: the velocity of the last 24 hours and the devices
 * and IPs each customer paid from within {@code shopdesk.risk.seen-history}, read from the audit trail. Without it a
 * restart (a deploy) would open a window in which a card under attack starts again from zero and every returning
 * customer's device counts as new. With several instances on one database it also brings each one the payments the
 * others decided before it started (not those after: velocity is per instance while running).
 *
 * <p>Only payments decided before {@code until}, the instant the read began, are replayed: a payment decided by this
 * instance while the read runs is in velocity already and must not count twice. Thread-safe as the tracker is.
 */
public final class PaymentHistory {
    private static final Logger log = LoggerFactory.getLogger(PaymentHistory.class);

    /** What the read found: payments replayed, of them those counted in velocity, rows that could not be read. */
    public record Restored(int payments, int inVelocity, int unreadable, long millis) {
    }

    private PaymentHistory() {
    }

    /** Replays into {@code facts} the payments decided from {@code until} minus the longer of the two windows. */
    public static Restored restore(RiskDecisionRepository decisions, PaymentFacts facts, Instant until,
                                   Duration seenHistory) {
        long start = System.nanoTime();
        Duration velocity = VelocityTracker.LONGEST_WINDOW;
        Instant velocitySince = until.minus(velocity);
        Instant since = until.minus(seenHistory.compareTo(velocity) > 0 ? seenHistory : velocity);
        int[] counts = new int[3];
        decisions.eachPaymentBetween(since, until, (at, request) -> {
            boolean inVelocity = !at.isBefore(velocitySince);
            facts.replay(request, at, inVelocity);
            counts[0]++;
            counts[1] += inVelocity ? 1 : 0;
        }, unreadableId -> {
            if (counts[2]++ == 0) {
                log.warn("Stored payment decision {} has an input that is no longer a payment request; skipped "
                        + "(further ones are counted, not logged)", unreadableId);
            }
        });
        return new Restored(counts[0], counts[1], counts[2], (System.nanoTime() - start) / 1_000_000);
    }
}
