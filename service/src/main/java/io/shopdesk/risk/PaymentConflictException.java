package io.shopdesk.risk;

/**
 * A payment id that was decided before for another payment: another customer, amount, currency, method or card. The
 * earlier decision is not handed out for it (a reused id would otherwise be approved unscored) and it is not scored
 * under that id either; the API answers 409 {@code payment_conflict}. Immutable.
 */
public class PaymentConflictException extends RuntimeException {
    private final String paymentId;

    public PaymentConflictException(String paymentId, String differences) {
        super("payment " + paymentId + " was decided before with other details (" + differences
                + "); a new payment needs a new paymentId");
        this.paymentId = paymentId;
    }

    public String paymentId() {
        return paymentId;
    }
}
