package io.shopdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ShopDeskTest;
import io.shopdesk.chat.ChatService;
import io.shopdesk.chat.ShopperIdentities;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A known customer's earlier conversations in the console's context, and the search of closed escalations, with real
 * logins: customer 17 (朱晓明, signed in by the shop) has two chats handed to a person; the second one's context lists
 * the first (how it ended, who resolved it, the first line, the rating), an anonymous chat lists none; the search
 * finds them by name, customer id, order id and transcript text, a page at a time, and refuses bad parameters clearly.
 */
@ShopDeskTest
class PastConversationsIT {
    static final String FIRST_LINE = "你好，退货单 QX-7781 的运费谁来付？";

    @LocalServerPort
    int port;

    @Autowired
    ChatService chat;

    @Autowired
    AgentDesk desk;

    private static long escalationId(AgentSession agent, String conversationId) throws Exception {
        return agent.get("/api/agent/conversations/" + conversationId + "/context").body().at("/escalation/id").asLong();
    }

    private static List<Long> ids(AgentSession.Response page) {
        return page.body().valueStream().map(e -> e.get("id").asLong()).toList();
    }

    @Test
    void theContextListsTheCustomersEarlierConversationsAndTheSearchFindsThem() throws Exception {
        try (AgentSession li = new AgentSession(port)) {
            li.login("agent1", "shopdesk");
            String first = chat.handle(null, FIRST_LINE, "zh", "past-17", ShopperIdentities.signed(17)).conversationId();
            chat.handle(first, "转人工", "zh", "past-17", ShopperIdentities.signed(17));
            long firstEscalation = escalationId(li, first);
            assertThat(li.post("/api/agent/escalations/" + firstEscalation + "/claim", Map.of()).status()).isEqualTo(200);
            li.post("/api/agent/conversations/" + first + "/messages", Map.of("text", "运费由我们承担。"));
            assertThat(li.post("/api/agent/escalations/" + firstEscalation + "/resolve",
                    Map.of("disposition", "refund_issued")).status()).isEqualTo(200);
            desk.rate(first, 4, null);

            String second = chat.handle(null, "又是我，转人工", "zh", "past-17", ShopperIdentities.signed(17)).conversationId();
            chat.handle(second, "转人工", "zh", "past-17", ShopperIdentities.signed(17));
            JsonNode context = li.get("/api/agent/conversations/" + second + "/context").body();
            List<JsonNode> past = context.get("pastConversations").valueStream().toList();
            assertThat(past).extracting(p -> p.get("conversationId").asString()).contains(first).doesNotContain(second);
            JsonNode earlier = past.stream().filter(p -> p.get("conversationId").asString().equals(first)).findFirst().orElseThrow();
            assertThat(earlier.get("escalationId").asLong()).isEqualTo(firstEscalation);
            assertThat(earlier.get("status").asString()).isEqualTo("resolved");
            assertThat(earlier.get("disposition").asString()).isEqualTo("refund_issued");
            assertThat(earlier.get("closedBy").asString()).isEqualTo("李娜 Li Na");
            assertThat(earlier.get("firstShopperLine").asString()).isEqualTo(FIRST_LINE);
            assertThat(earlier.get("rating").asInt()).isEqualTo(4);
            assertThat(earlier.get("createdAt").isNull()).isFalse();
            assertThat(earlier.get("resolvedAt").isNull()).isFalse();
            // Opening it read-only is its own context: the whole transcript.
            assertThat(li.get("/api/agent/conversations/" + first + "/context").body().get("transcript").valueStream()
                    .map(l -> l.get("text").asString())).contains(FIRST_LINE, "运费由我们承担。");

            String anonymous = chat.handle(null, "转人工", "zh", "past-anon").conversationId();
            assertThat(li.get("/api/agent/conversations/" + anonymous + "/context").body().get("pastConversations")
                    .isEmpty()).as("nobody known, nothing listed").isTrue();

            long secondEscalation = escalationId(li, second);
            li.post("/api/agent/escalations/" + secondEscalation + "/claim", Map.of());
            li.post("/api/agent/escalations/" + secondEscalation + "/resolve", Map.of("disposition", "solved"));

            String closed = "/api/agent/escalations?status=resolved&q=";
            AgentSession.Response byText = li.get(closed + "qx-7781");
            assertThat(byText.status()).isEqualTo(200);
            assertThat(ids(byText)).as("text of the transcript, any case").containsExactly(firstEscalation);
            assertThat(ids(li.get(closed + "%E8%BF%90%E8%B4%B9%E7%94%B1%E6%88%91%E4%BB%AC"))).as("an agent's line")
                    .containsExactly(firstEscalation);
            assertThat(ids(li.get(closed + "%E6%9C%B1%E6%99%93%E6%98%8E"))).as("the customer's name")
                    .contains(firstEscalation, secondEscalation);
            assertThat(ids(li.get(closed + "17"))).as("the customer's id").contains(firstEscalation, secondEscalation);
            assertThat(ids(li.get(closed + "sd10000017"))).as("one of the customer's orders")
                    .contains(firstEscalation, secondEscalation);
            assertThat(ids(li.get(closed + first))).as("the conversation's id").containsExactly(firstEscalation);
            AgentSession.Response none = li.get(closed + "zz-no-such-words");
            assertThat(none.body().isEmpty()).isTrue();
            assertThat(none.header("X-Has-More")).isEqualTo("false");
            assertThat(ids(li.get(closed + "100%25"))).as("% is a character, not a wildcard").isEmpty();

            AgentSession.Response page0 = li.get(closed + "QX-7781%20&size=1&page=0");
            assertThat(ids(page0)).containsExactly(firstEscalation);
            AgentSession.Response newest = li.get(closed + "17&size=1&page=0");
            assertThat(ids(newest)).as("latest closed first").containsExactly(secondEscalation);
            assertThat(newest.header("X-Has-More")).isEqualTo("true");
            assertThat(newest.header("X-Page")).isEqualTo("0");
            assertThat(newest.header("X-Page-Size")).isEqualTo("1");
            AgentSession.Response next = li.get(closed + "17&size=1&page=1");
            assertThat(ids(next)).containsExactly(firstEscalation);

            AgentSession.Response all = li.get("/api/agent/escalations?status=closed");
            assertThat(all.status()).isEqualTo(200);
            assertThat(all.header("X-Page-Size")).isEqualTo("50");
            // Other tests share the database (some close escalations on a clock pinned later today), so only the
            // order of these two is this test's to check.
            assertThat(ids(all)).as("without a query: the latest closed first")
                    .containsSubsequence(secondEscalation, firstEscalation);
        }
    }

    @Test
    void badSearchParametersAreRefusedClearlyAndStrangersGetNothing() throws Exception {
        try (AgentSession li = new AgentSession(port); AgentSession stranger = new AgentSession(port)) {
            li.login("agent1", "shopdesk");
            Map<String, String> refused = Map.of(
                    "q=a", "invalid_query",
                    "q=" + "x".repeat(101), "invalid_query",
                    "q=refund&size=0", "invalid_size",
                    "size=101", "invalid_size",
                    "page=abc", "invalid_page",
                    "page=-1", "invalid_page",
                    "days=367", "invalid_days");
            for (var bad : refused.entrySet()) {
                AgentSession.Response r = li.get("/api/agent/escalations?status=resolved&" + bad.getKey());
                assertThat(r.status()).as(bad.getKey()).isEqualTo(400);
                assertThat(r.body().get("code").asString()).as(bad.getKey()).isEqualTo(bad.getValue());
                assertThat(r.body().get("message").asString()).as(bad.getKey()).isNotBlank();
            }
            assertThat(stranger.get("/api/agent/escalations?status=resolved&q=17").status()).isEqualTo(401);
        }
    }
}
