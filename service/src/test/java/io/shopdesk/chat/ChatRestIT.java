package io.shopdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ShopDeskTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The same turn over HTTP, the NLU endpoint, errors as status codes, and the actuator endpoints. */
@ShopDeskTest
class ChatRestIT {
    static final JsonMapper JSON = JsonMapper.builder().build();
    final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void restTurnKeepsTheConversationAcrossRequests() throws Exception {
        JsonNode first = JSON.readTree(post("/api/chat/messages", "{\"text\":\"Where is my order?\"}").body());
        String id = first.get("conversationId").asString();
        assertThat(first.at("/replies/0/type").asString()).isEqualTo("ask");
        assertThat(first.at("/analysis/intent/name").asString()).isEqualTo("order_status");
        JsonNode second = JSON.readTree(post("/api/chat/messages",
                "{\"conversationId\":\"" + id + "\",\"text\":\"SD10000002\"}").body());
        assertThat(second.at("/replies/0/data/slot").asString()).isEqualTo("phone_last4");
        JsonNode third = JSON.readTree(post("/api/chat/messages",
                "{\"conversationId\":\"" + id + "\",\"text\":\"4321\"}").body());
        assertThat(third.at("/replies/0/type").asString()).isEqualTo("order_status");
        assertThat(third.at("/replies/0/data/status").asString()).isEqualTo("delivered");
        // A delivered order's status is followed by accessory cards (rules/recommendation, AccessoriesAfterDelivery).
        assertThat(third.at("/replies/1/type").asString()).isEqualTo("products");
        JsonNode history = JSON.readTree(get("/api/chat/conversations/" + id + "/messages").body());
        assertThat(history.get("messages").size()).isEqualTo(7);
    }

    @Test
    void nluParseReturnsTheAnalysisWithSpans() throws Exception {
        HttpResponse<String> response = post("/api/nlu/parse", "{\"text\":\"我想用花呗分期买三百元的跑步鞋\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode analysis = JSON.readTree(response.body());
        assertThat(analysis.get("language").asString()).isEqualTo("zh");
        assertThat(analysis.at("/intent/name").asString()).isEqualTo("installment_inquiry");
        assertThat(analysis.at("/intent/top").size()).isEqualTo(3);
        JsonNode money = analysis.get("entities").valueStream().filter(e -> e.get("type").asString().equals("money"))
                .findFirst().orElseThrow();
        assertThat(money.get("text").asString()).isEqualTo("三百元");
        assertThat(money.get("start").asInt()).isEqualTo(8);
        assertThat(money.get("end").asInt()).isEqualTo(11);
        assertThat(money.get("value").asString()).isEqualTo("300 CNY");
    }

    @Test
    void badRequestsGetStatusCodesAndNamedErrors() throws Exception {
        HttpResponse<String> malformed = post("/api/chat/messages", "{\"text\": ");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(malformed.body()).at("/error/code").asString()).isEqualTo("invalid_json");
        HttpResponse<String> empty = post("/api/chat/messages", "{\"text\":\"  \"}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(empty.body()).at("/replies/0/data/code").asString()).isEqualTo("empty_message");
        HttpResponse<String> unknown = post("/api/chat/messages", "{\"conversationId\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\",\"text\":\"hi\"}");
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void healthIsUpAndPrometheusShowsStageAndRuleTimings() throws Exception {
        post("/api/chat/messages", "{\"text\":\"hello\"}");
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(health.body()).get("status").asString()).isEqualTo("UP");
        String metrics = get("/actuator/prometheus").body();
        assertThat(metrics).contains("shopdesk_nlp_stage_seconds_count{stage=\"intent\"")
                .contains("shopdesk_rules_fire_seconds_count{ruleSet=\"dialogue\"");
    }

    @Test
    void demoShopPageAndWidgetAreServed() throws Exception {
        assertThat(get("/").body()).contains("/widget/shopdesk-widget.js");
        HttpResponse<String> widget = get("/widget/shopdesk-widget.js");
        assertThat(widget.statusCode()).isEqualTo(200);
        assertThat(widget.headers().firstValue("Content-Type").orElse("")).contains("javascript");
        assertThat(get("/tests/package.json").statusCode()).isEqualTo(404);
    }
}
