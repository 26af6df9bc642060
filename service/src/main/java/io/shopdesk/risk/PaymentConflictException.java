package io.shopdesk.risk;

import java.util.List;

/**
 * A payment id that was decided before for another payment: another customer, amount, currency, method or card. The
 * API answers 409 {@code payment_conflict} ({@link RiskConflictException}). Immutable.
 */
public class PaymentConflictException extends RiskConflictException {

    public PaymentConflictException(String paymentId, List<String> differences) {
        super("payment", paymentId, differences, "payment " + paymentId + " was decided before with other details ("
                + String.join(", ", differences) + "); a new payment needs a new paymentId");
    }

    public String paymentId() {
        return id();
    }
}
