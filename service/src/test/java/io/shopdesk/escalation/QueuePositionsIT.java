package io.shopdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.PinnableClock;
import io.shopdesk.ShopDeskTest;
import io.shopdesk.chat.StompTestClient;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A shopper waiting in the queue hears when their place changes, over a real socket: a chat ahead claimed by an agent,
 * a more urgent one coming in ahead, one ahead withdrawn by its shopper. The widget redraws its one hand-off notice from
 * these ({@code chat-ui/tests/queue-notice.e2e.mjs}). Before, the place the hand-off gave stayed on screen until the
 * shopper wrote again. Shoppers whose place did not change hear nothing, and the new chat's shopper hears its place
 * with the hand-off, not twice.
 */
@ShopDeskTest
class QueuePositionsIT {
    @LocalServerPort
    int port;

    @AfterEach
    void realTime() {
        PinnableClock.release();
    }

    @Test
    void aWaitingShopperIsToldTheirNewPlaceWhenTheQueueMoves() throws Exception {
        PinnableClock.setTo(PinnableClock.todayInBeijingAt(LocalTime.of(11, 0)));
        try (AgentSession li = new AgentSession(port); StompTestClient first = new StompTestClient(port);
             StompTestClient second = new StompTestClient(port); StompTestClient urgent = new StompTestClient(port)) {
            li.login("agent1", "shopdesk");
            li.connect();
            JsonNode one = first.turn(null, "转人工", "zh");
            long firstId = one.at("/handoff/escalationId").asLong();
            JsonNode two = second.turn(null, "I want to talk to a human", "en");
            assertThat(EscalationLifecycleIT.nextKind(second, "handoff").get("position").asInt())
                    .isEqualTo(two.at("/handoff/position").asInt());
            int place = two.at("/handoff/position").asInt();
            assertThat(place).as("behind the first shopper").isEqualTo(one.at("/handoff/position").asInt() + 1);
            assertThat(first.drainPositions(500)).as("a shopper behind moves nobody ahead").isEmpty();
            assertThat(second.drainPositions(0)).as("the hand-off said the place already").isEmpty();

            assertThat(li.post("/api/agent/escalations/" + firstId + "/claim", Map.of()).status()).isEqualTo(200);
            JsonNode moved = second.nextPosition();
            assertThat(moved.get("conversationId").asString()).isEqualTo(two.get("conversationId").asString());
            assertThat(moved.get("escalationId").asLong()).isEqualTo(two.at("/handoff/escalationId").asLong());
            assertThat(moved.get("position").asInt()).isEqualTo(place - 1);
            assertThat(moved.get("availability").asString()).as("11:00, an agent connected").isEqualTo("available");
            assertThat(moved.get("opensAt").isNull()).isTrue();
            assertThat(first.drainPositions(300)).as("the claimed chat is in no queue").isEmpty();

            // An account takeover is urgent (priority 1): it goes ahead of the second shopper.
            JsonNode takeover = urgent.turn(null, "my account got hacked", "en");
            assertThat(takeover.at("/handoff/status").asString()).isEqualTo("queued");
            EscalationLifecycleIT.nextKind(urgent, "handoff");
            assertThat(second.nextPosition().get("position").asInt()).isEqualTo(place);

            // At 03:00 Beijing time the desk is closed: the push says so and when agents are back, not "shortly".
            PinnableClock.setTo(PinnableClock.todayInBeijingAt(LocalTime.of(3, 0)));
            JsonNode withdrawn = urgent.turn(takeover.get("conversationId").asString(), "never mind, cancel the agent request", "en");
            assertThat(withdrawn.has("handoff")).isFalse();
            JsonNode closed = second.nextPosition();
            assertThat(closed.get("position").asInt()).isEqualTo(place - 1);
            assertThat(closed.get("availability").asString()).isEqualTo("closed");
            assertThat(closed.get("opensAt").asString()).endsWith("T09:00+08:00");

            JsonNode waiting = second.turn(two.get("conversationId").asString(), "how long do I have to wait?", "en");
            assertThat(waiting.get("kind").asString()).isEqualTo("turn");
            assertThat(waiting.at("/handoff/position").asInt()).as("the place the queue answer gives").isEqualTo(place - 1);
        }
    }

    /**
     * A shopper who reloads the widget (a new socket asking for the history) hears their place at once, without any
     * change of the queue; a conversation the bot has hears none. Before, the place came back with the next change.
     */
    @Test
    void aShopperWhoReloadsIsToldTheirPlaceRightAfterTheHistory() throws Exception {
        try (StompTestClient before = new StompTestClient(port)) {
            JsonNode asked = before.turn(null, "我要转人工", "zh");
            String waiting = asked.get("conversationId").asString();
            int place = asked.at("/handoff/position").asInt();
            EscalationLifecycleIT.nextKind(before, "handoff"); // the hand-off's push, before the next turn's answer
            String withBot = before.turn(null, "你好", "zh").get("conversationId").asString();
            assertThat(withBot).isNotEqualTo(waiting);
            before.close();

            try (StompTestClient reloaded = new StompTestClient(port)) {
                reloaded.history(waiting);
                assertThat(reloaded.next().get("kind").asString()).isEqualTo("history");
                JsonNode told = reloaded.nextPosition();
                assertThat(told.get("conversationId").asString()).isEqualTo(waiting);
                assertThat(told.get("escalationId").asLong()).isEqualTo(asked.at("/handoff/escalationId").asLong());
                assertThat(told.get("position").asInt()).isEqualTo(place);
                assertThat(told.get("availability").asString()).isNotBlank();

                reloaded.history(withBot);
                assertThat(reloaded.next().get("kind").asString()).isEqualTo("history");
                assertThat(reloaded.drainPositions(800)).as("the bot has that chat: no place, nor a second one").isEmpty();

                JsonNode withdrawn = reloaded.turn(waiting, "算了，不用人工了", "zh");
                assertThat(withdrawn.path("handoff").isNull() || withdrawn.path("handoff").isMissingNode())
                        .as("withdrawn").isTrue();
            }
        }
    }
}
