package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.commerce.OrderDetails;
import io.shopdesk.dialogue.DamagedParcelPolicy;
import io.shopdesk.dialogue.InvoiceWindow;
import io.shopdesk.dialogue.Decision;
import io.shopdesk.dialogue.LateDeliveryPolicy;
import io.shopdesk.dialogue.NotReceivedPolicy;
import io.shopdesk.dialogue.OrderLookup;
import io.shopdesk.dialogue.Reply;
import io.shopdesk.dialogue.ReturnWindow;
import io.shopdesk.knowledge.KbSearchResult;
import io.shopdesk.nlp.Language;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a shopper asking about an order's payments reads, with the shipped reply texts, in the cases no demo order has:
 * a failure code the texts have no words for, a refund without a known day, an order without any payment, a payment in
 * US dollars; and that a payment the shop's checks stopped is never put down to them, in either language.
 */
class PaymentReplyTest {
    static final ReplyTemplates TEXTS = ReplyTemplates.load(Path.of("rules/dialogue/replies"));

    static OrderDetails.Payment payment(String amount, String currency, String method, String status, String code) {
        return new OrderDetails.Payment("P1", new BigDecimal(amount), currency, method, status, code, null,
                OffsetDateTime.parse("2026-11-20T15:51:00Z"));
    }

    static Reply reply(String action, String detail, String status, OrderDetails.Payment... payments) {
        return reply(action, detail, status, Language.EN, payments);
    }

    static Reply reply(String action, String detail, String status, Language language, OrderDetails.Payment... payments) {
        OrderDetails order = new OrderDetails("SD10000099", status, 2, "Emily Clark", "13900004321",
                new BigDecimal("699.00"), "CNY", List.of("Ionic Hair Dryer"), List.of("负离子护发吹风机"), null,
                List.of(payments), null);
        Decision decision = new Decision();
        decision.decide(action, detail, "Rule");
        OrderLookup lookup = new OrderLookup(order.id(), order, "4321", null, 0, 0, LocalDate.parse("2026-11-25"));
        List<Reply> replies = ReplyComposer.compose(decision, language, TEXTS, new KbSearchResult(List.of(), false),
                lookup, new ReplyPolicies(3, new ReturnWindow(7, 30), new LateDeliveryPolicy(3), new NotReceivedPolicy(7),
                        InvoiceWindow.FAQ, DamagedParcelPolicy.FAQ));
        assertThat(replies).hasSize(1);
        return replies.getFirst();
    }

    @Test
    void aFailureCodeWithoutWordsIsADeclineAndTimesAreTheShops() {
        Reply en = reply("order_request", "payment_failed.payment_failed", "pending_payment",
                payment("699.00", "CNY", "card", "failed", "expired_card"));
        assertThat(en.text()).isEqualTo("The payment for order SD10000099 (¥699.00 by card on 2026-11-20 23:51) didn't "
                + "go through: it was declined. No money was taken for it. An unpaid order is held for 30 minutes after "
                + "it's placed and then cancelled automatically: if order SD10000099 still shows as awaiting payment in My "
                + "Orders, pay it there with another card, Alipay or WeChat Pay; otherwise just place the order again.");
        assertThat(en.data()).containsEntry("request", "payment_failed").containsEntry("case", "payment_failed")
                .containsEntry("payments", List.of(paymentData("699.00", "CNY", "card", "failed", "expired_card")));
    }

    @Test
    void aPaymentTheShopsChecksStoppedNeverNamesThem() {
        for (Language language : Language.values()) {
            String text = reply("order_request", "payment_failed.payment_blocked", "cancelled", language,
                    payment("5999.00", "CNY", "huabei", "failed", "risk_blocked")).text();
            assertThat(text).doesNotContainIgnoringCase("risk").doesNotContain("风控").doesNotContain("risk_blocked")
                    .doesNotContain("{");
        }
        assertThat(reply("order_request", "payment_failed.payment_blocked", "cancelled", Language.ZH,
                payment("5999.00", "CNY", "huabei", "failed", "risk_blocked")).text())
                .startsWith("订单 SD10000099 的付款（2026-11-20 23:51 花呗 ¥5999.00）未能完成，没有扣钱。");
    }

    @Test
    void aRefundWithoutAKnownDayNamesNone() {
        Reply en = reply("order_request", "payment_check.payment_refunded_undated", "returned",
                payment("699.00", "CNY", "alipay", "refunded", null));
        assertThat(en.text()).startsWith("The payment for order SD10000099, ¥699.00 by Alipay, has been refunded: the "
                + "money went back to the same Alipay account you paid with.");
        assertThat(en.data()).doesNotContainKey("refundedOn");
    }

    @Test
    void anOrderWithoutPaymentsSaysNothingWasCharged() {
        assertThat(reply("order_request", "double_charge.no_payment", "pending_payment").text())
                .isEqualTo("I can't find any payment for order SD10000099, so nothing has been charged for it. If your "
                        + "bank shows an amount, type \"agent\" and a colleague from our payments team will check it.");
        assertThat(reply("order_request", "double_charge.no_payment", "pending_payment", Language.ZH).text())
                .isEqualTo("我没有查到订单 SD10000099 的付款记录，这个订单没有扣过钱。如果银行显示了扣款，输入“人工”，支付组的同事会帮您核对。");
    }

    @Test
    void anotherCurrencyIsNamedByItsCode() {
        assertThat(reply("order_request", "payment_check.payment_succeeded", "paid",
                payment("99.50", "USD", "card", "succeeded", null)).text())
                .isEqualTo("Yes, your payment for order SD10000099 went through: 99.50 USD by card on 2026-11-20 23:51.");
    }

    static Map<String, Object> paymentData(String amount, String currency, String method, String status, String code) {
        var row = new java.util.LinkedHashMap<String, Object>();
        row.put("amount", amount);
        row.put("currency", currency);
        row.put("method", method);
        row.put("status", status);
        row.put("failureCode", code);
        row.put("at", "2026-11-20 23:51");
        return row;
    }
}
