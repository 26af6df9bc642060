package io.shopdesk.dialogue;

import io.shopdesk.commerce.OrderDetails;

/**
 * The order named in the conversation, looked up before the rules fire: whether it exists and whether the shopper
 * proved it is theirs (the last four digits of the phone, or the shop's signed identity of its customer). A read-only
 * fact.
 */
public final class OrderLookup {
    private final String orderId;
    private final OrderDetails order;
    private final String phoneLast4;
    private final Long signedCustomer;

    /** {@code signedCustomer}: the customer the shop signed in, or null. */
    public OrderLookup(String orderId, OrderDetails order, String phoneLast4, Long signedCustomer) {
        this.orderId = orderId;
        this.order = order;
        this.phoneLast4 = phoneLast4;
        this.signedCustomer = signedCustomer;
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
        return order != null && (order.phoneEndsWith(phoneLast4)
                || signedCustomer != null && signedCustomer == order.customerId());
    }
}
