package io.shopdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.PinnableClock;
import io.shopdesk.ShopDeskTest;
import io.shopdesk.chat.StompTestClient;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The whole life of a hand-off with real sockets: a shopper (anonymous STOMP client) asks for a person, the
 * escalation reaches the logged-in agents' queue live, one agent claims it, they talk both ways while the bot stays
 * silent, the agent resolves it and the shopper rates it. A second agent can neither claim nor write.
 */
@ShopDeskTest
class EscalationLifecycleIT {
    private static final Logger log = LoggerFactory.getLogger(EscalationLifecycleIT.class);
    static final String QUEUE = "/topic/agent/escalations";

    @LocalServerPort
    int port;

    @AfterEach
    void realTime() {
        PinnableClock.release();
    }

    static JsonNode nextKind(StompTestClient shopper, String kind) throws InterruptedException {
        for (int i = 0; i < 20; i++) {
            JsonNode m = shopper.next();
            if (kind.equals(m.path("kind").asString())) {
                return m;
            }
        }
        throw new AssertionError("No " + kind + " for the shopper");
    }

    @Test
    void triggerQueueClaimTalkResolveRate() throws Exception {
        // Within business hours (11:00 Beijing time), with an agent's console connected: the texts as before hours
        // were known.
        PinnableClock.setTo(PinnableClock.todayInBeijingAt(LocalTime.of(11, 0)));
        try (AgentSession li = new AgentSession(port); AgentSession wang = new AgentSession(port);
             StompTestClient shopper = new StompTestClient(port)) {
            assertThat(li.login("agent1", "shopdesk")).endsWith("/console/");
            assertThat(wang.login("agent2", "shopdesk")).endsWith("/console/");
            li.connect();
            li.subscribe(QUEUE);
            wang.connect();
            wang.subscribe(QUEUE);
            wang.subscribe("/user/queue/agent");

            JsonNode first = shopper.turn(null, "<img src=x onerror=alert(1)>", "zh");
            String id = first.get("conversationId").asString();
            long sent = System.nanoTime();
            JsonNode handoff = shopper.turn(id, "转人工", "zh");
            assertThat(handoff.at("/replies/0/type").asString()).isEqualTo("handoff");
            assertThat(handoff.at("/replies/0/text").asString()).isEqualTo("好的，正在为您转接人工客服，请稍候，客服会在这里回复您。");
            assertThat(handoff.at("/handoff/status").asString()).isEqualTo("queued");
            // Other tests sharing the context may have left escalations waiting ahead of this one.
            assertThat(nextKind(shopper, "handoff").get("position").asInt()).isPositive();

            JsonNode created = li.next(QUEUE, f -> "created".equals(f.path("event").asString())
                    && id.equals(f.at("/escalation/conversationId").asString()));
            long toLi = System.nanoTime() - sent;
            wang.next(QUEUE, f -> "created".equals(f.path("event").asString())
                    && id.equals(f.at("/escalation/conversationId").asString()));
            long toWang = System.nanoTime() - sent;
            log.info("Escalation reached the agents' queue views {} ms (agent1) and {} ms (agent2) after the shopper sent the message",
                    toLi / 1_000_000, toWang / 1_000_000);
            long escalationId = created.at("/escalation/id").asLong();
            assertThat(created.at("/escalation/status").asString()).isEqualTo("queued");
            assertThat(created.at("/escalation/priority").asInt()).isEqualTo(2);
            assertThat(created.at("/escalation/team").asString()).isEqualTo("general");
            assertThat(created.at("/escalation/reasons/0/code").asString()).isEqualTo("EXPLICIT_REQUEST");
            assertThat(created.at("/escalation/reasons/0/rule").asString()).isEqualTo("EscalateOnExplicitRequest");
            assertThat(created.at("/escalation/lastMessage").asString()).isEqualTo("转人工");

            AgentSession.Response queue = li.get("/api/agent/escalations");
            assertThat(queue.status()).isEqualTo(200);
            assertThat(queue.body().valueStream().map(e -> e.get("id").asLong()).toList()).contains(escalationId);

            li.subscribe("/topic/agent/conversations/" + id);
            AgentSession.Response claimed = li.post("/api/agent/escalations/" + escalationId + "/claim", Map.of());
            assertThat(claimed.status()).isEqualTo(200);
            assertThat(claimed.body().get("status").asString()).isEqualTo("held");
            assertThat(claimed.body().get("heldBy").asString()).isEqualTo("agent1");
            AgentSession.Response late = wang.post("/api/agent/escalations/" + escalationId + "/claim", Map.of());
            assertThat(late.status()).isEqualTo(409);
            assertThat(late.body().get("code").asString()).isEqualTo("already_held");
            assertThat(late.body().get("heldBy").asString()).isEqualTo("agent1");
            assertThat(late.body().get("heldByName").asString()).as("the console names who").isEqualTo("李娜 Li Na");

            JsonNode joined = nextKind(shopper, "agent_joined");
            assertThat(joined.get("agent").asString()).isEqualTo("李娜 Li Na");
            assertThat(joined.get("text").asString()).isEqualTo("客服 李娜 Li Na 已接入。");

            AgentSession.Response said = li.post("/api/agent/conversations/" + id + "/messages", Map.of("text", "您好，我是李娜，请问有什么可以帮您？"));
            assertThat(said.status()).isEqualTo(200);
            JsonNode agentMessage = nextKind(shopper, "agent_message");
            assertThat(agentMessage.at("/message/text").asString()).isEqualTo("您好，我是李娜，请问有什么可以帮您？");
            assertThat(agentMessage.at("/message/data/agent").asString()).isEqualTo("李娜 Li Na");

            try (StompTestClient reconnected = new StompTestClient(port)) {
                // A shopper who reloads the page mid-hand-off replays the history and keeps hearing the agent.
                reconnected.sendRaw("/app/chat/history", "{\"conversationId\":\"" + id + "\"}");
                JsonNode history = nextKind(reconnected, "history");
                assertThat(history.get("messages").valueStream().map(m -> m.get("role").asString() + ":" + m.get("text").asString()))
                        .contains("agent:您好，我是李娜，请问有什么可以帮您？");
                li.post("/api/agent/conversations/" + id + "/messages", Map.of("text", "请稍等，我查一下。"));
                assertThat(nextKind(reconnected, "agent_message").at("/message/text").asString()).isEqualTo("请稍等，我查一下。");
                assertThat(nextKind(shopper, "agent_message").at("/message/text").asString()).isEqualTo("请稍等，我查一下。");
            }

            AgentSession.Response intrusion = wang.post("/api/agent/conversations/" + id + "/messages", Map.of("text", "我来插一句"));
            assertThat(intrusion.status()).isEqualTo(403);
            assertThat(intrusion.body().get("code").asString()).isEqualTo("not_holder");
            wang.send("/app/agent/message", Map.of("conversationId", id, "text", "over STOMP too"));
            assertThat(wang.next("/user/queue/agent", f -> true).get("code").asString()).isEqualTo("not_holder");

            JsonNode held = shopper.turn(id, "我的订单SD10000001到哪了", "zh");
            assertThat(held.get("replies").isEmpty()).as("the bot is silent while an agent holds the chat").isTrue();
            assertThat(held.at("/handoff/status").asString()).isEqualTo("held");
            JsonNode live = li.next("/topic/agent/conversations/" + id, f -> "shopper".equals(f.at("/message/role").asString())
                    && f.at("/message/text").asString().contains("SD10000001"));
            assertThat(live.at("/message/intent").asString()).isEqualTo("order_status");
            assertThat(live.at("/message/entities/0/type").asString()).isEqualTo("order_id");

            AgentSession.Response context = li.get("/api/agent/conversations/" + id + "/context");
            assertThat(context.status()).isEqualTo(200);
            List<String> roles = context.body().get("transcript").valueStream()
                    .map(l -> l.get("role").asString() + ":" + l.get("type").asString()).toList();
            assertThat(roles).containsExactly("shopper:text", "bot:fallback", "shopper:text", "bot:handoff",
                    "system:agent_joined", "agent:text", "agent:text", "shopper:text");
            assertThat(context.body().at("/transcript/0/text").asString()).isEqualTo("<img src=x onerror=alert(1)>");
            assertThat(context.body().at("/transcript/7/intent").asString()).isEqualTo("order_status");
            assertThat(context.body().at("/transcript/7/confidence").asDouble()).isGreaterThan(0.3);
            assertThat(context.body().at("/escalation/reasons/0/code").asString()).isEqualTo("EXPLICIT_REQUEST");
            assertThat(context.body().get("suggestions").isArray()).isTrue();

            AgentSession.Response resolved = li.post("/api/agent/escalations/" + escalationId + "/resolve",
                    Map.of("disposition", "solved", "note", "Told the shopper where the parcel is"));
            assertThat(resolved.status()).isEqualTo(200);
            assertThat(resolved.body().get("status").asString()).isEqualTo("resolved");
            assertThat(resolved.body().get("disposition").asString()).isEqualTo("solved");
            li.next(QUEUE, f -> "resolved".equals(f.path("event").asString()) && f.at("/escalation/id").asLong() == escalationId);
            JsonNode ratingRequest = nextKind(shopper, "rating_request");
            assertThat(ratingRequest.get("escalationId").asLong()).isEqualTo(escalationId);

            try (StompTestClient reloaded = new StompTestClient(port)) {
                // A shopper who reloads before rating is asked again.
                reloaded.sendRaw("/app/chat/history", "{\"conversationId\":\"" + id + "\"}");
                assertThat(nextKind(reloaded, "history").get("pendingRating").asLong()).isEqualTo(escalationId);
            }
            shopper.sendRaw("/app/chat/rating", "{\"conversationId\":\"" + id + "\",\"score\":5}");
            assertThat(nextKind(shopper, "rating_saved").get("score").asInt()).isEqualTo(5);
            try (StompTestClient reloaded = new StompTestClient(port)) {
                reloaded.sendRaw("/app/chat/history", "{\"conversationId\":\"" + id + "\"}");
                assertThat(nextKind(reloaded, "history").has("pendingRating")).as("rated: not asked again").isFalse();
            }
            shopper.sendRaw("/app/chat/rating", "{\"conversationId\":\"" + id + "\",\"score\":1}");
            assertThat(nextKind(shopper, "error").get("code").asString()).isEqualTo("already_rated");

            JsonNode botAgain = shopper.turn(id, "退货政策是什么", "zh");
            assertThat(botAgain.get("replies").isEmpty()).as("the bot answers again after the resolution").isFalse();

            AgentSession.Response report = li.get("/api/agent/reports?days=7");
            assertThat(report.status()).isEqualTo(200);
            assertThat(report.body().at("/totals/ratingCounts/5").asInt()).isGreaterThanOrEqualTo(1);
            assertThat(report.body().at("/totals/resolved").asInt()).isGreaterThanOrEqualTo(1);
            assertThat(report.body().at("/totals/containment").asDouble()).isBetween(0.0, 1.0);
        }
    }
}
