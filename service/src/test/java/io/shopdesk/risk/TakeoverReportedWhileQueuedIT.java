package io.shopdesk.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.OwnDatabaseTest;
import io.shopdesk.ShopDeskTest;
import io.shopdesk.chat.ShopperIdentities;
import io.shopdesk.chat.ShopperIdentity;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A shopper already waiting in the queue for a person says someone else got into their account, over real HTTP on the
 * real service (real H2, the shipped rules, FAQ and models). While queued the chat answers with where they stand, and
 * the report was lost with the dialogue's decision: their payments went on being approved. Now the report is recorded
 * as it is outside the queue, and their next payment goes to REVIEW with ACCOUNT_TAKEOVER_REPORTED. The same database
 * also shows that a fallback while queued no longer counts towards a hand-off once the shopper withdraws. Its own
 * database, so that no other test's payments or reports are in it.
 */
@OwnDatabaseTest(database = "shopdesk-takeover-queued", properties = {
        "shopdesk.chat.identity-secret=" + ShopDeskTest.IDENTITY_SECRET
})
class TakeoverReportedWhileQueuedIT extends RiskServiceOverHttp {
    JsonNode say(String conversationId, String text, ShopperIdentity identity) throws Exception {
        return risk.say(conversationId, text, "en", identity);
    }

    JsonNode pay(String paymentId, long customerId) throws Exception {
        return risk.pay("""
                {"paymentId":"%s","customerId":%d,"amount":299,"currency":"CNY","method":"alipay",
                 "deviceId":"dev-%s","ip":"192.0.2.78"}""".formatted(paymentId, customerId, paymentId));
    }

    static boolean takeoverReason(JsonNode decision) {
        return decision.get("reasons").valueStream()
                .anyMatch(r -> TakeoverReportedInChatIT.REASON.equals(r.get("code").asString()));
    }

    @Test
    void aTakeoverReportedWhileQueuedSendsTheCustomersPaymentsToReview() throws Exception {
        ShopperIdentity customer5 = ShopperIdentities.signed(5);
        JsonNode queued = say(null, "I want to talk to a person", customer5);
        assertThat(queued.at("/handoff/status").asString()).as(queued.toString()).isEqualTo("queued");
        String conversation = queued.get("conversationId").asString();
        JsonNode before = pay("p-queued-before", 5);
        assertThat(takeoverReason(before)).as(before.toString()).isFalse();

        JsonNode reported = say(conversation, "my account got hacked", customer5);
        assertThat(reported.at("/handoff/status").asString()).as(reported.toString()).isEqualTo("queued");

        JsonNode after = pay("p-queued-after", 5);
        assertThat(after.get("decision").asString()).as(after.toString()).isEqualTo("REVIEW");
        assertThat(takeoverReason(after)).isTrue();
    }

    @Test
    void fallbacksWhileQueuedDoNotHandTheShopperOverAgainOnceTheyWithdraw() throws Exception {
        String conversation = say(null, "I want to talk to a person", null).get("conversationId").asString();
        String unplaced = "my thingy from before did the whatsit";
        for (int fallback = 0; fallback < 2; fallback++) {
            JsonNode queued = say(conversation, unplaced, null);
            assertThat(queued.at("/replies/0/data/code").asString()).as(queued.toString()).isEqualTo("in_queue");
        }
        JsonNode withdrawn = say(conversation, "cancel the agent request", null);
        assertThat(withdrawn.at("/replies/0/data/code").asString()).as(withdrawn.toString()).isEqualTo("withdrawn");
        // Was a hand-off for repeated fallbacks: the two unanswered while queued had counted.
        JsonNode next = say(conversation, unplaced, null);
        assertThat(next.at("/replies/0/type").asString()).as(next.toString()).isEqualTo("fallback");
        assertThat(next.path("handoff").isNull() || next.path("handoff").isMissingNode()).as(next.toString()).isTrue();
    }
}
