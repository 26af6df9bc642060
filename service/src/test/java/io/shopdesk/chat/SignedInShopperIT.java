package io.shopdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ShopDeskTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A shopper the shop signed in, over the real transports: the identity travels with each message (REST body, STOMP
 * frame) and history request (STOMP frame, REST headers); a bad one is refused before anything is stored, and a
 * conversation of a signed-in customer answers no one else.
 */
@ShopDeskTest
class SignedInShopperIT {
    static final JsonMapper JSON = JsonMapper.builder().build();
    final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    HttpResponse<String> post(String text, String conversationId, ShopperIdentity identity) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("conversationId", conversationId);
        body.put("text", text);
        body.put("identity", identity);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> history(String conversationId, ShopperIdentity identity) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/chat/conversations/" + conversationId + "/messages"));
        if (identity != null) {
            request.header("X-ShopDesk-Customer", String.valueOf(identity.customerId()))
                    .header("X-ShopDesk-Expires", String.valueOf(identity.expires()))
                    .header("X-ShopDesk-Signature", identity.signature());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A new conversation of {@code customer}, signed in. */
    String signedInConversation(long customer) throws Exception {
        return JSON.readTree(post("你好", null, ShopperIdentities.signed(customer)).body()).get("conversationId").asString();
    }

    URI conversationUri(String conversationId, String rest) {
        return URI.create("http://localhost:" + port + "/api/chat/conversations/" + conversationId + rest);
    }

    int conversations() {
        return jdbc.queryForObject("select count(*) from conversations", Integer.class);
    }

    @Test
    void aSignedInCustomerSeesTheirOrderWithoutPhoneDigitsAndOwnsTheConversation() throws Exception {
        ShopperIdentity zhangWei = ShopperIdentities.signed(1);
        JsonNode status = JSON.readTree(post("SD10000001到哪了", null, zhangWei).body());
        assertThat(status.at("/replies/0/type").asString()).isEqualTo("order_status");
        assertThat(status.at("/replies/0/data/trackingNumber").asString()).isEqualTo("SF1234567890123");
        String id = status.get("conversationId").asString();
        int stored = JSON.readTree(history(id, zhangWei).body()).get("messages").size();

        HttpResponse<String> anonymous = post("SD10000001到哪了", id, null);
        assertThat(anonymous.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(anonymous.body()).at("/error/code").asString()).isEqualTo("identity_mismatch");
        assertThat(JSON.readTree(anonymous.body()).at("/replies/0/text").asString()).contains("另一个账号");
        assertThat(post("我的订单呢", id, ShopperIdentities.signed(2)).statusCode()).isEqualTo(403);

        assertThat(history(id, null).statusCode()).isEqualTo(403);
        HttpResponse<String> own = history(id, zhangWei);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(own.body()).get("messages").size()).as("the refused messages were not stored")
                .isEqualTo(stored);
    }

    @Test
    void anAnonymousConversationIsTakenOverWhenTheShopperSignsIn() throws Exception {
        JsonNode first = JSON.readTree(post("我想用花呗分期付款", null, null).body());
        assertThat(first.at("/replies/0/type").asString()).isEqualTo("kb_answer");
        String id = first.get("conversationId").asString();
        JsonNode signed = JSON.readTree(post("我想用花呗分期付款", id, ShopperIdentities.signed(1)).body());
        assertThat(signed.at("/replies/0/data/code").asString()).isEqualTo("instalments_available");
        assertThat(post("谢谢", id, null).statusCode()).isEqualTo(403);
    }

    @Test
    void aConversationThatProvedAnotherCustomersOrderIsNotTakenOver() throws Exception {
        JsonNode proved = JSON.readTree(
                post("Where is my order SD10000002? The last 4 digits are 4321", null, null).body());
        assertThat(proved.at("/replies/0/type").asString()).isEqualTo("order_status");
        String id = proved.get("conversationId").asString();
        HttpResponse<String> signIn = post("hello", id, ShopperIdentities.signed(1));
        assertThat(signIn.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(signIn.body()).at("/error/code").asString()).isEqualTo("identity_mismatch");
        assertThat(post("thanks", id, null).statusCode()).as("still the anonymous visitor's").isEqualTo(200);
    }

    @Test
    void onlyTheSignedInCustomerRatesTheirConversation() throws Exception {
        HttpResponse<String> stranger = http.send(HttpRequest.newBuilder(
                        conversationUri(signedInConversation(1), "/rating"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"score\":1}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(stranger.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(stranger.body()).get("code").asString()).isEqualTo("identity_mismatch");
    }

    @Test
    void historyHeadersThatAreNotNumbersAreAnInvalidIdentity() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        conversationUri(signedInConversation(1), "/messages"))
                .header("X-ShopDesk-Customer", "one").header("X-ShopDesk-Expires", "soon")
                .header("X-ShopDesk-Signature", "ab").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(response.body()).at("/error/code").asString()).isEqualTo("invalid_identity");
    }

    @Test
    void forgedExpiredOrUnsignedIdentitiesAreRefusedAndNothingIsStored() throws Exception {
        int before = conversations();
        ShopperIdentity real = ShopperIdentities.signed(1);
        HttpResponse<String> forged = post("你好", null, new ShopperIdentity(2L, real.expires(), real.signature()));
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(forged.body()).at("/error/code").asString()).isEqualTo("invalid_identity");
        HttpResponse<String> expired = post("hello", null, ShopperIdentities.signed(1, 1_000_000_000L));
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(expired.body()).at("/error/code").asString()).isEqualTo("identity_expired");
        long tooFar = System.currentTimeMillis() / 1000 + 7 * 24 * 3600;
        HttpResponse<String> longLived = post("hello", null, ShopperIdentities.signed(1, tooFar));
        assertThat(longLived.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(longLived.body()).at("/error/message").asString()).contains("identity-max-lifetime");
        HttpResponse<String> incomplete = post("hello", null, new ShopperIdentity(1L, null, null));
        assertThat(incomplete.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(incomplete.body()).at("/error/message").asString()).contains("customerId");
        assertThat(conversations()).isEqualTo(before);
    }

    @Test
    void overStompTheIdentityRidesInTheMessageAndTheHistoryRequest() throws Exception {
        ShopperIdentity emily = ShopperIdentities.signed(2);
        String id;
        try (StompTestClient shopper = new StompTestClient(port)) {
            shopper.sendRaw("/app/chat", JSON.writeValueAsString(Map.of("text", "Where is my order SD10000002?",
                    "locale", "en", "identity", emily)));
            JsonNode status = shopper.next();
            assertThat(status.at("/replies/0/type").asString()).isEqualTo("order_status");
            assertThat(status.at("/replies/0/data/status").asString()).isEqualTo("delivered");
            id = status.get("conversationId").asString();
        }
        try (StompTestClient stranger = new StompTestClient(port)) {
            stranger.sendRaw("/app/chat/history", JSON.writeValueAsString(Map.of("conversationId", id)));
            JsonNode refused = stranger.next();
            assertThat(refused.get("kind").asString()).isEqualTo("error");
            assertThat(refused.get("code").asString()).isEqualTo("identity_mismatch");
            JsonNode turn = stranger.turn(id, "Where is my order SD10000002?", "en");
            assertThat(turn.at("/replies/0/type").asString()).isEqualTo("error");
            assertThat(turn.at("/replies/0/data/code").asString()).isEqualTo("identity_mismatch");
        }
        try (StompTestClient again = new StompTestClient(port)) {
            again.sendRaw("/app/chat/history",
                    JSON.writeValueAsString(Map.of("conversationId", id, "identity", emily)));
            JsonNode history = again.next();
            assertThat(history.get("kind").asString()).isEqualTo("history");
            assertThat(history.get("messages").size()).isGreaterThanOrEqualTo(2);
        }
    }
}
