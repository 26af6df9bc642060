package io.shopdesk.risk;

import java.math.BigDecimal;

/**
 * Everything the payment rules see besides the request itself: the payment's amount in CNY, velocity over sliding
 * windows, first-seen device and IP, address mismatch, the customer's history, allow and block lists, signals from
 * the chat. A read-only fact, built before the rules fire.
 *
 * @param amountCny the request's amount converted to CNY ({@link CnyRates}): what rules on amounts compare, so that
 *                  a JPY or USD payment is judged at its worth; the request keeps the original for display and audit
 */
public record PaymentContext(
        BigDecimal amountCny,
        Velocity customer, Velocity card, Velocity device, Velocity ip,
        boolean firstSeenDevice, boolean firstSeenIp, boolean addressMismatch,
        long accountAgeDays, int orderCount, int failedPaymentsLast24h, String customerTier,
        boolean customerAllowed, boolean deviceBlocked, boolean ipBlocked, boolean cardBlocked,
        ConversationSignals conversation) {

    /** Counts and sums (in CNY) over 10 minutes, 1 hour and 24 hours, this request excluded. */
    public record Velocity(int count10m, int count1h, int count24h, BigDecimal sum10m, BigDecimal sum1h, BigDecimal sum24h) {
        public static final Velocity NONE = new Velocity(0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
