package io.shopdesk.risk.backtest;

import io.shopdesk.risk.ConversationSignals;
import io.shopdesk.risk.PaymentRequest;

/**
 * One past payment as a backtest replays it: the request (its {@code timestamp} is when it was decided), what the
 * shop knew about the customer then (account age, orders, tier, failed payments in the 24 hours before), the chat
 * signals, and (when known) whether it turned out to be fraud.
 *
 * @param chat what the conversation said, as the rules see it; a history read from CSV has only the two chat columns
 *             ({@code chatAddressChange}, {@code chatPaymentFailed}) and gets them from those
 */
public record HistoricalPayment(PaymentRequest request, long accountAgeDays, int orderCount, String customerTier,
                                int failedPaymentsLast24h, boolean chatAddressChange, int chatPaymentFailed,
                                Boolean fraud, ConversationSignals chat) {

    /** A payment whose chat signals are the two a CSV history records. */
    public HistoricalPayment(PaymentRequest request, long accountAgeDays, int orderCount, String customerTier,
                             int failedPaymentsLast24h, boolean chatAddressChange, int chatPaymentFailed, Boolean fraud) {
        this(request, accountAgeDays, orderCount, customerTier, failedPaymentsLast24h, chatAddressChange,
                chatPaymentFailed, fraud, chatAddressChange || chatPaymentFailed > 0
                        ? new ConversationSignals(true, chatPaymentFailed, chatAddressChange, false, false, 1)
                        : ConversationSignals.NONE);
    }
}
