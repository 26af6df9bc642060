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
 * <p>The last day's payments are read whole, oldest first (velocity needs amounts, cards and times); for the longer
 * history the database returns each distinct customer, device and IP only. Only payments decided before
 * {@code until}, the instant the read began, are replayed: one decided by this instance while the read runs is in
 * velocity already and must not count twice. Thread-safe as the tracker is.
 */
public final class PaymentHistory {
    private static final Logger log = LoggerFactory.getLogger(PaymentHistory.class);

    /**
     * What the read found: payments replayed into velocity, distinct customer-device-IP combinations made known from
     * before the last day, rows that could not be read, and the time it took.
     */
    public record Restored(int inVelocity, int known, int unreadable, long millis) {
    }

    private PaymentHistory() {
    }

    /** Replays into {@code facts} the last day's payments and the devices and IPs of the {@code seenHistory} before. */
    public static Restored restore(RiskDecisionRepository decisions, PaymentFacts facts, Instant until,
                                   Duration seenHistory) {
        long start = System.nanoTime();
        Instant velocitySince = until.minus(VelocityTracker.LONGEST_WINDOW);
        int[] counts = new int[3];
        Unreadable unreadable = new Unreadable();
        decisions.eachPaymentBetween(velocitySince, until, (at, request) -> {
            facts.replay(request, at);
            counts[0]++;
        }, unreadable::skip);
        Instant seenSince = until.minus(seenHistory);
        if (seenSince.isBefore(velocitySince)) {
            decisions.eachDeviceAndIpBetween(seenSince, velocitySince, (customer, device, ip) -> {
                facts.known(customer, device, ip);
                counts[1]++;
            }, unreadable::skip);
        }
        return new Restored(counts[0], counts[1], unreadable.count, (System.nanoTime() - start) / 1_000_000);
    }

    /** Rows whose input no longer reads as a payment request: the first is logged, the others counted. */
    private static final class Unreadable {
        int count;

        void skip(String decisionId) {
            if (count++ == 0) {
                log.warn("Stored payment decision {} has an input that is no longer a payment request; skipped "
                        + "(further ones are counted, not logged)", decisionId);
            }
        }
    }
}
