package io.shopdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ShopDeskTest;
import io.shopdesk.chat.ChatService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Canned replies over the real API with real logins: in the conversation's language, filled from what its context
 * knows (the customer, the order in question and its parcel, the agent asking), with what is not known left as a
 * visible placeholder that the API refuses to send to the shopper.
 */
@ShopDeskTest
class CannedRepliesIT {
    @LocalServerPort
    int port;

    @Autowired
    ChatService chat;

    private static JsonNode reply(AgentSession.Response replies, String shortcut) {
        return replies.body().valueStream().filter(r -> shortcut.equals(r.get("shortcut").asString())).findFirst()
                .orElseThrow(() -> new AssertionError("no canned reply " + shortcut + " in " + replies.raw()));
    }

    @Test
    void aChineseChatAboutAnOrderGetsItsRepliesInChineseWithTheOrderAndParcelFilledIn() throws Exception {
        String id = chat.handle(null, "我的订单SD10000001到哪了", "zh", "canned-zh").conversationId();
        chat.handle(id, "5678", "zh", "canned-zh");
        chat.handle(id, "转人工", "zh", "canned-zh");
        try (AgentSession li = new AgentSession(port)) {
            li.login("agent1", "shopdesk");
            AgentSession.Response replies = li.get("/api/agent/canned-replies?conversation=" + id);
            assertThat(replies.status()).as(replies.raw()).isEqualTo(200);
            assertThat(replies.body().valueStream().map(r -> r.get("shortcut").asString())).hasSize(12)
                    .startsWith("hello", "order", "checking", "tracking");
            JsonNode tracking = reply(replies, "tracking");
            assertThat(tracking.get("title").asString()).isEqualTo("包裹在哪里");
            assertThat(tracking.get("text").asString()).isEqualTo(
                    "订单 SD10000001 已由顺丰速运承运，运单号：SF1234567890123。您可以在“我的订单”或快递公司官网查看物流进度。");
            assertThat(tracking.get("template").asString()).startsWith("订单 {orderId} 已由{carrier}承运");
            assertThat(tracking.get("unfilled").isEmpty()).isTrue();
            assertThat(reply(replies, "hello").get("text").asString())
                    .isEqualTo("您好，张伟！我是演示商城客服李娜 Li Na，已经看过您之前的对话，接下来由我为您处理。");

            AgentSession.Response english = li.get("/api/agent/canned-replies?locale=en&conversation=" + id);
            assertThat(reply(english, "tracking").get("text").asString()).as("the carrier named in the reply's language")
                    .isEqualTo("Order SD10000001 is on its way with SF Express, tracking number SF1234567890123. "
                            + "You can follow it in My Orders or on the carrier's website.");
        }
    }

    @Test
    void anAnonymousEnglishChatLeavesTheOrderVisiblyUnfilledAndSuchAReplyIsNeverSent() throws Exception {
        String id = chat.handle(null, "I want to talk to a human", "en", "canned-en").conversationId();
        try (AgentSession li = new AgentSession(port)) {
            li.login("agent1", "shopdesk");
            AgentSession.Response replies = li.get("/api/agent/canned-replies?conversation=" + id);
            assertThat(replies.status()).as(replies.raw()).isEqualTo(200);
            JsonNode checking = reply(replies, "checking");
            assertThat(checking.get("title").asString()).isEqualTo("Checking, please wait");
            assertThat(checking.get("text").asString()).isEqualTo("Thanks, {customerName}. I'm checking order {orderId} "
                    + "now; this takes a minute or two, please stay in the chat.");
            assertThat(checking.get("unfilled").valueStream().map(JsonNode::asString)).containsExactly("customerName", "orderId");
            assertThat(reply(replies, "order").get("unfilled").isEmpty()).isTrue();

            long escalationId = li.get("/api/agent/conversations/" + id + "/context").body().at("/escalation/id").asLong();
            assertThat(li.post("/api/agent/escalations/" + escalationId + "/claim", Map.of()).status()).isEqualTo(200);
            AgentSession.Response refused = li.post("/api/agent/conversations/" + id + "/messages",
                    Map.of("text", checking.get("text").asString()));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.body().get("code").asString()).isEqualTo("unfilled_placeholder");
            assertThat(refused.body().get("message").asString()).isEqualTo("Fill in {customerName}, {orderId} before sending");
            assertThat(refused.body().get("placeholders").valueStream().map(JsonNode::asString))
                    .containsExactly("customerName", "orderId");
            AgentSession.Response sent = li.post("/api/agent/conversations/" + id + "/messages",
                    Map.of("text", "Thanks, Emily. I'm checking order SD10000002 now."));
            assertThat(sent.status()).isEqualTo(200);
            List<String> agentLines = li.get("/api/agent/conversations/" + id + "/context").body().get("transcript")
                    .valueStream().filter(l -> "agent".equals(l.get("role").asString()))
                    .map(l -> l.get("text").asString()).toList();
            assertThat(agentLines).containsExactly("Thanks, Emily. I'm checking order SD10000002 now.");
            li.post("/api/agent/escalations/" + escalationId + "/resolve", Map.of("disposition", "solved"));
        }
    }

    @Test
    void withoutAConversationOnlyTheAgentIsFilledAndBadRequestsAreExplained() throws Exception {
        try (AgentSession wang = new AgentSession(port); AgentSession anonymous = new AgentSession(port)) {
            wang.login("agent2", "shopdesk");
            AgentSession.Response zh = wang.get("/api/agent/canned-replies?locale=zh");
            assertThat(zh.status()).isEqualTo(200);
            assertThat(reply(zh, "bye").get("text").asString())
                    .isEqualTo("感谢您的耐心，{customerName}！之后有任何问题，随时在这里留言。祝您生活愉快！——客服王伟 Wang Wei");
            assertThat(reply(zh, "bye").get("unfilled").valueStream().map(JsonNode::asString)).containsExactly("customerName");

            AgentSession.Response french = wang.get("/api/agent/canned-replies?locale=fr");
            assertThat(french.status()).isEqualTo(400);
            assertThat(french.body().get("code").asString()).isEqualTo("invalid_locale");
            assertThat(french.body().get("message").asString()).isEqualTo("The locale must be zh or en, got fr");
            AgentSession.Response unknown = wang.get("/api/agent/canned-replies?conversation=no-such-chat");
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.body().get("code").asString()).isEqualTo("unknown_conversation");
            assertThat(anonymous.get("/api/agent/canned-replies?locale=zh").status()).isEqualTo(401);
        }
    }
}
