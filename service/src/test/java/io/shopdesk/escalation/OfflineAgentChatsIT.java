package io.shopdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ShopDeskTest;
import io.shopdesk.chat.StompTestClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * An agent whose console closes for good (past the presence grace, 2 s here) no longer strands the chats they hold:
 * each goes back to its team's queue with its place, the shopper is told and keeps being answered from the queue, and
 * a colleague's console hears {@code requeued} and can claim it; nobody can transfer a chat to an offline agent. A
 * console that comes back within the grace, or an agent who only set themselves away, keeps their chats. Real logins, real sockets, the real escalation rules.
 */
@ShopDeskTest
@TestPropertySource(properties = "shopdesk.escalation.presence-grace=2s")
class OfflineAgentChatsIT {
    @LocalServerPort
    int port;

    private static boolean escalationEvent(JsonNode frame, long id, String event) {
        return event.equals(frame.path("event").asString()) && frame.at("/escalation/id").asLong() == id;
    }

    private JsonNode escalation(AgentSession session, long id) throws Exception {
        return session.get("/api/agent/escalations").body().valueStream()
                .filter(e -> e.get("id").asLong() == id).findFirst().orElseThrow();
    }

    @Test
    void theChatsOfAnAgentWhoWentOfflineGoBackToTheQueueInTheirPlace() throws Exception {
        try (AgentSession wang = new AgentSession(port); AgentSession li = new AgentSession(port);
             StompTestClient shopper = new StompTestClient(port)) {
            wang.login("agent2", "shopdesk");
            li.login("agent1", "shopdesk");
            wang.connect();
            li.connect();
            li.subscribe("/topic/agent/escalations");
            String id = shopper.turn(null, "你好", "zh").get("conversationId").asString();
            JsonNode handoff = shopper.turn(id, "转人工", "zh");
            long escalationId = handoff.at("/handoff/escalationId").asLong();
            JsonNode asked = escalation(li, escalationId);

            assertThat(wang.post("/api/agent/escalations/" + escalationId + "/claim", Map.of()).status()).isEqualTo(200);
            EscalationLifecycleIT.nextKind(shopper, "agent_joined");
            wang.post("/api/agent/conversations/" + id + "/messages", Map.of("text", "您好，我是王伟。"));
            EscalationLifecycleIT.nextKind(shopper, "agent_message");

            wang.close();
            JsonNode requeued = li.next("/topic/agent/escalations", f -> escalationEvent(f, escalationId, "requeued"))
                    .get("escalation");
            assertThat(requeued.get("status").asString()).isEqualTo("queued");
            assertThat(requeued.get("heldBy").isNull()).isTrue();
            assertThat(requeued.get("team").asString()).isEqualTo(asked.get("team").asString());
            assertThat(requeued.get("createdAt").asString()).as("keeps its place in line")
                    .isEqualTo(asked.get("createdAt").asString());

            JsonNode left = EscalationLifecycleIT.nextKind(shopper, "agent_left");
            assertThat(left.get("reason").asString()).isEqualTo("agent_offline");
            assertThat(left.get("text").asString())
                    .isEqualTo("客服 王伟 Wang Wei 暂时离开了对话。您仍保留原来的排队位置，下一位客服会在这里回复您。");

            JsonNode waiting = shopper.turn(id, "还有人吗？", "zh");
            assertThat(waiting.at("/handoff/status").asString()).isEqualTo("queued");
            assertThat(waiting.at("/replies/0/data/code").asString()).isEqualTo("in_queue");

            List<String> transcript = li.get("/api/agent/conversations/" + id + "/context").body().get("transcript")
                    .valueStream().map(l -> l.get("role").asString() + ":" + l.get("type").asString()).toList();
            assertThat(transcript).containsSubsequence("system:agent_joined", "agent:text", "system:transferred",
                    "shopper:text", "bot:text");

            assertThat(li.post("/api/agent/escalations/" + escalationId + "/claim", Map.of()).body()
                    .get("heldBy").asString()).isEqualTo("agent1");
            assertThat(EscalationLifecycleIT.nextKind(shopper, "agent_joined").get("agent").asString()).isEqualTo("李娜 Li Na");

            // Nor can a chat be handed to an agent who is offline: their team's queue is the way.
            AgentSession.Response refused = li.post("/api/agent/escalations/" + escalationId + "/transfer",
                    Map.of("toAgent", "agent2"));
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.body().get("code").asString()).isEqualTo("agent_offline");
            assertThat(refused.body().get("displayName").asString()).isEqualTo("王伟 Wang Wei");
            assertThat(refused.body().get("team").asString()).isEqualTo("payments");
            assertThat(escalation(li, escalationId).get("heldBy").asString()).as("still Li Na's").isEqualTo("agent1");
        }
    }

    @Test
    void aConsoleBackWithinTheGraceOrAnAgentAwayKeepsTheirChats() throws Exception {
        try (AgentSession chen = new AgentSession(port); StompTestClient shopper = new StompTestClient(port)) {
            chen.login("agent3", "shopdesk");
            chen.connect();
            String id = shopper.turn(null, "I want to talk to a human", "en").get("conversationId").asString();
            long escalationId = chen.get("/api/agent/conversations/" + id + "/context").body().at("/escalation/id").asLong();
            assertThat(chen.post("/api/agent/escalations/" + escalationId + "/claim", Map.of()).status()).isEqualTo(200);

            chen.close();
            chen.connect(); // a reload
            assertThat(chen.post("/api/agent/me/status", Map.of("status", "away")).body().get("status").asString())
                    .isEqualTo("away");
            Thread.sleep(3_000); // past the grace of the socket that closed
            JsonNode held = escalation(chen, escalationId);
            assertThat(held.get("status").asString()).isEqualTo("held");
            assertThat(held.get("heldBy").asString()).isEqualTo("agent3");
            assertThat(shopper.drain(200)).noneMatch(f -> "agent_left".equals(f.path("kind").asString()));
            chen.post("/api/agent/me/status", Map.of("status", "available"));
        }
    }
}
