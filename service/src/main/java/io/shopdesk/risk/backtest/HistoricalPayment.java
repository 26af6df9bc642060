package io.shopdesk.risk.backtest;

import io.shopdesk.risk.ConversationSignals;
import io.shopdesk.risk.PaymentRequest;
import io.shopdesk.risk.ShopOrder;

/**
 * One past payment as a backtest replays it: the request (its {@code timestamp} is when it was decided), what the
 * shop knew about the customer then (account age, orders, tier, failed payments in the 24 hours before), the chat
 * signals, and (when known) whether it turned out to be fraud.
 *
 * @param chat what the conversation said, as the rules see it; a history read from CSV has only the two chat columns
 *             ({@code chatAddressChange}, {@code chatPaymentFailed}) and {@code takeover_reported}, and gets them from
 *             those
 * @param order the order the payment names as the shop held it, which its amount is compared with; null when it
 *              names none ({@code request.orderId()} null) or the shop does not know it (an {@code orderId} without
 *              an order: {@code order.given && !order.known}). A CSV history gives it in {@code order_id},
 *              {@code order_total} and {@code order_currency}
 */
public record HistoricalPayment(PaymentRequest request, long accountAgeDays, int orderCount, String customerTier,
                                int failedPaymentsLast24h, boolean chatAddressChange, int chatPaymentFailed,
                                Boolean fraud, ConversationSignals chat, ShopOrder order) {

    /** A payment with these chat signals whose order is not known. */
    public HistoricalPayment(PaymentRequest request, long accountAgeDays, int orderCount, String customerTier,
                             int failedPaymentsLast24h, boolean chatAddressChange, int chatPaymentFailed,
                             Boolean fraud, ConversationSignals chat) {
        this(request, accountAgeDays, orderCount, customerTier, failedPaymentsLast24h, chatAddressChange,
                chatPaymentFailed, fraud, chat, null);
    }

    /** A payment whose chat signals are the two a CSV history records, with no takeover reported. */
    public HistoricalPayment(PaymentRequest request, long accountAgeDays, int orderCount, String customerTier,
                             int failedPaymentsLast24h, boolean chatAddressChange, int chatPaymentFailed, Boolean fraud) {
        this(request, accountAgeDays, orderCount, customerTier, failedPaymentsLast24h, chatAddressChange,
                chatPaymentFailed, false, fraud);
    }

    /**
     * A payment whose chat signals are the three a CSV history records: the two chat columns and
     * {@code takeover_reported}, the customer having said in a chat within the takeover window before the payment that
     * someone else got into their account (in any chat of theirs: it counts even when this payment came from no chat,
     * as the service counts it).
     */
    public HistoricalPayment(PaymentRequest request, long accountAgeDays, int orderCount, String customerTier,
                             int failedPaymentsLast24h, boolean chatAddressChange, int chatPaymentFailed,
                             boolean takeoverReported, Boolean fraud) {
        this(request, accountAgeDays, orderCount, customerTier, failedPaymentsLast24h, chatAddressChange,
                chatPaymentFailed, fraud, signals(chatAddressChange, chatPaymentFailed, takeoverReported));
    }

    /**
     * This payment naming {@code orderId} (null: none) whose total the shop held as {@code total} in the payment's
     * currency (null: an order the shop did not know), made in {@code conversationId} (null: none).
     */
    HistoricalPayment with(String orderId, java.math.BigDecimal total, String conversationId) {
        PaymentRequest r = request;
        PaymentRequest named = new PaymentRequest(r.paymentId(), r.customerId(), r.amount(), r.currency(), r.method(),
                r.cardFingerprint(), r.deviceId(), r.ip(), r.shippingAddress(), r.billingAddress(), orderId,
                conversationId, r.timestamp());
        return new HistoricalPayment(named, accountAgeDays, orderCount, customerTier, failedPaymentsLast24h,
                chatAddressChange, chatPaymentFailed, fraud, chat,
                orderId == null || total == null ? null : new ShopOrder(orderId, r.customerId(), total, r.currency()));
    }

    /** This payment with the order it names as the shop held it (null: none, or one the shop did not know). */
    public HistoricalPayment withOrder(ShopOrder order) {
        return new HistoricalPayment(request, accountAgeDays, orderCount, customerTier, failedPaymentsLast24h,
                chatAddressChange, chatPaymentFailed, fraud, chat, order);
    }

    private static ConversationSignals signals(boolean chatAddressChange, int chatPaymentFailed,
                                               boolean takeoverReported) {
        ConversationSignals chat = chatAddressChange || chatPaymentFailed > 0
                ? new ConversationSignals(true, chatPaymentFailed, chatAddressChange, false, false, 1)
                : ConversationSignals.NONE;
        return takeoverReported ? chat.withTakeoverReported() : chat;
    }
}
