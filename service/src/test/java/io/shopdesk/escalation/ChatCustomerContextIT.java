package io.shopdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ShopDeskTest;
import io.shopdesk.chat.ShopperIdentities;
import io.shopdesk.chat.ShopperIdentity;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The customer recorded on the conversation itself, through the widget's HTTP path and the real database: a chat the
 * bot handled alone, where the shopper verified an order, is listed in the console's context of the customer's next
 * conversation; an anonymous chat is not; a signed-in shopper's chats are theirs from the first message; an escalation
 * opened before the shopper signed in gets the customer then; and the first customer identified is kept when a second
 * customer's order is verified in the same chat. Shoppers never see other conversations.
 */
@ShopDeskTest
class ChatCustomerContextIT {
    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private JsonNode say(String conversationId, String text, String expectedType) throws Exception {
        return say(conversationId, text, expectedType, null);
    }

    private JsonNode say(String conversationId, String text, String expectedType, ShopperIdentity identity)
            throws Exception {
        JsonNode turn = ShopperHttp.send(port, conversationId, text, "en", identity);
        assertThat(turn.get("replies").valueStream().map(r -> r.get("type").asString())).as(text).contains(expectedType);
        return turn;
    }

    private static JsonNode context(AgentSession agent, String conversationId) throws Exception {
        AgentSession.Response r = agent.get("/api/agent/conversations/" + conversationId + "/context");
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.body();
    }

    private static List<String> pastIds(JsonNode context) {
        return context.get("pastConversations").valueStream().map(p -> p.get("conversationId").asString()).toList();
    }

    private static JsonNode past(JsonNode context, String conversationId) {
        return context.get("pastConversations").valueStream()
                .filter(p -> p.get("conversationId").asString().equals(conversationId)).findFirst().orElseThrow();
    }

    private Long recordedCustomer(String conversationId) {
        return jdbc.sql("SELECT customer_id FROM conversations WHERE id = :id").param("id", conversationId)
                .query((rs, n) -> rs.getObject(1) == null ? null : rs.getLong(1)).list().getFirst();
    }

    @Test
    void aBotOnlyChatWithAVerifiedOrderIsListedWhenTheCustomerComesBack() throws Exception {
        String botOnly = say(null, "Where is my order SD10000003?", "ask").get("conversationId").asString();
        say(botOnly, "2046", "order_status");
        assertThat(recordedCustomer(botOnly)).as("the verified order's customer").isEqualTo(3L);

        String anonymous = say(null, "Hello there", "text").get("conversationId").asString();
        assertThat(recordedCustomer(anonymous)).isNull();

        String again = say(null, "Hi, my order SD10000003 please", "ask").get("conversationId").asString();
        say(again, "2046", "order_status");
        say(again, "talk to a human", "handoff");

        try (AgentSession agent = new AgentSession(port)) {
            agent.login("agent1", "shopdesk");
            JsonNode context = context(agent, again);
            assertThat(context.at("/conversation/customerId").asLong()).isEqualTo(3L);
            assertThat(pastIds(context)).contains(botOnly).doesNotContain(again, anonymous);
            JsonNode earlier = past(context, botOnly);
            assertThat(earlier.get("escalated").asBoolean()).isFalse();
            assertThat(earlier.get("firstShopperLine").asString()).isEqualTo("Where is my order SD10000003?");
            assertThat(earlier.get("startedAt").isNull()).isFalse();
            assertThat(earlier.get("language").asString()).isEqualTo("en");
            for (String field : List.of("escalationId", "createdAt", "resolvedAt", "status", "disposition", "closedBy",
                    "rating")) {
                assertThat(earlier.get(field).isNull()).as(field).isTrue();
            }
            // Opening it read-only is its own context, with the whole transcript.
            assertThat(context(agent, botOnly).get("transcript").valueStream().map(l -> l.get("text").asString()))
                    .contains("Where is my order SD10000003?", "2046");
            assertThat(context(agent, anonymous).get("pastConversations").isEmpty())
                    .as("nobody known, nothing listed").isTrue();
        }

        // The shopper's own endpoints show this conversation's lines and nothing of the earlier one.
        HttpResponse<String> history = ShopperHttp.history(port, again, null);
        assertThat(history.statusCode()).isEqualTo(200);
        JsonNode messages = AgentSession.JSON.readTree(history.body()).get("messages");
        assertThat(messages.valueStream().filter(m -> m.get("role").asString().equals("shopper"))
                .map(m -> m.get("text").asString()))
                .containsExactly("Hi, my order SD10000003 please", "2046", "talk to a human");
        assertThat(history.body()).doesNotContain(botOnly, "pastConversations", "Where is my order");
        try (AgentSession shopper = new AgentSession(port)) {
            assertThat(shopper.get("/api/agent/conversations/" + again + "/context").status())
                    .as("the context is for agents only").isEqualTo(401);
        }
    }

    @Test
    void aSignedInShoppersChatsAreTheirsAndAnEarlierEscalationGetsTheCustomerOnSignIn() throws Exception {
        ShopperIdentity shopper = ShopperIdentities.signed(12);
        String signedBotOnly = say(null, "Hello there", "text", shopper).get("conversationId").asString();
        assertThat(recordedCustomer(signedBotOnly)).as("signed in with the first message").isEqualTo(12L);

        String askedFirst = say(null, "talk to a human", "handoff").get("conversationId").asString();
        try (AgentSession agent = new AgentSession(port)) {
            agent.login("agent1", "shopdesk");
            assertThat(context(agent, askedFirst).at("/escalation/customerId").isNull())
                    .as("handed over before anyone knew who asked").isTrue();

            ShopperHttp.send(port, askedFirst, "I am still here", "en", shopper);
            assertThat(recordedCustomer(askedFirst)).isEqualTo(12L);
            JsonNode identified = context(agent, askedFirst);
            assertThat(identified.at("/escalation/customerId").asLong()).as("the escalation gets the customer").isEqualTo(12L);
            assertThat(identified.at("/conversation/customerId").asLong()).isEqualTo(12L);
            long escalationId = identified.at("/escalation/id").asLong();
            assertThat(agent.post("/api/agent/escalations/" + escalationId + "/claim", Map.of()).status()).isEqualTo(200);
            assertThat(agent.post("/api/agent/escalations/" + escalationId + "/resolve",
                    Map.of("disposition", "solved")).status()).isEqualTo(200);

            String latest = say(null, "talk to a human", "handoff", shopper).get("conversationId").asString();
            JsonNode context = context(agent, latest);
            assertThat(pastIds(context)).as("latest started first").containsSubsequence(askedFirst, signedBotOnly)
                    .doesNotContain(latest);
            JsonNode escalated = past(context, askedFirst);
            assertThat(escalated.get("escalated").asBoolean()).isTrue();
            assertThat(escalated.get("escalationId").asLong()).isEqualTo(escalationId);
            assertThat(escalated.get("status").asString()).isEqualTo("resolved");
            assertThat(escalated.get("disposition").asString()).isEqualTo("solved");
            assertThat(escalated.get("firstShopperLine").asString()).isEqualTo("talk to a human");
            assertThat(past(context, signedBotOnly).get("escalated").asBoolean()).isFalse();
        }

        // Another customer's identity reads neither conversation.
        ShopperIdentity stranger = ShopperIdentities.signed(11);
        assertThat(ShopperHttp.history(port, signedBotOnly, stranger).statusCode()).isEqualTo(403);
        assertThat(ShopperHttp.history(port, signedBotOnly, null).statusCode()).isEqualTo(403);
    }

    @Test
    void theFirstCustomerIdentifiedIsNeverOverwrittenByAnother() throws Exception {
        String shared = say(null, "Where is my order SD10000006?", "ask").get("conversationId").asString();
        say(shared, "7721", "order_status");
        say(shared, "And my order SD10000008?", "ask");
        say(shared, "4455", "order_status");
        assertThat(recordedCustomer(shared)).as("the first customer stays").isEqualTo(6L);

        try (AgentSession agent = new AgentSession(port)) {
            agent.login("agent1", "shopdesk");
            String sixth = say(null, "talk to a human", "handoff", ShopperIdentities.signed(6))
                    .get("conversationId").asString();
            assertThat(pastIds(context(agent, sixth))).contains(shared);
            String eighth = say(null, "talk to a human", "handoff", ShopperIdentities.signed(8))
                    .get("conversationId").asString();
            assertThat(pastIds(context(agent, eighth))).as("not the second customer's").doesNotContain(shared);
        }
    }
}
