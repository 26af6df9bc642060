package io.shopdesk.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The risk API as a checkout and a risk officer call it over real HTTP, with the demo keys: a request that does not
 * answer 200 fails the test with its body. For the tests that decide payments and then read what the officer sees.
 * Thread-safe (one {@link HttpClient}).
 */
final class RiskHttp {
    static final String CHECKOUT = "dev-risk-key";
    static final String OFFICER = "dev-risk-officer-key";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    RiskHttp(int port) {
        this.port = port;
    }

    /** A payment decision, as the checkout asks for it. */
    JsonNode pay(String body) throws Exception {
        return post("/api/risk/payments", body);
    }

    /** A POST with the checkout's key ({@code /api/risk/payments}, {@code /api/risk/financing}). */
    JsonNode post(String path, String body) throws Exception {
        return ok(path, HttpRequest.newBuilder(uri(path)).header("X-Api-Key", CHECKOUT)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A GET with the risk officer's key. */
    JsonNode officerGet(String path) throws Exception {
        return ok(path, HttpRequest.newBuilder(uri(path)).header("X-Api-Key", OFFICER));
    }

    private JsonNode ok(String path, HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
