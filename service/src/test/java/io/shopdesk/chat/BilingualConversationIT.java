package io.shopdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ShopDeskTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The user story end to end: a shopper holds a bilingual conversation over a real STOMP socket, then reconnects
 * and gets the history back. Real rules, models, knowledge base and database.
 */
@ShopDeskTest
class BilingualConversationIT {

    @LocalServerPort
    int port;

    @Test
    void bilingualConversationThenReconnectReplaysHistory() throws Exception {
        String id;
        try (StompTestClient shopper = new StompTestClient(port)) {
            JsonNode hello = shopper.turn(null, "你好", "zh");
            assertThat(hello.get("kind").asString()).isEqualTo("turn");
            id = hello.get("conversationId").asString();
            assertThat(id).matches("[A-Za-z0-9_-]{32}");
            assertThat(hello.at("/analysis/language").asString()).isEqualTo("zh");
            assertThat(hello.at("/analysis/intent/name").asString()).isEqualTo("greeting");
            assertThat(hello.at("/replies/0/type").asString()).isEqualTo("text");
            assertThat(hello.at("/replies/0/text").asString()).startsWith("您好");

            JsonNode where = shopper.turn(id, "我的订单到哪了", "zh");
            assertThat(where.at("/analysis/intent/name").asString()).isEqualTo("order_status");
            assertThat(where.at("/replies/0/type").asString()).isEqualTo("ask");
            assertThat(where.at("/replies/0/data/slot").asString()).isEqualTo("order_id");

            JsonNode status = shopper.turn(id, "SD10000001，手机尾号5678", "zh");
            assertThat(status.at("/analysis/entities/0/type").asString()).isEqualTo("order_id");
            assertThat(status.at("/analysis/entities/0/start").asInt()).isZero();
            assertThat(status.at("/analysis/entities/0/end").asInt()).isEqualTo(10);
            assertThat(status.at("/replies/0/type").asString()).isEqualTo("order_status");
            assertThat(status.at("/replies/0/data/carrier").asString()).isEqualTo("顺丰速运");
            assertThat(status.at("/replies/0/data/eta").asString()).isEqualTo("2026-11-28");
            // Due on 2026-11-28, so late by now: the days are counted to the real date (rules/dialogue/README.md).
            assertThat(status.at("/replies/0/data/daysLate").asInt()).isPositive();
            assertThat(status.at("/replies/0/text").asString()).isEqualTo("非常抱歉，订单 SD10000001 延误了：原定 2026-11-28 送达，"
                    + "已经晚了 " + status.at("/replies/0/data/daysLate").asInt() + " 天，目前状态仍是“运输中”（承运商：顺丰速运，"
                    + "运单号：SF1234567890123）。需要我转给同事，向顺丰速运发起查件吗？");

            JsonNode returns = shopper.turn(id, "How do I return a jacket?", "zh");
            assertThat(returns.at("/analysis/language").asString()).isEqualTo("en");
            assertThat(returns.at("/replies/0/type").asString()).isEqualTo("kb_answer");
            assertThat(returns.at("/replies/0/data/faqId").asString()).isEqualTo("returns-how-to");
            assertThat(returns.at("/replies/0/text").asString()).startsWith("Go to My Orders");

            JsonNode nonsense = shopper.turn(id, "asdfgh", "en");
            assertThat(nonsense.at("/analysis/intent/outOfScope").asBoolean()).isTrue();
            assertThat(nonsense.at("/replies/0/type").asString()).isEqualTo("fallback");

            JsonNode human = shopper.turn(id, "转人工", "zh");
            assertThat(human.at("/analysis/intent/name").asString()).isEqualTo("human_agent");
            assertThat(human.at("/replies/0/type").asString()).isEqualTo("handoff");
            assertThat(human.at("/replies/0/data/reason").asString()).isEqualTo("explicit_request");
        }

        try (StompTestClient again = new StompTestClient(port)) {
            again.sendRaw("/app/chat/history", "{\"conversationId\":\"" + id + "\"}");
            JsonNode history = again.next();
            assertThat(history.get("kind").asString()).isEqualTo("history");
            List<String> lines = history.get("messages").valueStream()
                    .map(m -> m.get("role").asString() + ":" + m.get("type").asString()).toList();
            assertThat(lines).containsExactly(
                    "shopper:text", "bot:text",
                    "shopper:text", "bot:ask",
                    "shopper:text", "bot:order_status",
                    "shopper:text", "bot:kb_answer",
                    "shopper:text", "bot:fallback",
                    "shopper:text", "bot:handoff");
            assertThat(history.at("/messages/4/text").asString()).isEqualTo("SD10000001，手机尾号5678");
        }
    }
}
