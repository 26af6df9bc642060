package io.shopdesk.risk.backtest;

import io.shopdesk.risk.PaymentRequest;

/**
 * One past payment as a backtest replays it: the request, what the shop knew about the customer then (account age,
 * orders, tier, failed payments in the 24 hours before), the chat signals, and (when known) whether it turned out to
 * be fraud.
 */
public record HistoricalPayment(PaymentRequest request, long accountAgeDays, int orderCount, String customerTier,
                                int failedPaymentsLast24h, boolean chatAddressChange, int chatPaymentFailed,
                                Boolean fraud) {
}
