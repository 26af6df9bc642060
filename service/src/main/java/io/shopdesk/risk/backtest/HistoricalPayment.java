package io.shopdesk.risk.backtest;

import io.shopdesk.risk.PaymentRequest;

/**
 * One past payment as a backtest replays it: the request, what the shop knew about the customer then, the chat
 * signals, and (when known) whether it turned out to be fraud.
 */
public record HistoricalPayment(PaymentRequest request, long accountAgeDays, int orderCount, String customerTier,
                                boolean chatAddressChange, int chatPaymentFailed, Boolean fraud) {
}
