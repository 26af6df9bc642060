package io.shopdesk.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ShopDeskTest;
import io.shopdesk.chat.ChatService;
import io.shopdesk.chat.ShopperIdentities;
import io.shopdesk.chat.ShopperIdentity;
import io.shopdesk.chat.TurnResult;
import io.shopdesk.dialogue.Reply;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The chat uses risk decisions: a financing pre-check before instalments, and the outcome of a failed payment; and
 * the risk rules hear from the chat: an address it changed counts as an address change before paying.
 */
@ShopDeskTest
class RiskInChatIT {
    @Autowired
    ChatService chat;

    @Autowired
    RiskService risk;

    @Autowired
    JdbcClient jdbc;

    @Test
    void instalmentQuestionFromAnIdentifiedCustomerRunsThePreCheck() {
        String id = chat.handle(null, "查一下订单SD10000001，尾号5678", "zh", "risk-chat-1").conversationId();
        Reply reply = chat.handle(id, "我想用花呗分期付款", "zh", "risk-chat-1").replies().getFirst();
        assertThat(reply.data()).containsEntry("code", "instalments_available").containsEntry("rule", "InstalmentsAvailable");
        assertThat(reply.text()).startsWith("您的账户可以使用分期付款");
    }

    @Test
    void thePreCheckScoresTheAmountAndTermTheShopperNamed() {
        String id = chat.handle(null, "我想分6期买这个3000元的手机", "zh", "risk-chat-6", ShopperIdentities.signed(2))
                .conversationId();
        RiskDecision precheck = risk.decisionsFor(id, null, 1).getFirst();
        assertThat(precheck.kind()).isEqualTo("financing");
        var input = risk.find(precheck.decisionId()).orElseThrow().input();
        assertThat(input).containsEntry("termMonths", 6).containsEntry("purpose", "chat_precheck");
        assertThat(new BigDecimal(String.valueOf(input.get("amount")))).isEqualByComparingTo("3000");
    }

    @Test
    void aDeclinedPaymentIsExplainedWithoutItsReasons() {
        TurnResult first = chat.handle(null, "I want to buy the earbuds", "en", "risk-chat-2");
        String id = first.conversationId();
        RiskDecision decision = risk.assessPayment(new PaymentRequest("p-chat-1", 3L, new BigDecimal("899"), "CNY", "card",
                "fp-chat", "dev-fraud-0001", "192.0.2.9", null, null, null, id, null));
        assertThat(decision.decision()).isEqualTo(RiskDecision.DECLINE);
        Reply reply = chat.handle(id, "my payment failed, why?", "en", "risk-chat-2").replies().getFirst();
        assertThat(reply.data()).containsEntry("code", "payment_declined");
        assertThat(reply.text()).startsWith("Sorry, this payment could not be approved.").doesNotContain("BLOCKED").doesNotContain("device");

        // Asked why, the bot tells the kind of reason (its security checks) and what to do, keeping the checks private.
        Reply why = chat.handle(id, "why did it fail?", "en", "risk-chat-2").replies().getFirst();
        assertThat(why.data()).containsEntry("code", "why").containsEntry("about", "payment_declined")
                .containsEntry("rule", "ExplainLastAnswer");
        assertThat(why.text()).isEqualTo("This payment was stopped by our automatic security checks, which look at every "
                + "payment to protect your account from fraud. For your security we can't share what they found, and it "
                + "says nothing about you. You can pay with Alipay or WeChat Pay instead, or type \"agent\" and a "
                + "colleague from our payments team will look at it with you.");

        // Asked again, it can say no more: a person of the payments team takes over.
        TurnResult again = chat.handle(id, "but why?", "en", "risk-chat-2");
        assertThat(again.replies()).extracting(Reply::type).containsExactly("text", "handoff");
        assertThat(again.replies().getFirst().data()).containsEntry("code", "why_for_agent")
                .containsEntry("about", "payment_declined").containsEntry("rule", "WhyAgainGoesToAPerson");
        assertThat(again.replies().getLast().data()).containsEntry("reason", "needs_explanation")
                .containsEntry("rule", "EscalateWhenTheBotCannotExplain").containsEntry("team", "payments")
                .containsEntry("priority", 3);
        assertThat(again.handoff().status()).isEqualTo("queued");
    }

    @Test
    void aChineseShopperAskingWhyADeclinedPaymentFailedIsToldTheKindOfReason() {
        String id = chat.handle(null, "我想买耳机", "zh", "risk-chat-8").conversationId();
        RiskDecision decision = risk.assessPayment(new PaymentRequest("p-chat-8", 3L, new BigDecimal("899"), "CNY", "card",
                "fp-chat-8", "dev-fraud-0001", "192.0.2.8", null, null, null, id, null));
        assertThat(decision.decision()).isEqualTo(RiskDecision.DECLINE);
        assertThat(chat.handle(id, "我的付款失败了", "zh", "risk-chat-8").replies().getFirst().data())
                .containsEntry("code", "payment_declined");
        Reply why = chat.handle(id, "为什么？", "zh", "risk-chat-8").replies().getFirst();
        assertThat(why.data()).containsEntry("code", "why").containsEntry("about", "payment_declined");
        assertThat(why.text()).startsWith("这笔付款没有通过我们的自动安全检查。").doesNotContain("BLOCKED").doesNotContain("设备");
    }

    @Test
    void aSignedInShoppersCheckoutPaymentIsFoundWithoutAConversationId() {
        RiskDecision checkout = risk.assessPayment(new PaymentRequest("p-checkout-1", 6L, new BigDecimal("899"), "CNY",
                "card", "fp-checkout", "dev-fraud-0001", "192.0.2.10", null, null, null, null, null));
        assertThat(checkout.decision()).isEqualTo(RiskDecision.DECLINE);
        Reply signedIn = chat.handle(null, "my payment failed, why?", "en", "risk-chat-4", ShopperIdentities.signed(6))
                .replies().getFirst();
        assertThat(signedIn.data()).containsEntry("code", "payment_declined")
                .containsEntry("rule", "PaymentDeclinedExplained");
        Reply anonymous = chat.handle(null, "my payment failed, why?", "en", "risk-chat-5").replies().getFirst();
        assertThat(anonymous.data()).as("nobody known: the FAQ answers")
                .doesNotContainEntry("code", "payment_declined");
        assertThat(anonymous.type()).isEqualTo("kb_answer");
    }

    @Test
    void phoneDigitsOfAnOrderDoNotRevealTheCustomersCheckoutPayments() {
        RiskDecision checkout = risk.assessPayment(new PaymentRequest("p-checkout-2", 2L, new BigDecimal("899"), "CNY",
                "card", "fp-checkout-2", "dev-fraud-0001", "192.0.2.11", null, null, null, null, null));
        assertThat(checkout.decision()).isEqualTo(RiskDecision.DECLINE);
        String id = chat.handle(null, "Where is my order SD10000002? The last 4 digits are 4321", "en", "risk-chat-7")
                .conversationId();
        Reply reply = chat.handle(id, "my payment failed, why?", "en", "risk-chat-7").replies().getFirst();
        assertThat(reply.data()).doesNotContainEntry("code", "payment_declined");
        assertThat(reply.type()).isEqualTo("kb_answer");
    }

    @Test
    void aFailedPaymentUnderReviewGoesToThePaymentsTeam() {
        String id = chat.handle(null, "I want to buy a camera", "en", "risk-chat-3").conversationId();
        RiskDecision decision = risk.assessPayment(new PaymentRequest("p-chat-review", 4L, new BigDecimal("12000"), "CNY",
                "card", "fp-review", "dev-review-new", "192.0.2.77", null, null, null, id, null));
        assertThat(decision.decision()).isEqualTo(RiskDecision.REVIEW);
        TurnResult turn = chat.handle(id, "my payment failed, why?", "en", "risk-chat-3");
        assertThat(turn.replies()).extracting(Reply::type).last().isEqualTo("handoff");
        assertThat(turn.replies().getLast().data()).containsEntry("reason", "risk_review")
                .containsEntry("rule", "EscalateOnPaymentReview").containsEntry("team", "payments").containsEntry("priority", 1);
        assertThat(turn.handoff().status()).isEqualTo("queued");
    }

    /**
     * A signed-in shopper told the FAQ's reasons for a failed Huabei payment pays again at checkout, the shop's checks
     * decline that payment, and they say 换了银行卡还是不行: the chat looks up that latest decision (the intent model reads
     * the words as out of scope, so only the conversation says they are about the payment) and tells them what they can
     * do, never the checks' reasons; still failing after that, a colleague of the payments team takes over. Before,
     * the message fell back ("I didn't get that").
     */
    @Test
    void aSignedInShopperWhosePaymentStillFailsIsToldTheirLatestDecision() {
        ShopperIdentity shopper = ShopperIdentities.signed(25);
        TurnResult faq = chat.handle(null, "我的花呗付款失败了", "zh", "risk-chat-still-1", shopper);
        assertThat(faq.replies().getFirst().data()).containsEntry("faqId", "payment-failed-huabei");
        String id = faq.conversationId();
        RiskDecision checkout = risk.assessPayment(new PaymentRequest("p-still-declined", 25L, new BigDecimal("899"),
                "CNY", "card", "fp-still", "dev-fraud-0001", "192.0.2.41", null, null, null, null, null));
        assertThat(checkout.decision()).isEqualTo(RiskDecision.DECLINE);

        Reply declined = chat.handle(id, "换了银行卡还是不行", "zh", "risk-chat-still-1", shopper).replies().getFirst();
        assertThat(declined.data()).containsEntry("code", "payment_declined")
                .containsEntry("rule", "FailedPaymentStillDeclinedByChecks");
        assertThat(declined.text()).isEqualTo("很抱歉，这笔付款未能通过审核。建议您换用支付宝或微信支付，或联系发卡银行确认后再试。")
                .doesNotContain("BLOCKED").doesNotContain("设备");

        TurnResult again = chat.handle(id, "试了微信支付也不行", "zh", "risk-chat-still-1", shopper);
        assertThat(again.replies()).extracting(Reply::type).containsExactly("text", "handoff");
        assertThat(again.replies().getFirst().data()).containsEntry("code", "help_for_agent")
                .containsEntry("about", "payment_declined").containsEntry("rule", "FailedPaymentStillFailsGoesToAPerson");
        assertThat(again.replies().getLast().data()).containsEntry("reason", "stuck_after_advice")
                .containsEntry("team", "payments");
    }

    /** The same with a payment held for review: the shopper is told so, and the payments team takes the chat at once. */
    @Test
    void aSignedInShopperWhosePaymentIsHeldForReviewGoesToThePaymentsTeam() {
        ShopperIdentity shopper = ShopperIdentities.signed(26);
        TurnResult faq = chat.handle(null, "my payment failed twice, why?", "en", "risk-chat-still-2", shopper);
        assertThat(faq.replies().getFirst().data()).containsEntry("faqId", "payment-failed");
        String id = faq.conversationId();
        RiskDecision checkout = risk.assessPayment(new PaymentRequest("p-still-review", 26L, new BigDecimal("12000"),
                "CNY", "card", "fp-still-review", "dev-review-new", "192.0.2.77", null, null, null, null, null));
        assertThat(checkout.decision()).isEqualTo(RiskDecision.REVIEW);

        TurnResult turn = chat.handle(id, "I tried another card and it still fails", "en", "risk-chat-still-2", shopper);
        assertThat(turn.replies().getFirst().data()).containsEntry("code", "payment_in_review")
                .containsEntry("rule", "FailedPaymentStillDeclinedByChecks");
        assertThat(turn.replies().getLast().data()).containsEntry("reason", "risk_review")
                .containsEntry("team", "payments").containsEntry("priority", 1);
    }

    /**
     * The shopper changes the address of their unpaid order in the chat: the database holds the new address and the
     * record of the change, and the checkout's payment for that order (sent without the conversation's id) gets
     * CHAT_ADDRESS_CHANGE, which a payment of the same customer for no order does not.
     */
    @Test
    void anAddressChangedInTheChatCountsForThePaymentOfThatOrder() {
        String id = chat.handle(null, "订单SD10000024的收货地址改成上海市浦东新区世纪大道100号", "zh", "risk-chat-address")
                .conversationId();
        assertThat(chat.handle(id, "8812", "zh", "risk-chat-address").replies().getFirst().data())
                .containsEntry("rule", "ConfirmNewAddress");
        Reply done = chat.handle(id, "是的", "zh", "risk-chat-address").replies().getFirst();
        assertThat(done.data()).containsEntry("code", "address_changed").containsEntry("orderId", "SD10000024");

        assertThat(jdbc.sql("SELECT shipping_address FROM orders WHERE id = 'SD10000024'").query(String.class).single())
                .isEqualTo("上海市浦东新区世纪大道100号");
        assertThat(jdbc.sql("""
                        SELECT old_address, new_address, conversation_id FROM order_address_changes
                        WHERE order_id = 'SD10000024'""")
                .query((rs, n) -> rs.getString(1) + " -> " + rs.getString(2) + " in " + rs.getString(3)).list())
                .containsExactly("郑州市金水区花园路39号国贸中心B座908室 -> 上海市浦东新区世纪大道100号 in " + id);

        RiskDecision paying = risk.assessPayment(new PaymentRequest("p-address-order", 24L, new BigDecimal("767"), "CNY",
                "alipay", null, "dev-address", "192.0.2.31", null, null, "SD10000024", null, null));
        assertThat(paying.reasons()).extracting(RiskReason::code).contains("CHAT_ADDRESS_CHANGE");
        RiskDecision other = risk.assessPayment(new PaymentRequest("p-address-none", 24L, new BigDecimal("767"), "CNY",
                "alipay", null, "dev-address", "192.0.2.31", null, null, null, null, null));
        assertThat(other.reasons()).extracting(RiskReason::code).doesNotContain("CHAT_ADDRESS_CHANGE");
    }
}
