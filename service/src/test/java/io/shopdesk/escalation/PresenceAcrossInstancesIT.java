package io.shopdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ServiceOnFileDatabase;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Two instances of the service on one database, as behind a load balancer: an agent whose console is connected to one
 * of them is present on both (heartbeats in {@code agent_heartbeats}). Before, each instance knew only its own sockets:
 * the other one, restarted, requeued the agent's chats once its grace was over, and so did closing a second console
 * of theirs on it. Real services, logins, sockets and an H2 file database; presence grace 2 s, heartbeat 0.5 s.
 */
class PresenceAcrossInstancesIT {
    private static final String[] ARGS = {"--shopdesk.escalation.presence-grace=2s",
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
                assertThat(escalation(li, wangsChat).get("heldBy").asString())
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
                var frames = li.drain("/topic/agent/presence", 3_500);
                assertThat(frames).as(frames.toString()).isNotEmpty()
                        .noneMatch(f -> "offline".equals(f.get("status").asString()));
                assertThat(li.drain("/topic/agent/escalations", 0))
                        .noneMatch(f -> "requeued".equals(f.path("event").asString()));
                assertThat(escalation(li, wangsChat).get("heldBy").asString()).isEqualTo("agent2");
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

    private static int port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getProperty("local.server.port", Integer.class);
    }

    private static JsonNode escalation(AgentSession session, long id) throws Exception {
        AgentSession.Response r = session.get("/api/agent/escalations/" + id);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.body();
    }
}
