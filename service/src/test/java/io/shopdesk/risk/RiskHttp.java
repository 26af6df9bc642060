package io.shopdesk.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The risk API as a checkout and a risk officer call it over real HTTP, with the demo keys (or any key a test names).
 * The risk ITs share it so that each reads as its scenario rather than as an HTTP client: {@link #pay}, {@link #post}
 * and {@link #officerGet} fail the test with the body when a request does not answer 200; {@link #send} and
 * {@link #request} return whatever came, for the tests that assert refusals and errors. Public for the ITs in
 * {@code risk.internal}. Thread-safe (one {@link HttpClient}, no other state).
 */
public final class RiskHttp {
    public static final String CHECKOUT = "dev-risk-key";
    public static final String OFFICER = "dev-risk-officer-key";
    public static final JsonMapper JSON = JsonMapper.builder().build();

    /** A status and the body read as JSON ({@code null} when the body was empty). */
    public record Reply(int status, JsonNode body) {
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public RiskHttp(int port) {
        this.port = port;
    }

    /** A payment decision, as the checkout asks for it. */
    public JsonNode pay(String body) throws Exception {
        return post("/api/risk/payments", body);
    }

    /**
     * A shopper's chat message over {@code POST /api/chat/messages} (no key; {@code conversationId} null starts a
     * chat), signed in as {@code identity} (null: a guest): how the chat's signals reach the risk rules.
     */
    public JsonNode say(String conversationId, String text, String locale, Object identity) throws Exception {
        java.util.Map<String, Object> body = new java.util.HashMap<>();
        body.put("conversationId", conversationId);
        body.put("text", text);
        body.put("locale", locale);
        body.put("identity", identity);
        return ok(request("POST", "/api/chat/messages", null, body), "/api/chat/messages");
    }

    /** A POST with the checkout's key ({@code /api/risk/payments}, {@code /api/risk/financing}). */
    public JsonNode post(String path, String body) throws Exception {
        return ok(request("POST", path, CHECKOUT, body), path);
    }

    /** A GET with the risk officer's key. */
    public JsonNode officerGet(String path) throws Exception {
        return ok(request("GET", path, OFFICER, null), path);
    }

    /** A request with the risk officer's key; see {@link #send}. */
    public Reply officer(String method, String path, Object body) throws Exception {
        return send(method, path, OFFICER, body);
    }

    /**
     * A request whatever it answers, its body read as JSON (a body that is not JSON fails the test); see
     * {@link #request} for the key and the body.
     */
    public Reply send(String method, String path, String key, Object body) throws Exception {
        HttpResponse<String> response = request(method, path, key, body);
        return new Reply(response.statusCode(), response.body().isEmpty() ? null : JSON.readTree(response.body()));
    }

    /**
     * A request whatever it answers, its body as text. {@code key} goes in {@code X-Api-Key} ({@code null}: no key);
     * {@code body} is sent as it is when a string, as JSON otherwise ({@code null}: no body).
     */
    public HttpResponse<String> request(String method, String path, String key, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)))
                .header("Content-Type", "application/json");
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode ok(HttpResponse<String> response, String path) {
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
