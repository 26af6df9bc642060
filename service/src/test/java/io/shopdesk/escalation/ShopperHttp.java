package io.shopdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.chat.ShopperIdentity;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A shopper's messages over {@code POST /api/chat/messages} (the widget's HTTP path), each expected to be answered 200,
 * and the history they read.
 */
public final class ShopperHttp {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ShopperHttp() {
    }

    public static JsonNode send(int port, String conversationId, String text, String locale) throws Exception {
        return send(port, conversationId, text, locale, null);
    }

    /** As the widget of a page where the shop signed the shopper in ({@code identity} null: anonymous). */
    static JsonNode send(int port, String conversationId, String text, String locale, ShopperIdentity identity)
            throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("conversationId", conversationId);
        body.put("text", text);
        body.put("locale", locale);
        if (identity != null) {
            body.put("identity", Map.of("customerId", identity.customerId(), "expires", identity.expires(),
                    "signature", identity.signature()));
        }
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(AgentSession.JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return AgentSession.JSON.readTree(response.body());
    }

    /** {@code GET /api/chat/conversations/{id}/messages} with the identity's headers ({@code identity} null: none). */
    static HttpResponse<String> history(int port, String conversationId, ShopperIdentity identity) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/chat/conversations/" + conversationId + "/messages"));
        if (identity != null) {
            request.header("X-ShopDesk-Customer", identity.customerId().toString())
                    .header("X-ShopDesk-Expires", identity.expires().toString())
                    .header("X-ShopDesk-Signature", identity.signature());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
