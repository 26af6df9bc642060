package io.shopdesk.escalation;

/** The order the conversation is about (a fact; absent when none was named or it does not exist). Immutable. */
public record OrderInQuestion(String orderId, String status, double total, String currency) {

    public String getOrderId() {
        return orderId;
    }

    public String getStatus() {
        return status;
    }

    public double getTotal() {
        return total;
    }
}
