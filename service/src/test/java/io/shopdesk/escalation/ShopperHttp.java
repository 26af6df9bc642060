package io.shopdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A shopper's messages over {@code POST /api/chat/messages} (the widget's HTTP path), each expected to be answered 200. */
final class ShopperHttp {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ShopperHttp() {
    }

    static JsonNode send(int port, String conversationId, String text, String locale) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("conversationId", conversationId);
        body.put("text", text);
        body.put("locale", locale);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(AgentSession.JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return AgentSession.JSON.readTree(response.body());
    }
}
