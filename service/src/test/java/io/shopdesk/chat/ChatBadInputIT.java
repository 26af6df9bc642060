package io.shopdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ShopDeskTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Every kind of bad input gets a clear error and loses nothing; the session lives on. */
@ShopDeskTest
class ChatBadInputIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void emptyAndWhitespaceMessagesAreRejectedByName() throws Exception {
        try (StompTestClient shopper = new StompTestClient(port)) {
            // Zero-width spaces and a byte-order mark show nothing either.
            for (String text : new String[] {"", "   \n\t ", "\u200b\u200b", "\ufeff \u200d", "\ufe0f", "\u3164\u3164", "\u2800"}) {
                JsonNode reply = shopper.turn(null, text, "en");
                assertThat(reply.at("/replies/0/type").asString()).isEqualTo("error");
                assertThat(reply.at("/replies/0/data/code").asString()).isEqualTo("empty_message");
                assertThat(reply.at("/replies/0/text").asString()).isEqualTo("The message is empty.");
            }
        }
    }

    @Test
    void overlongMessageNamesTheLimit() throws Exception {
        try (StompTestClient shopper = new StompTestClient(port)) {
            JsonNode reply = shopper.turn(null, "退".repeat(2001), "zh");
            assertThat(reply.at("/replies/0/data/code").asString()).isEqualTo("message_too_long");
            assertThat(reply.at("/replies/0/data/limit").asInt()).isEqualTo(2000);
            assertThat(reply.at("/replies/0/text").asString()).isEqualTo("消息太长了，最多 2000 个字符（当前 2001 个）。");
            JsonNode fine = shopper.turn(null, "退".repeat(5), "zh");
            assertThat(fine.at("/replies/0/type").asString()).isNotEqualTo("error");
        }
    }

    @Test
    void aRefusalIsToldInTheLanguageOfTheRefusedTextWhateverTheClientSaid() throws Exception {
        try (StompTestClient shopper = new StompTestClient(port)) {
            JsonNode english = shopper.turn(null, "where is my order ".repeat(120), null);
            assertThat(english.at("/replies/0/data/code").asString()).isEqualTo("message_too_long");
            assertThat(english.at("/replies/0/text").asString()).startsWith("The message is too long");
            JsonNode chinese = shopper.turn(null, "我的订单到哪了".repeat(300), "en");
            assertThat(chinese.at("/replies/0/text").asString()).startsWith("消息太长了");
        }
        try (StompTestClient shopper = new StompTestClient(port)) {
            // 2,100 emoji are 8.4 KB of UTF-8: over the servlet container's default frame buffer, still answered.
            JsonNode emoji = shopper.turn(null, "😀".repeat(2100), "en");
            assertThat(emoji.at("/replies/0/data/code").asString()).isEqualTo("message_too_long");
            assertThat(emoji.at("/replies/0/text").asString()).startsWith("The message is too long");
            // Nothing to read in the text and no locale: the conversation's language.
            String id = shopper.turn(null, "hello", "en").get("conversationId").asString();
            assertThat(shopper.turn(id, "  ", null).at("/replies/0/text").asString()).isEqualTo("The message is empty.");
        }
        HttpResponse<String> empty = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/chat/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"\", \"locale\": \"en\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(empty.body()).as("the body's locale").contains("The message is empty.");
        // Over HTTP the text shows its language even when nothing else says it.
        HttpResponse<String> http = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/chat/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"" + "where is my order ".repeat(120) + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(http.statusCode()).isEqualTo(400);
        assertThat(http.body()).contains("The message is too long");
    }

    @Test
    void invalidJsonGetsAnErrorAndTheSessionLivesOn() throws Exception {
        try (StompTestClient shopper = new StompTestClient(port)) {
            shopper.sendRaw("/app/chat", "{not json");
            JsonNode reply = shopper.next();
            assertThat(reply.at("/replies/0/data/code").asString()).isEqualTo("invalid_json");
            assertThat(shopper.turn(null, "hello", "en").at("/replies/0/type").asString()).isEqualTo("text");
        }
    }

    @Test
    void invalidStompFrameGetsAnErrorFrame() throws Exception {
        List<String> frames = new ArrayList<>();
        CompletableFuture<Void> errorSeen = new CompletableFuture<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://localhost:" + port + "/ws"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        frames.add(data.toString());
                        if (data.toString().startsWith("ERROR")) {
                            errorSeen.complete(null);
                        }
                        ws.request(1);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        socket.sendText("THIS IS NOT STOMP\n\n\0", true);
        errorSeen.get(10, TimeUnit.SECONDS);
        assertThat(frames.getLast()).startsWith("ERROR").contains("message:");
    }

    @Test
    void unknownOrderIdIsSaidPlainly() throws Exception {
        try (StompTestClient shopper = new StompTestClient(port)) {
            String id = shopper.turn(null, "Where is my order?", "en").get("conversationId").asString();
            JsonNode reply = shopper.turn(id, "SD99999999", "en");
            assertThat(reply.at("/replies/0/data/code").asString()).isEqualTo("order_not_found");
            assertThat(reply.at("/replies/0/text").asString()).startsWith("I couldn't find order SD99999999.");
        }
    }

    @Test
    void wrongPhoneDigitsRevealNothing() throws Exception {
        try (StompTestClient shopper = new StompTestClient(port)) {
            String id = shopper.turn(null, "Where is my order SD10000001?", "en").get("conversationId").asString();
            JsonNode reply = shopper.turn(id, "0000", "en");
            assertThat(reply.at("/replies/0/data/code").asString()).isEqualTo("order_not_verified");
            assertThat(reply.at("/replies/0/text").asString()).doesNotContain("SF1234567890123").doesNotContain("5678");
        }
    }

    @Test
    void htmlAndSqlAreStoredAsTheyCame() throws Exception {
        String hostile = "<img src=x onerror=alert(1)>'; DROP TABLE orders;--";
        // Other tests in this shared context add orders of their own: the table must be as this test found it.
        int orders = jdbc.sql("SELECT count(*) FROM orders").query(Integer.class).single();
        try (StompTestClient shopper = new StompTestClient(port)) {
            String id = shopper.turn(null, hostile, "en").get("conversationId").asString();
            shopper.sendRaw("/app/chat/history", "{\"conversationId\":\"" + id + "\"}");
            assertThat(shopper.next().at("/messages/0/text").asString()).isEqualTo(hostile);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM orders").query(Integer.class).single()).isEqualTo(orders);
    }

    @Test
    void fullWidthTextIsReadAsAsciiAndStoredAsTyped() throws Exception {
        String typed = "我的订单ＳＤ１００００００１到哪了";
        try (StompTestClient shopper = new StompTestClient(port)) {
            JsonNode turn = shopper.turn(null, typed, "zh");
            assertThat(turn.at("/analysis/entities/0/value").asString()).isEqualTo("SD10000001");
            String id = turn.get("conversationId").asString();
            shopper.sendRaw("/app/chat/history", "{\"conversationId\":\"" + id + "\"}");
            assertThat(shopper.next().at("/messages/0/text").asString()).isEqualTo(typed);
        }
    }

    @Test
    void floodOfFiftyMessagesIsRateLimitedAndTheSessionLivesOn() throws Exception {
        try (StompTestClient shopper = new StompTestClient(port)) {
            String id = shopper.turn(null, "hi", "en").get("conversationId").asString();
            long start = System.nanoTime();
            for (int i = 0; i < 50; i++) {
                shopper.say(id, "hi", "en");
            }
            int limited = 0;
            for (int i = 0; i < 50; i++) {
                if ("rate_limited".equals(shopper.next().at("/replies/0/data/code").asString())) {
                    limited++;
                }
            }
            // Burst 20, then 5 per second: whatever the machine's speed, the rest must have been refused.
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(limited).isGreaterThanOrEqualTo(50 - 20 - (int) Math.ceil(5 * seconds) - 1).isPositive();
            assertThat(shopper.connected()).isTrue();
            Thread.sleep(1500);
            assertThat(shopper.turn(id, "thanks", "en").at("/replies/0/type").asString()).isEqualTo("text");
        }
    }

    @Test
    void historyIsServedOnlyForAKnownId() throws Exception {
        try (StompTestClient shopper = new StompTestClient(port)) {
            shopper.sendRaw("/app/chat/history", "{\"conversationId\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"}");
            JsonNode reply = shopper.next();
            assertThat(reply.get("kind").asString()).isEqualTo("error");
            assertThat(reply.get("code").asString()).isEqualTo("unknown_conversation");
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/chat/conversations/nope/messages")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
    }
}
