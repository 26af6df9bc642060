package io.shopdesk.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.OwnDatabaseTest;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A rollback preview replays each payment with the chat as it stood at the payment's time, through HTTP on the real
 * service (real H2, the shipped rules): a failed payment the shopper reported in the chat after the payment was
 * decided does not count in its replay, and of two payments in one conversation the later one sees the address the
 * chat changed between them, the earlier one does not. Replayed by the live version, every payment is then decided
 * again as it was stored.
 */
@OwnDatabaseTest(database = "shopdesk-replay-time")
class ReplayAtDecisionTimeIT extends RiskServiceOverHttp {
    @Autowired
    JdbcClient jdbc;

    /**
     * A card payment of a customer the shop does not know (NEW_ACCOUNT 15), from a new IP (5), shipping elsewhere
     * than billing (15): 35, an APPROVE under the shipped thresholds (REVIEW from 40).
     */
    static String scoring35(String id, long customerId, int ip, String orderId, String conversationId) {
        return """
                {"paymentId":"%s","customerId":%d,"amount":120,"currency":"CNY","method":"card",
                 "cardFingerprint":"fp-%s","deviceId":"dev-%s","ip":"192.0.2.%d",
                 "shippingAddress":"上海市浦东新区张杨路500号","billingAddress":"北京市海淀区中关村1号",
                 "orderId":%s,"conversationId":"%s"}"""
                .formatted(id, customerId, id, id, ip, orderId == null ? "null" : '"' + orderId + '"', conversationId);
    }

    void conversation(String id) {
        jdbc.sql("INSERT INTO conversations (id, language, state, created_at, updated_at) VALUES (:id, 'zh', '{}', :at, :at)")
                .param("id", id).param("at", Timestamp.from(Instant.now())).update();
    }

    void shopperSays(String conversationId, String text, String intent) {
        jdbc.sql("""
                        INSERT INTO conversation_messages (conversation_id, role, type, text, intent, created_at)
                        VALUES (:id, 'shopper', 'text', :text, :intent, :at)""")
                .param("id", conversationId).param("text", text).param("intent", intent)
                .param("at", Timestamp.from(Instant.now())).update();
    }

    @Test
    void aReplaySeesTheChatAsItStoodAtEachPaymentsTime() throws Exception {
        String live = engine.status("risk").liveVersion();

        conversation("conv-replay-a");
        shopperSays("conv-replay-a", "支付失败了", "payment_failed");
        JsonNode a = risk.pay(scoring35("p-replay-a", 770001, 150, null, "conv-replay-a"));
        assertThat(a.get("decision").asString()).as(a.toString()).isEqualTo("APPROVE");
        assertThat(a.get("score").asInt()).isEqualTo(35);
        // Reported after the payment was decided: with it, the streak (CHAT_PAYMENT_FAILED_STREAK, 15) would make it 50.
        shopperSays("conv-replay-a", "又支付失败了", "payment_failed");

        conversation("conv-replay-b");
        JsonNode b1 = risk.pay(scoring35("p-replay-b1", 770002, 151, "SD10000004", "conv-replay-b"));
        assertThat(b1.get("score").asInt()).as(b1.toString()).isEqualTo(35);
        jdbc.sql("""
                        INSERT INTO order_address_changes (order_id, old_address, new_address, conversation_id, changed_at)
                        VALUES ('SD10000004', '旧地址', '上海市浦东新区世纪大道100号', 'conv-replay-b', :at)""")
                .param("at", Timestamp.from(Instant.now())).update();
        JsonNode b2 = risk.pay(scoring35("p-replay-b2", 770003, 152, "SD10000004", "conv-replay-b"));
        assertThat(b2.get("decision").asString()).as(b2.toString()).isEqualTo("REVIEW");
        assertThat(b2.get("score").asInt()).as("CHAT_ADDRESS_CHANGE and CHAT_ADDRESS_CHANGE_NEW_DEVICE").isEqualTo(65);

        JsonNode preview = risk.officerGet("/api/risk/rules/rollback/preview?version=" + live + "&hours=1");

        assertThat(preview.get("replayed").asInt()).isEqualTo(3);
        assertThat(preview.get("decidedByLive").asInt()).isEqualTo(3);
        assertThat(preview.get("liveReplayMatches").asInt()).as("each payment decided again as stored").isEqualTo(3);
        assertThat(preview.get("flipped").asInt()).isZero();
    }
}
