package io.shopdesk.risk;

import java.math.BigDecimal;

/**
 * Everything the payment rules see besides the request itself: the payment's amount in CNY, velocity over sliding
 * windows, first-seen device and IP, address mismatch, the customer's history, allow and block lists, signals from
 * the chat, how many different cards the customer and the conversation tried, and the amount against the order's total.
 * A read-only fact, built before the rules fire.
 *
 * @param amountCny the request's amount converted to CNY ({@link CnyRates}): what rules on amounts compare, so that
 *                  a JPY or USD payment is judged at its worth; the request keeps the original for display and audit
 * @param cardsByCustomer     the different cards the customer tried (this payment's included), {@link DistinctCards}
 * @param cardsInConversation the different cards tried in the payment's conversation ({@code conversationId}), whoever
 *                            the customer; none without a conversation id
 * @param order               the amount against the total of the order the payment names, {@link OrderTotal}
 */
public record PaymentContext(
        BigDecimal amountCny,
        Velocity customer, Velocity card, Velocity device, Velocity ip,
        boolean firstSeenDevice, boolean firstSeenIp, boolean addressMismatch,
        long accountAgeDays, int orderCount, int failedPaymentsLast24h, String customerTier,
        boolean customerAllowed, boolean deviceBlocked, boolean ipBlocked, boolean cardBlocked,
        ConversationSignals conversation,
        DistinctCards cardsByCustomer, DistinctCards cardsInConversation, OrderTotal order) {

    /** Facts without card counts and order (a replay of something that does not know them: none tried, no order). */
    public PaymentContext(BigDecimal amountCny, Velocity customer, Velocity card, Velocity device, Velocity ip,
                          boolean firstSeenDevice, boolean firstSeenIp, boolean addressMismatch,
                          long accountAgeDays, int orderCount, int failedPaymentsLast24h, String customerTier,
                          boolean customerAllowed, boolean deviceBlocked, boolean ipBlocked, boolean cardBlocked,
                          ConversationSignals conversation) {
        this(amountCny, customer, card, device, ip, firstSeenDevice, firstSeenIp, addressMismatch, accountAgeDays,
                orderCount, failedPaymentsLast24h, customerTier, customerAllowed, deviceBlocked, ipBlocked, cardBlocked,
                conversation, DistinctCards.NONE, DistinctCards.NONE, OrderTotal.NONE);
    }

    /** Counts and sums (in CNY) over 10 minutes, 1 hour and 24 hours, this request excluded. */
    public record Velocity(int count10m, int count1h, int count24h, BigDecimal sum10m, BigDecimal sum1h, BigDecimal sum24h) {
        public static final Velocity NONE = new Velocity(0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
