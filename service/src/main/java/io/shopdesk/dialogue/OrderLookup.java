package io.shopdesk.dialogue;

import io.shopdesk.commerce.OrderDetails;

/**
 * The order named in the conversation, looked up before the rules fire: whether it exists, whether the shopper
 * proved it is theirs (the last four digits of the phone, or the shop's signed identity of its customer), and how
 * many wrong phone digits it got, so that the rules can stop checking them before they are guessed. A read-only fact.
 */
public final class OrderLookup {
    private final String orderId;
    private final OrderDetails order;
    private final String phoneLast4;
    private final Long signedCustomer;
    private final int wrongTries;
    private final int recentWrongTries;

    /**
     * {@code signedCustomer}: the customer the shop signed in, or null. {@code wrongTries}: wrong phone digits for
     * this order in this conversation; {@code recentWrongTries}: from all conversations within the configured window
     * (both including this message's).
     */
    public OrderLookup(String orderId, OrderDetails order, String phoneLast4, Long signedCustomer, int wrongTries,
                       int recentWrongTries) {
        this.orderId = orderId;
        this.order = order;
        this.phoneLast4 = phoneLast4;
        this.signedCustomer = signedCustomer;
        this.wrongTries = wrongTries;
        this.recentWrongTries = recentWrongTries;
    }

    /** The look-up before any wrong digits are counted. */
    public OrderLookup(String orderId, OrderDetails order, String phoneLast4, Long signedCustomer) {
        this(orderId, order, phoneLast4, signedCustomer, 0, 0);
    }

    public String getOrderId() {
        return orderId;
    }

    public OrderDetails getOrder() {
        return order;
    }

    public boolean isFound() {
        return order != null;
    }

    public boolean isPhoneGiven() {
        return phoneLast4 != null;
    }

    public boolean isVerified() {
        return order != null && (order.phoneEndsWith(phoneLast4) || isOwnedBySignedCustomer());
    }

    /**
     * Whether the shop signed in the order's own customer: a proof that cannot be guessed, so wrong phone digits
     * others gave do not keep them from their order.
     */
    public boolean isOwnedBySignedCustomer() {
        return order != null && signedCustomer != null && signedCustomer == order.customerId();
    }

    /** Whether phone digits were given for the order and do not prove it: a wrong try. */
    public boolean isWrongPhoneDigits() {
        return order != null && phoneLast4 != null && !isVerified();
    }

    /** Wrong phone digits for this order in this conversation, this message's included. */
    public int getWrongTries() {
        return wrongTries;
    }

    /** Wrong phone digits for this order from all conversations within the window, this message's included. */
    public int getRecentWrongTries() {
        return recentWrongTries;
    }
}
