package io.shopdesk.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.OwnDatabaseTest;
import io.shopdesk.ShopDeskTest;
import io.shopdesk.chat.ShopperIdentities;
import io.shopdesk.chat.ShopperIdentity;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A shopper tells the chat someone else got into their account, over real HTTP on the real service (real H2, the
 * shipped rules, FAQ and models): the chat gives the FAQ's steps and hands over urgently (ACCOUNT_TAKEOVER, priority
 * 1, ahead of a shopper who asked for a person earlier), and from then on the checkout's payments of that customer, identified in the chat by a verified order, by
 * sign-in, or by a sign-in after the report, go to REVIEW with ACCOUNT_TAKEOVER_REPORTED; another customer's do not.
 * A rollback preview replays a payment decided before the report as it was decided: the report came after it. Its
 * own database, so that the preview replays only these payments.
 */
@OwnDatabaseTest(database = "shopdesk-takeover", properties = {
        "shopdesk.chat.identity-secret=" + ShopDeskTest.IDENTITY_SECRET
})
class TakeoverReportedInChatIT extends RiskServiceOverHttp {
    static final String REASON = "ACCOUNT_TAKEOVER_REPORTED";

    JsonNode say(String conversationId, String text, String locale, ShopperIdentity identity) throws Exception {
        return risk.say(conversationId, text, locale, identity);
    }

    /** An ordinary wallet payment: APPROVE for a known customer under the shipped rules. */
    JsonNode pay(String paymentId, long customerId) throws Exception {
        return risk.pay("""
                {"paymentId":"%s","customerId":%d,"amount":299,"currency":"CNY","method":"alipay",
                 "deviceId":"dev-%s","ip":"192.0.2.77"}""".formatted(paymentId, customerId, paymentId));
    }

    static List<String> codes(JsonNode decision) {
        return decision.get("reasons").valueStream().map(r -> r.get("code").asString()).toList();
    }

    static void assertTakeoverHandedOver(JsonNode turn) {
        assertThat(turn.at("/replies/0/type").asString()).as(turn.toString()).isEqualTo("kb_answer");
        assertThat(turn.at("/replies/0/data/code").asString()).isEqualTo("account_takeover");
        assertThat(turn.at("/replies/0/data/faqId").asString()).isEqualTo("account-compromised");
        assertThat(turn.at("/replies/1/type").asString()).isEqualTo("handoff");
        assertThat(turn.at("/replies/1/data/reason").asString()).isEqualTo("account_takeover");
        assertThat(turn.at("/replies/1/data/priority").asInt()).isEqualTo(1);
    }

    @Test
    void aReportedTakeoverSendsThatCustomersPaymentsToReviewAndNoOneElses() throws Exception {
        String live = engine.status("risk").liveVersion();
        // A shopper who asked for a person first waits at the head of the queue (priority 2)…
        JsonNode waiting = say(null, "转人工", "zh", null);
        assertThat(waiting.at("/replies/0/data/priority").asInt()).as(waiting.toString()).isEqualTo(2);
        assertThat(waiting.at("/handoff/position").asInt()).isEqualTo(1);

        // Customer 1 (张伟) proves SD10000001 with its phone digits; a payment of theirs before the report is approved.
        String verified = say(null, "查一下订单SD10000001，尾号5678", "zh", null).get("conversationId").asString();
        JsonNode before = pay("p-ato-before", 1);
        assertThat(before.get("decision").asString()).as(before.toString()).isEqualTo("APPROVE");
        assertThat(codes(before)).doesNotContain(REASON);

        JsonNode reported = say(verified, "有人登录了我的账号还下了单", "zh", null);
        assertTakeoverHandedOver(reported);
        // … and the takeover goes ahead of them.
        assertThat(reported.at("/handoff/position").asInt()).as("ahead of the normal queue").isEqualTo(1);
        assertThat(reported.at("/replies/1/text").asString()).startsWith("我已将此标记为紧急，您会优先于普通排队");

        JsonNode after = pay("p-ato-after", 1);
        assertThat(after.get("decision").asString()).as(after.toString()).isEqualTo("REVIEW");
        JsonNode reason = after.get("reasons").valueStream().filter(r -> REASON.equals(r.get("code").asString()))
                .findFirst().orElseThrow();
        assertThat(reason.get("rule").asString()).isEqualTo("AccountTakeoverReported");
        assertThat(reason.toString()).contains("someone else got into their account");

        // Customer 3 said nothing: approved, without the reason.
        JsonNode other = pay("p-ato-other", 3);
        assertThat(other.get("decision").asString()).as(other.toString()).isEqualTo("APPROVE");
        assertThat(codes(other)).doesNotContain(REASON);

        // Customer 2, signed in by the shop, says it in English.
        JsonNode hacked = say(null, "my account got hacked", "en", ShopperIdentities.signed(2));
        assertTakeoverHandedOver(hacked);
        assertThat(hacked.at("/handoff/position").asInt()).as("behind the first takeover, ahead of 转人工").isEqualTo(2);
        assertThat(codes(pay("p-ato-signed", 2))).contains(REASON);

        // Customer 4 says it before signing in; the report becomes theirs once the chat knows who they are.
        JsonNode anonymous = say(null, "我的账号被盗了", "zh", null);
        assertTakeoverHandedOver(anonymous);
        assertThat(codes(pay("p-ato-unknown-yet", 4))).as("not yet known to be customer 4's").doesNotContain(REASON);
        say(anonymous.get("conversationId").asString(), "我已经登录了", "zh", ShopperIdentities.signed(4));
        assertThat(codes(pay("p-ato-identified", 4))).contains(REASON);

        // Replayed by the live rules, every payment is decided as it was: p-ato-before and p-ato-unknown-yet came
        // before their customer's report counted, and do not see it.
        JsonNode preview = risk.officerGet("/api/risk/rules/rollback/preview?version=" + live + "&hours=1");
        assertThat(preview.get("replayed").asInt()).isEqualTo(6);
        assertThat(preview.get("liveReplayMatches").asInt()).as(preview.toString()).isEqualTo(6);
        assertThat(preview.get("flipped").asInt()).isZero();
    }
}
