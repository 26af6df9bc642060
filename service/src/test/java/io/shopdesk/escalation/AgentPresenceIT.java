package io.shopdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.PinnableClock;
import io.shopdesk.ShopDeskTest;
import java.time.Duration;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An agent's presence through the real console socket and REST: connected, they are available; they set themselves
 * away and back; a supervisor sees it in {@code GET /api/agent/agents} and live on {@code /topic/agent/presence}; when
 * the console closes they stay for the grace (a reload), then are offline. A status other than available or away is
 * refused.
 */
@ShopDeskTest
class AgentPresenceIT {
    @LocalServerPort
    int port;

    @AfterEach
    void realTime() {
        PinnableClock.release();
    }

    static JsonNode agent(AgentSession session, String username) throws Exception {
        AgentSession.Response r = session.get("/api/agent/agents");
        assertThat(r.status()).isEqualTo(200);
        return StreamSupport.stream(r.body().spliterator(), false)
                .filter(a -> username.equals(a.get("username").asString())).findFirst().orElseThrow();
    }

    @Test
    void connectAwayBackAndDisconnectAsTheSupervisorSeesIt() throws Exception {
        try (AgentSession supervisor = new AgentSession(port); AgentSession li = new AgentSession(port)) {
            supervisor.login("supervisor", "shopdesk");
            OffHoursHandoffIT.awaitNoConsoleConnected(supervisor);
            PinnableClock.setTo(PinnableClock.todayInBeijingAt(java.time.LocalTime.of(11, 0)).plus(Duration.ofDays(2)));
            supervisor.connect();
            supervisor.subscribe("/topic/agent/presence");
            assertThat(agent(supervisor, "agent1").get("status").asString()).isEqualTo("offline");

            li.login("agent1", "shopdesk");
            li.connect();
            supervisor.next("/topic/agent/presence", f -> "agent1".equals(f.path("agent").asString())
                    && "available".equals(f.path("status").asString()));
            JsonNode available = agent(supervisor, "agent1");
            assertThat(available.get("status").asString()).isEqualTo("available");
            assertThat(available.get("connected").asBoolean()).isTrue();
            assertThat(available.get("displayName").asString()).isNotBlank();
            assertThat(agent(supervisor, "supervisor").get("status").asString()).isEqualTo("available");

            AgentSession.Response away = li.post("/api/agent/me/status", Map.of("status", "away"));
            assertThat(away.status()).isEqualTo(200);
            assertThat(away.body().get("status").asString()).isEqualTo("away");
            assertThat(li.get("/api/agent/me").body().get("status").asString()).isEqualTo("away");
            supervisor.next("/topic/agent/presence", f -> "agent1".equals(f.path("agent").asString())
                    && "away".equals(f.path("status").asString()));
            assertThat(agent(supervisor, "agent1").get("status").asString()).isEqualTo("away");

            AgentSession.Response bad = li.post("/api/agent/me/status", Map.of("status", "offline"));
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.body().get("code").asString()).isEqualTo("invalid_status");
            assertThat(li.post("/api/agent/me/status", Map.of()).status()).isEqualTo(400);
            assertThat(agent(supervisor, "agent1").get("status").asString()).as("unchanged by a refused status")
                    .isEqualTo("away");

            assertThat(li.post("/api/agent/me/status", Map.of("status", "available")).body().get("status").asString())
                    .isEqualTo("available");

            li.close();
            for (int i = 0; i < 100 && agent(supervisor, "agent1").get("connected").asBoolean(); i++) {
                Thread.sleep(50);
            }
            JsonNode reloading = agent(supervisor, "agent1");
            assertThat(reloading.get("connected").asBoolean()).isFalse();
            assertThat(reloading.get("status").asString()).as("within the grace of a reload").isEqualTo("available");
            PinnableClock.advance(Duration.ofSeconds(31));
            assertThat(agent(supervisor, "agent1").get("status").asString()).isEqualTo("offline");
        }
    }
}
