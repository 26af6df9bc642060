package io.shopdesk.dialogue.internal;

import io.shopdesk.commerce.OrderDetails;
import io.shopdesk.commerce.OrderPayments;
import io.shopdesk.commerce.OrderRepository;
import io.shopdesk.dialogue.OrderLookup;
import io.shopdesk.nlp.Language;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the answers about an order's payments name, from its payment records only (so no amount, method or time is
 * ever made up): {@code {amount}}, {@code {method}}, {@code {paidAt}} of the payment that took money (the latest);
 * {@code {charges}} all that did; {@code {failedAmount}}, {@code {failedMethod}}, {@code {failedAt}},
 * {@code {failureReason}} of the latest failed attempt; {@code {pendingAmount}}, {@code {pendingMethod}},
 * {@code {pendingAt}}; {@code {refundAmount}}, {@code {refundMethod}}, {@code {refundedOn}}; {@code {retry}}, what to
 * do after a failed payment for the order's status ({@code payment_retry.<status>}); {@code {payWithin}}, how long
 * the unpaid order was held for its latest attempt's method ({@code pay_within.<method>}, else {@code pay_within}; both
 * windows, {@code pay_within.none}, when no attempt was made: the FAQ's 30 minutes, 48 hours by bank transfer). Times are the shop's
 * (Asia/Shanghai), to the minute. The reply's data gain {@code payments}: every attempt (amount, currency, method,
 * status, failureCode, at). Stateless and thread-safe.
 */
final class PaymentValues {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private PaymentValues() {
    }

    /** Adds the payment values of {@code lookup}'s order to {@code values} and its payments to {@code data}. */
    static void addTo(Map<String, String> values, Map<String, Object> data, OrderLookup lookup, Language language,
                      ReplyTemplates texts) {
        OrderPayments payments = lookup.getPayments();
        // After a failed payment: pay again while the order waits for it, or order again once it was cancelled.
        values.put("retry", texts.text(language, "payment_retry", String.valueOf(lookup.getStatus()),
                Map.of("orderId", lookup.getOrderId())));
        data.put("payments", payments.all().stream().map(PaymentValues::asData).toList());
        String within = payments.all().isEmpty() ? "pay_within.none"
                : "pay_within." + payments.all().getLast().method();
        values.put("payWithin", texts.text(language, texts.has(language, within) ? within : "pay_within"));
        payments.latestSucceeded().ifPresent(p -> {
            values.put("amount", amount(p, language));
            values.put("method", method(p, language, texts));
            values.put("paidAt", at(p, language, texts));
        });
        String joiner = texts.text(language, "payment.joiner");
        values.put("charges", String.join(joiner,
                payments.succeeded().stream().map(p -> charge(p, language, texts)).toList()));
        payments.latestFailure().ifPresent(p -> {
            values.put("failedAmount", amount(p, language));
            values.put("failedMethod", method(p, language, texts));
            values.put("failedAt", at(p, language, texts));
            String reason = "failure_reason." + p.failureCode();
            values.put("failureReason", texts.text(language, texts.has(language, reason) ? reason : "failure_reason.other"));
        });
        payments.pending().ifPresent(p -> {
            values.put("pendingAmount", amount(p, language));
            values.put("pendingMethod", method(p, language, texts));
            values.put("pendingAt", at(p, language, texts));
        });
        List<OrderDetails.Payment> refunded = payments.refunded();
        if (!refunded.isEmpty()) {
            OrderDetails.Payment p = refunded.getLast();
            values.put("refundAmount", amount(p, language));
            values.put("refundMethod", method(p, language, texts));
            if (lookup.getRefundedOn() != null) {
                values.put("refundedOn", lookup.getRefundedOn().toString());
                data.put("refundedOn", lookup.getRefundedOn().toString());
            }
        }
    }

    /** One payment as the texts name it: "¥728.00 by Alipay on 2026-11-14 09:04" / "2026-11-14 09:04 支付宝 ¥728.00". */
    private static String charge(OrderDetails.Payment p, Language language, ReplyTemplates texts) {
        return texts.text(language, "payment.charge",
                Map.of("amount", amount(p, language), "method", method(p, language, texts), "at", at(p, language, texts)));
    }

    /** ¥728.00 for yuan, else the amount and its currency code. */
    static String amount(OrderDetails.Payment p, Language language) {
        return amount(p.amount(), p.currency());
    }

    /**
     * How the replies write money: ¥728.00 for yuan (two decimals, rounded half up, no thousands separator), else the
     * amount and its currency code. The instalment quotes write theirs so too.
     */
    static String amount(java.math.BigDecimal amount, String currency) {
        String number = amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
        return "CNY".equals(currency) ? "¥" + number : number + " " + currency;
    }

    private static String method(OrderDetails.Payment p, Language language, ReplyTemplates texts) {
        return texts.label(language, "payment_method", p.method());
    }

    private static String at(OrderDetails.Payment p, Language language, ReplyTemplates texts) {
        return p.createdAt() == null ? texts.text(language, "unknown") : at(p);
    }

    private static String at(OrderDetails.Payment p) {
        return p.createdAt().atZoneSameInstant(OrderRepository.SHOP_ZONE).format(MINUTE);
    }

    private static Map<String, Object> asData(OrderDetails.Payment p) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("amount", p.amount().setScale(2, RoundingMode.HALF_UP).toPlainString());
        row.put("currency", p.currency());
        row.put("method", p.method());
        row.put("status", p.status());
        row.put("failureCode", p.failureCode());
        row.put("at", p.createdAt() == null ? null : at(p));
        return row;
    }
}
