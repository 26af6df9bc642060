package io.shopdesk.escalation;

import static io.shopdesk.ServiceOnFileDatabase.port;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ServiceOnFileDatabase;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Two instances of the service on one database, as behind a load balancer: an agent whose console is connected to one
 * of them is present on both (heartbeats in {@code agent_heartbeats}). Before, each instance knew only its own sockets:
 * the other one, restarted, requeued the agent's chats once its grace was over, and so did closing a second console
 * of theirs on it. Real services, logins, sockets and an H2 file database; presence grace 5 s, heartbeat 0.5 s (a
 * 2 s grace was shorter than the stalls of a second service starting on a loaded CI machine: the first instance once took
 * Wang Wei's connected console for gone and requeued his chat).
 */
class PresenceAcrossInstancesIT {
    private static final String[] ARGS = {"--shopdesk.escalation.presence-grace=5s",
            "--shopdesk.escalation.presence-heartbeat=500ms"};

    @TempDir
    Path data;

    @Test
    void anInstanceRequeuesOnlyTheChatsOfAgentsWithNoLiveHeartbeatOnAnyInstance() throws Exception {
        try (ConfigurableApplicationContext first = ServiceOnFileDatabase.start(data, ARGS);
             AgentSession wangOnFirst = new AgentSession(port(first));
             AgentSession chen = new AgentSession(port(first));
             AgentSession supervisorOnFirst = new AgentSession(port(first))) {
            int firstPort = port(first);
            wangOnFirst.login("agent2", "shopdesk");
            wangOnFirst.connect();
            chen.login("agent3", "shopdesk"); // through the API only: no console, so present nowhere
            long wangsChat = ShopperHttp.send(firstPort, null, "转人工", "zh").at("/handoff/escalationId").asLong();
            long chensChat = ShopperHttp.send(firstPort, null, "I want to talk to a human", "en")
                    .at("/handoff/escalationId").asLong();
            assertThat(wangOnFirst.post("/api/agent/escalations/" + wangsChat + "/claim", Map.of()).status())
                    .isEqualTo(200);
            assertThat(chen.post("/api/agent/escalations/" + chensChat + "/claim", Map.of()).status()).isEqualTo(200);

            // The second instance (re)starts while Wang Wei works on the first one.
            try (ConfigurableApplicationContext second = ServiceOnFileDatabase.start(data, ARGS);
                 AgentSession li = new AgentSession(port(second));
                 AgentSession wangOnSecond = new AgentSession(port(second))) {
                li.login("agent1", "shopdesk");
                li.connect();
                li.subscribe("/topic/agent/escalations");
                li.subscribe("/topic/agent/presence");
                JsonNode requeued = li.next("/topic/agent/escalations",
                        f -> "requeued".equals(f.path("event").asString())).get("escalation");
                assertThat(requeued.get("id").asLong()).as("only the chat of the agent present nowhere")
                        .isEqualTo(chensChat);
                assertThat(li.escalation(wangsChat).get("heldBy").asString())
                        .as("Wang Wei's console is connected to the first instance").isEqualTo("agent2");
                JsonNode wang = li.get("/api/agent/agents").body().valueStream()
                        .filter(a -> "agent2".equals(a.get("username").asString())).findFirst().orElseThrow();
                assertThat(wang.get("status").asString()).isEqualTo("available");
                assertThat(li.post("/api/agent/escalations/" + chensChat + "/claim", Map.of()).status()).isEqualTo(200);
                assertThat(li.post("/api/agent/escalations/" + chensChat + "/transfer", Map.of("toAgent", "agent2"))
                        .status()).as("a colleague on the other instance is no offline agent").isEqualTo(200);

                // A second console of Wang Wei's, on this instance, closes: his grace here ends, he is still there.
                wangOnSecond.login("agent2", "shopdesk");
                wangOnSecond.connect();
                wangOnSecond.close();
                var frames = li.drain("/topic/agent/presence", 6_000);
                assertThat(frames).as(frames.toString()).isNotEmpty()
                        .noneMatch(f -> "offline".equals(f.get("status").asString()));
                assertThat(li.drain("/topic/agent/escalations", 0))
                        .noneMatch(f -> "requeued".equals(f.path("event").asString()));
                assertThat(li.escalation(wangsChat).get("heldBy").asString()).isEqualTo("agent2");
            }

            // His last console closes: gone from every instance, his chats go back to the queue.
            supervisorOnFirst.login("supervisor", "shopdesk");
            supervisorOnFirst.connect();
            supervisorOnFirst.subscribe("/topic/agent/escalations");
            wangOnFirst.close();
            for (long chat : new long[] {wangsChat, chensChat}) { // the one transferred to him too
                JsonNode back = supervisorOnFirst.next("/topic/agent/escalations",
                        f -> "requeued".equals(f.path("event").asString()) && f.at("/escalation/id").asLong() == chat)
                        .get("escalation");
                assertThat(back.get("status").asString()).isEqualTo("queued");
            }
        }
    }

    /**
     * An instance learns, at its heartbeat, what happened to the agents of the others: its consoles hear a colleague
     * on another instance come, go away and come back, and its hand-off counts them; when the only instance of an agent
     * dies (it loses its database and stops, so its heartbeats are never removed, as a killed process leaves them), the
     * survivor takes them for offline once those rows expire, and their chat goes back to the queue in its place, the
     * shopper told, the agent's words kept. Before, the survivor's consoles heard nothing, its hand-off told the shopper
     * every agent was busy, and the chat stayed held by nobody until an instance restarted.
     */
    @Test
    void theSurvivorHearsAColleagueOnAnotherInstanceAndRequeuesTheirChatWhenThatInstanceDies() throws Exception {
        String[] args = {ARGS[0], ARGS[1], "--shopdesk.escalation.hours.zone=" + zoneWhereItIsNoon()};
        try (ConfigurableApplicationContext survivor = ServiceOnFileDatabase.start(data, args);
             AgentSession li = new AgentSession(port(survivor))) {
            int survivorPort = port(survivor);
            li.login("agent1", "shopdesk");
            li.connect();
            li.subscribe("/topic/agent/presence");
            li.subscribe("/topic/agent/escalations");
            assertThat(li.post("/api/agent/me/status", Map.of("status", "away")).status()).isEqualTo(200);

            ConfigurableApplicationContext doomed = ServiceOnFileDatabase.start(data, args);
            try (AgentSession wang = new AgentSession(port(doomed))) {
                wang.login("agent2", "shopdesk");
                wang.connect();
                li.next("/topic/agent/presence", f -> presence(f, "agent2", "available"));
                assertThat(wang.post("/api/agent/me/status", Map.of("status", "away")).status()).isEqualTo(200);
                li.next("/topic/agent/presence", f -> presence(f, "agent2", "away"));
                assertThat(wang.post("/api/agent/me/status", Map.of("status", "available")).status()).isEqualTo(200);
                li.next("/topic/agent/presence", f -> presence(f, "agent2", "available"));

                JsonNode asked = ShopperHttp.send(survivorPort, null, "转人工", "zh");
                JsonNode handoff = asked.get("replies").valueStream()
                        .filter(r -> "handoff".equals(r.get("type").asString())).findFirst().orElseThrow();
                assertThat(handoff.at("/data/availability").asString())
                        .as("Li Na is away here, Wang Wei available on the other instance").isEqualTo("available");
                String chat = asked.get("conversationId").asString();
                long escalation = asked.at("/handoff/escalationId").asLong();
                String askedAt = li.escalation(escalation).get("createdAt").asString();
                assertThat(wang.post("/api/agent/escalations/" + escalation + "/claim", Map.of()).status()).isEqualTo(200);
                assertThat(wang.post("/api/agent/conversations/" + chat + "/messages", Map.of("text", "我是王伟，正在查。"))
                        .status()).isEqualTo(200);

                // The other instance dies: nothing it does from now on reaches the database.
                ((AutoCloseable) doomed.getBean(DataSource.class)).close();
                doomed.close();

                li.next("/topic/agent/presence", f -> presence(f, "agent2", "offline"));
                JsonNode requeued = li.next("/topic/agent/escalations", f -> "requeued".equals(f.path("event").asString())
                        && f.at("/escalation/id").asLong() == escalation).get("escalation");
                assertThat(requeued.get("status").asString()).isEqualTo("queued");
                assertThat(requeued.get("createdAt").asString()).as("keeps its place in line").isEqualTo(askedAt);
                String shopperReads = ShopperHttp.history(survivorPort, chat, null).body();
                assertThat(shopperReads).as("the agent's words kept, the shopper told").contains("我是王伟，正在查。")
                        .contains("客服 王伟 Wang Wei 暂时离开了对话。您仍保留原来的排队位置，下一位客服会在这里回复您。");
                assertThat(ShopperHttp.send(survivorPort, chat, "还有人吗？", "zh").at("/replies/0/data/code").asString())
                        .isEqualTo("in_queue");
                assertThat(li.post("/api/agent/escalations/" + escalation + "/claim", Map.of()).status())
                        .as("a colleague can take it").isEqualTo(200);
            } finally {
                doomed.close();
            }
        }
    }

    private static boolean presence(JsonNode frame, String agent, String status) {
        return agent.equals(frame.path("agent").asString()) && status.equals(frame.path("status").asString());
    }

    /** A zone where it is about noon now, within the desk's hours whenever the test runs. */
    private static String zoneWhereItIsNoon() {
        int hour = java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).getHour();
        return java.time.ZoneOffset.ofHours(12 - hour).getId();
    }
}
