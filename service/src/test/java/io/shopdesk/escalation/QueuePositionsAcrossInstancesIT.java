package io.shopdesk.escalation;

import static io.shopdesk.ServiceOnFileDatabase.port;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ServiceOnFileDatabase;
import io.shopdesk.chat.StompTestClient;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Two instances of the service on one H2 file database, as behind a load balancer: a shopper waiting on one of them
 * hears their new place when an agent on the other claims the chat ahead of them, within the refresh
 * ({@code shopdesk.escalation.queue-position-refresh}, 500 ms here). Before, the claim's event told only the shoppers
 * of the instance where it happened: the shopper on the other kept "number 2" until they wrote again.
 */
class QueuePositionsAcrossInstancesIT {
    private static final String[] ARGS = {"--shopdesk.escalation.queue-position-refresh=500ms"};

    @TempDir
    Path data;

    @Test
    void aShopperOnOneInstanceHearsTheirPlaceWhenAnAgentOnAnotherClaimsTheChatAhead() throws Exception {
        try (ConfigurableApplicationContext first = ServiceOnFileDatabase.start(data, ARGS);
             ConfigurableApplicationContext second = ServiceOnFileDatabase.start(data, ARGS);
             AgentSession li = new AgentSession(port(first));
             StompTestClient shopper = new StompTestClient(port(second))) {
            li.login("agent1", "shopdesk");
            long ahead = ShopperHttp.send(port(first), null, "转人工", "zh").at("/handoff/escalationId").asLong();
            JsonNode asked = shopper.turn(null, "I want to talk to a human", "en");
            int place = asked.at("/handoff/position").asInt();
            assertThat(place).as("behind the chat asked on the first instance").isGreaterThanOrEqualTo(2);
            assertThat(shopper.drainPositions(1_500)).as("nothing moved: nothing told").isEmpty();

            assertThat(li.post("/api/agent/escalations/" + ahead + "/claim", Map.of()).status()).isEqualTo(200);
            JsonNode moved = shopper.nextPosition();
            assertThat(moved.get("conversationId").asString()).isEqualTo(asked.get("conversationId").asString());
            assertThat(moved.get("escalationId").asLong()).isEqualTo(asked.at("/handoff/escalationId").asLong());
            assertThat(moved.get("position").asInt()).isEqualTo(place - 1);
            assertThat(shopper.drainPositions(1_500)).as("told once").isEmpty();
        }
    }
}
