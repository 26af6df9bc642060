package io.shopdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ShopDeskTest;
import io.shopdesk.chat.StompTestClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * "Typing…" with real logins and real sockets: the agent holding a chat reaches the shopper, a colleague does not; the
 * shopper reaches the agents' topics only while the chat is with a person, only from their own socket, and a burst
 * passes as one signal; nothing of it is ever in the transcript.
 */
@ShopDeskTest
class TypingIT {
    @LocalServerPort
    int port;

    private static boolean kind(JsonNode frame, String kind) {
        return kind.equals(frame.path("kind").asString());
    }

    private static String typing(String conversationId) {
        return "{\"conversationId\":\"" + conversationId + "\"}";
    }

    @Test
    void onlyTheHoldersTypingReachesTheShopperAndNoneIsStored() throws Exception {
        try (AgentSession li = new AgentSession(port); AgentSession wang = new AgentSession(port);
             AgentSession supervisor = new AgentSession(port); StompTestClient shopper = new StompTestClient(port)) {
            li.login("agent1", "shopdesk");
            wang.login("agent2", "shopdesk");
            supervisor.login("supervisor", "shopdesk");
            li.connect();
            wang.connect();
            supervisor.connect();
            String id = shopper.turn(null, "你好", "zh").get("conversationId").asString();

            li.send("/app/agent/typing", Map.of("conversationId", id));
            assertThat(shopper.drain(800)).as("nobody holds a chat the bot is in").noneMatch(f -> kind(f, "agent_typing"));

            shopper.turn(id, "转人工", "zh");
            long escalationId = li.get("/api/agent/conversations/" + id + "/context").body().at("/escalation/id").asLong();
            li.send("/app/agent/typing", Map.of("conversationId", id));
            assertThat(shopper.drain(1200)).as("queued, not held").noneMatch(f -> kind(f, "agent_typing"));

            assertThat(li.post("/api/agent/escalations/" + escalationId + "/claim", Map.of()).status()).isEqualTo(200);
            EscalationLifecycleIT.nextKind(shopper, "agent_joined");
            wang.send("/app/agent/typing", Map.of("conversationId", id));
            supervisor.send("/app/agent/typing", Map.of("conversationId", id));
            assertThat(shopper.drain(800)).as("a colleague or a supervisor who does not hold the chat")
                    .noneMatch(f -> kind(f, "agent_typing"));

            for (int i = 0; i < 5; i++) {
                li.send("/app/agent/typing", Map.of("conversationId", id));
            }
            JsonNode signal = EscalationLifecycleIT.nextKind(shopper, "agent_typing");
            assertThat(signal.get("conversationId").asString()).isEqualTo(id);
            assertThat(signal.get("agent").asString()).isEqualTo("李娜 Li Na");
            assertThat(shopper.drain(500)).as("the rest of the burst is dropped").noneMatch(f -> kind(f, "agent_typing"));

            li.post("/api/agent/conversations/" + id + "/messages", Map.of("text", "您好，我来帮您看看。"));
            assertThat(EscalationLifecycleIT.nextKind(shopper, "agent_message").at("/message/text").asString())
                    .isEqualTo("您好，我来帮您看看。");

            shopper.sendRaw("/app/chat/history", typing(id));
            JsonNode history = EscalationLifecycleIT.nextKind(shopper, "history");
            assertThat(history.get("messages").valueStream().map(m -> m.get("type").asString() + ":" + m.get("text").asString()))
                    .contains("text:您好，我来帮您看看。").noneMatch(t -> t.contains("typing"));
            List<String> transcript = li.get("/api/agent/conversations/" + id + "/context").body().get("transcript")
                    .valueStream().map(l -> l.get("role").asString() + ":" + l.get("type").asString()).toList();
            assertThat(transcript).as("typing is never a line").noneMatch(l -> l.contains("typing"))
                    .containsExactly("shopper:text", "bot:text", "shopper:text", "bot:handoff", "system:agent_joined",
                            "agent:text");

            // Bad input: invalid JSON is answered on the agent's queue; the shopper hears nothing of it.
            li.subscribe("/user/queue/agent");
            li.send("/app/agent/typing", "not json");
            assertThat(li.next("/user/queue/agent", f -> kind(f, "error")).get("code").asString()).isEqualTo("invalid_json");
        }
    }

    @Test
    void theShoppersTypingReachesTheAgentsOnlyWhileWithAPersonAndOnlyFromTheirSocket() throws Exception {
        try (AgentSession li = new AgentSession(port); StompTestClient shopper = new StompTestClient(port);
             StompTestClient stranger = new StompTestClient(port)) {
            li.login("agent1", "shopdesk");
            li.connect();
            String id = shopper.turn(null, "你好", "zh").get("conversationId").asString();
            String topic = "/topic/agent/conversations/" + id;
            li.subscribe(topic);
            li.subscribe("/topic/agent/escalations");

            shopper.sendRaw("/app/chat/typing", typing(id));
            assertThat(li.drain(topic, 1200)).as("with the bot: no agent hears it").noneMatch(f -> kind(f, "typing"));
            assertThat(shopper.drain(0)).as("and it is no turn").isEmpty();

            shopper.turn(id, "转人工", "zh");
            li.drain(topic, 0);
            li.drain("/topic/agent/escalations", 0);
            for (int i = 0; i < 5; i++) {
                shopper.sendRaw("/app/chat/typing", typing(id));
            }
            JsonNode signal = li.next(topic, f -> kind(f, "typing"));
            assertThat(signal.get("conversationId").asString()).isEqualTo(id);
            assertThat(signal.get("role").asString()).isEqualTo("shopper");
            assertThat(li.next("/topic/agent/escalations", f -> kind(f, "typing")).get("conversationId").asString())
                    .as("the queue item hears it too").isEqualTo(id);
            assertThat(li.drain(topic, 500)).as("the rest of the burst is dropped").noneMatch(f -> kind(f, "typing"));
            Thread.sleep(700);

            // Another socket that never spoke in this chat cannot signal in it.
            stranger.sendRaw("/app/chat/typing", typing(id));
            assertThat(li.drain(topic, 1200)).noneMatch(f -> kind(f, "typing"));
            assertThat(stranger.drain(0)).isEmpty();
            stranger.sendRaw("/app/chat/typing", "{oops");
            assertThat(stranger.next().get("code").asString()).isEqualTo("invalid_json");

            long escalationId = li.get("/api/agent/conversations/" + id + "/context").body().at("/escalation/id").asLong();
            li.post("/api/agent/escalations/" + escalationId + "/claim", Map.of());
            li.post("/api/agent/escalations/" + escalationId + "/resolve", Map.of("disposition", "solved"));
            li.drain(topic, 200);
            shopper.sendRaw("/app/chat/typing", typing(id));
            assertThat(li.drain(topic, 1200)).as("back with the bot").noneMatch(f -> kind(f, "typing"));
            assertThat(li.get("/api/agent/conversations/" + id + "/context").body().get("transcript").toString())
                    .doesNotContain("typing");
        }
    }
}
