package io.shopdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ShopDeskTest;
import io.shopdesk.chat.ChatService;
import io.shopdesk.chat.StompTestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What the agent reads of a chat whose shopper asked for a person and then wrote more (real sockets, the real intent
 * model, H2): the escalation says what the shopper needs from their messages, and how long its agent has had it; a chat
 * is resolved only with an outcome chosen. Before, the queue read "The shopper asked for a person" and "Shopper:
 * hello?", a held chat showed the wait before its claim, and a resolve without an outcome was taken by the console as
 * "solved".
 */
@ShopDeskTest
class ShopperNeedIT {
    @LocalServerPort
    int port;

    @Autowired
    ChatService chat;

    @Test
    void anEnglishRequestForAPersonKeepsTheRefundQuestionAndTheOrder() throws Exception {
        try (AgentSession agent = new AgentSession(port); StompTestClient shopper = new StompTestClient(port)) {
            agent.login("agent1", "shopdesk");
            String id = shopper.turn(null, "my refund for SD10000019 still hasn't arrived, it's been two weeks", "en")
                    .get("conversationId").asString();
            assertThat(shopper.turn(id, "I want to talk to a person", "en").at("/handoff/status").asString())
                    .isEqualTo("queued");
            // The hand-off turn sends a second frame (kind handoff): read it, or "hello?" would be answered by it
            // and the escalation read before "hello?" is stored.
            EscalationLifecycleIT.nextKind(shopper, "handoff");
            shopper.turn(id, "hello?", "en");
            long escalationId = chat.state(id).orElseThrow().getEscalationId();

            JsonNode queued = agent.escalation(escalationId);
            assertThat(queued.at("/reasons/0/code").asString()).isEqualTo("EXPLICIT_REQUEST");
            assertThat(queued.get("lastMessage").asString()).isEqualTo("hello?");
            assertThat(queued.at("/need/text").asString())
                    .isEqualTo("my refund for SD10000019 still hasn't arrived, it's been two weeks");
            assertThat(queued.at("/need/intent").asString()).isIn("refund_status", "refund_request");
            assertThat(queued.at("/need/orderId").asString()).isEqualTo("SD10000019");
            assertThat(queued.get("heldSeconds").isNull()).as("queued: nobody holds it").isTrue();

            assertThat(agent.post("/api/agent/escalations/" + escalationId + "/claim", Map.of()).status()).isEqualTo(200);
            JsonNode held = agent.escalation(escalationId);
            assertThat(held.get("heldSeconds").asLong()).as("held by agent1 since the claim").isBetween(0L, 30L);
            assertThat(held.at("/need/orderId").asString()).isEqualTo("SD10000019");

            AgentSession.Response noOutcome = agent.post("/api/agent/escalations/" + escalationId + "/resolve", Map.of());
            assertThat(noOutcome.status()).isEqualTo(400);
            assertThat(noOutcome.body().get("code").asString()).isEqualTo("invalid_disposition");
            assertThat(agent.post("/api/agent/escalations/" + escalationId + "/resolve", Map.of("disposition", ""))
                    .status()).isEqualTo(400);
            assertThat(agent.escalation(escalationId).get("status").asString()).as("still held").isEqualTo("held");

            AgentSession.Response left = agent.post("/api/agent/escalations/" + escalationId + "/resolve",
                    Map.of("disposition", "shopper_left", "note", "closed the widget before I answered"));
            assertThat(left.status()).isEqualTo(200);
            assertThat(left.body().get("disposition").asString()).isEqualTo("shopper_left");
            assertThat(left.body().get("need").isNull()).as("closed: no need shown").isTrue();
        }
    }

    @Test
    void aChineseRequestForAPersonKeepsThePaymentProblemNotTheGreetingAfterIt() throws Exception {
        try (AgentSession agent = new AgentSession(port); StompTestClient shopper = new StompTestClient(port)) {
            agent.login("agent2", "shopdesk");
            String id = shopper.turn(null, "我付款一直失败，提示银行卡被拒绝", "zh").get("conversationId").asString();
            assertThat(shopper.turn(id, "转人工", "zh").at("/handoff/status").asString()).isEqualTo("queued");
            EscalationLifecycleIT.nextKind(shopper, "handoff");
            shopper.turn(id, "你好，在吗？", "zh");
            long escalationId = chat.state(id).orElseThrow().getEscalationId();

            JsonNode queued = agent.escalation(escalationId);
            assertThat(queued.at("/need/text").asString()).isEqualTo("我付款一直失败，提示银行卡被拒绝");
            assertThat(queued.at("/need/intent").asString()).isEqualTo("payment_failed");
            assertThat(queued.at("/need/orderId").isMissingNode() || queued.at("/need/orderId").isNull()).isTrue();
        }
    }
}
