package io.shopdesk.dialogue.internal;

import static io.shopdesk.dialogue.internal.PaymentReplyTest.payment;
import static io.shopdesk.dialogue.internal.PaymentReplyTest.reply;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.dialogue.Reply;
import io.shopdesk.nlp.Language;
import org.junit.jupiter.api.Test;

/**
 * What a shopper asking why their order was cancelled, or why its payment failed, reads with the shipped reply texts,
 * in the cases no demo order has: a cancelled order whose payment went through and was not refunded (the bot cannot
 * see why), one with no payment at all or one that waited for a bank transfer (how long an unpaid order is held
 * follows the method), and a "why?" about a stopped payment that never names the shop's checks, in either language.
 */
class OrderWhyReplyTest {

    @Test
    void aCancelledOrderWhosePaymentWentThroughIsNotExplainedAway() {
        Reply en = reply("why", "order_cancelled.unknown", "cancelled", payment("699.00", "CNY", "alipay", "succeeded", null));
        assertThat(en.text()).isEqualTo("Order SD10000099 has been cancelled, but I can't see why from here: its payment of "
                + "¥699.00 by Alipay on 2026-11-20 23:51 went through, and our records don't show a refund for it yet. If "
                + "you'd like a colleague to look into it, type \"agent\".");
        assertThat(en.data()).containsEntry("code", "why").containsEntry("about", "order_cancelled.unknown")
                .containsEntry("orderId", "SD10000099");
        assertThat(reply("why", "order_cancelled.unknown", "cancelled", Language.ZH,
                payment("699.00", "CNY", "alipay", "succeeded", null)).text())
                .isEqualTo("订单 SD10000099 已经取消，但取消的原因我在这里看不到：2026-11-20 23:51 用支付宝支付的 ¥699.00 已经成功，"
                        + "记录里暂时还没有退款。如果需要同事帮您查一下，请输入“转人工”。");
    }

    @Test
    void withoutAnyPaymentBothHoldingTimesAreNamedAndNothingWasCharged() {
        assertThat(reply("why", "order_cancelled.no_payment", "cancelled").text()).isEqualTo("Order SD10000099 was "
                + "cancelled because it wasn't paid: there's no payment for it in our records, so nothing was charged. An "
                + "unpaid order is held for 30 minutes (48 hours for an order paid by bank transfer) after it's placed and "
                + "then cancelled automatically, and its items go back into stock. If you still want it, just place the "
                + "order again.");
        assertThat(reply("why", "order_cancelled.no_payment", "cancelled", Language.ZH).text())
                .contains("未付款订单下单后保留30分钟（银行转账订单48小时），超时自动取消");
    }

    @Test
    void aBankTransferNeverConfirmedWasHeld48Hours() {
        Reply zh = reply("why", "order_cancelled.payment_pending", "cancelled", Language.ZH,
                payment("699.00", "CNY", "bank_transfer", "pending", null));
        assertThat(zh.text()).isEqualTo("订单 SD10000099 是因为付款一直没有确认被取消的：2026-11-20 23:51 用银行转账发起的 ¥699.00 "
                + "付款没有等到银行转账的确认，所以没有成功，冻结的金额会自动解除。未付款订单下单后保留48小时，超时自动取消，商品会重新释放库存。"
                + "如果还想要，重新下单即可。");
        assertThat(reply("why", "order_cancelled.payment_pending", "cancelled",
                payment("699.00", "CNY", "bank_transfer", "pending", null)).text())
                .contains("An unpaid order is held for 48 hours after it's placed");
    }

    @Test
    void aStoppedPaymentsWhyNeverNamesTheChecks() {
        for (Language language : Language.values()) {
            for (String detail : new String[] {"payment_blocked.order", "order_cancelled.payment_blocked"}) {
                String text = reply("why", detail, "cancelled", language,
                        payment("5999.00", "CNY", "huabei", "failed", "risk_blocked")).text();
                assertThat(text).as(detail).doesNotContainIgnoringCase("risk").doesNotContain("风控")
                        .doesNotContain("{").contains("¥5999.00");
            }
        }
    }

    @Test
    void aWhyAboutAnotherAnswerNamesNoPaymentsItDoesNotNeed() {
        Reply en = reply("why", "payment_declined", "pending_payment", payment("699.00", "CNY", "card", "failed", "card_declined"));
        assertThat(en.text()).startsWith("This payment was stopped by our automatic security checks");
        assertThat(en.data()).doesNotContainKey("payments").doesNotContainKey("orderId");
    }
}
