package io.shopdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ShopDeskTest;
import io.shopdesk.chat.StompTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Whether the shopper of a chat with a person is still there, through real sockets: the context says so, and the
 * agents' escalations topic tells when they leave (the widget closed) and come back (the widget asks for the history);
 * a bot-only chat's shopper leaving is not announced. The same context as {@link OfflineAgentChatsIT}.
 */
@ShopDeskTest
@TestPropertySource(properties = "shopdesk.escalation.presence-grace=2s")
class ShopperPresenceIT {
    @LocalServerPort
    int port;

    private static boolean presence(JsonNode frame, String conversationId, boolean connected) {
        return "shopper_presence".equals(frame.path("kind").asString())
                && conversationId.equals(frame.path("conversationId").asString())
                && frame.path("connected").asBoolean() == connected;
    }

    @Test
    void theAgentSeesTheShopperLeaveAndComeBack() throws Exception {
        try (AgentSession li = new AgentSession(port)) {
            li.login("agent1", "shopdesk");
            li.connect();
            li.subscribe("/topic/agent/escalations");
            String id;
            String botOnly;
            try (StompTestClient shopper = new StompTestClient(port); StompTestClient browsing = new StompTestClient(port)) {
                id = shopper.turn(null, "转人工", "zh").get("conversationId").asString();
                botOnly = browsing.turn(null, "你好", "zh").get("conversationId").asString();
                JsonNode conversation = li.get("/api/agent/conversations/" + id + "/context").body().get("conversation");
                assertThat(conversation.get("shopperConnected").asBoolean()).as(conversation.toString()).isTrue();
            }
            li.next("/topic/agent/escalations", f -> presence(f, id, false));
            assertThat(li.get("/api/agent/conversations/" + id + "/context").body()
                    .at("/conversation/shopperConnected").asBoolean()).isFalse();
            assertThat(li.drain("/topic/agent/escalations", 500)).as("a bot-only chat is not announced")
                    .noneMatch(f -> botOnly.equals(f.path("conversationId").asString()));

            try (StompTestClient back = new StompTestClient(port)) {
                back.sendRaw("/app/chat/history", "{\"conversationId\":\"" + id + "\"}");
                EscalationLifecycleIT.nextKind(back, "history");
                li.next("/topic/agent/escalations", f -> presence(f, id, true));
                assertThat(li.get("/api/agent/conversations/" + id + "/context").body()
                        .at("/conversation/shopperConnected").asBoolean()).isTrue();
            }
        }
    }

    /**
     * A shopper who talks over HTTP (no widget socket) never left: the queue and the context say nothing of their
     * presence (null), while a widget shopper who closed the widget is "left" in both. Before, every chat started over
     * HTTP read as "Shopper left the chat" from its first message.
     */
    @Test
    void aShopperOverHttpIsNotSaidToHaveLeft() throws Exception {
        try (AgentSession li = new AgentSession(port)) {
            li.login("agent1", "shopdesk");
            String overHttp = ShopperHttp.send(port, null, "I want to talk to a human", "en").get("conversationId")
                    .asString();
            String widget;
            try (StompTestClient shopper = new StompTestClient(port)) {
                widget = shopper.turn(null, "转人工", "zh").get("conversationId").asString();
            }
            assertThat(li.get("/api/agent/conversations/" + overHttp + "/context").body()
                    .at("/conversation/shopperConnected").isNull()).isTrue();
            JsonNode queue = li.get("/api/agent/escalations").body();
            assertThat(item(queue, overHttp).get("shopperConnected").isNull()).as(queue.toString()).isTrue();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!item(li.get("/api/agent/escalations").body(), widget).path("shopperConnected").isBoolean()
                    && System.nanoTime() < deadline) {
                Thread.sleep(100); // the widget's socket close is handled a moment after it closed
            }
            assertThat(item(li.get("/api/agent/escalations").body(), widget).get("shopperConnected").asBoolean())
                    .isFalse();
            assertThat(li.get("/api/agent/conversations/" + widget + "/context").body()
                    .at("/conversation/shopperConnected").asBoolean()).isFalse();
        }
    }

    private static JsonNode item(JsonNode queue, String conversationId) {
        return queue.valueStream().filter(e -> conversationId.equals(e.get("conversationId").asString())).findFirst()
                .orElseThrow();
    }
}
