package io.shopdesk.risk;

import java.math.BigDecimal;

/**
 * Everything the payment rules see besides the request itself: velocity over sliding windows, first-seen device
 * and IP, address mismatch, the customer's history, allow and block lists, signals from the chat, and the ML
 * score. A read-only fact, built before the rules fire.
 */
public record PaymentContext(
        Velocity customer, Velocity card, Velocity device, Velocity ip,
        boolean firstSeenDevice, boolean firstSeenIp, boolean addressMismatch,
        long accountAgeDays, int orderCount, int failedPaymentsLast24h, String customerTier,
        boolean customerAllowed, boolean deviceBlocked, boolean ipBlocked, boolean cardBlocked,
        ConversationSignals conversation) {

    /** Counts and sums over 10 minutes, 1 hour and 24 hours, this request excluded. */
    public record Velocity(int count10m, int count1h, int count24h, BigDecimal sum10m, BigDecimal sum1h, BigDecimal sum24h) {
        public static final Velocity NONE = new Velocity(0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
