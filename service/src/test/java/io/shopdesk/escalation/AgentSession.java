package io.shopdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.chat.StompTestClient;
import java.lang.reflect.Type;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A console user for tests, as a browser would be one: logs in through the real form (CSRF cookie and all), calls
 * the agent API with the session cookie and the CSRF header, and opens a STOMP socket carrying the session.
 */
public final class AgentSession implements AutoCloseable {
    public static final JsonMapper JSON = JsonMapper.builder().build();

    public final String base;
    public final HttpClient http;
    final CookieManager cookies = new CookieManager();
    private StompSession stomp;
    private final Map<String, BlockingQueue<JsonNode>> frames = new ConcurrentHashMap<>();

    public record Response(int status, JsonNode body, String raw, java.net.http.HttpHeaders headers) {
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public AgentSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Logs in; returns where the login redirected (the console, or the login page with ?error). */
    public String login(String username, String password) throws Exception {
        http.send(HttpRequest.newBuilder(URI.create(base + "/console/login.html")).build(), HttpResponse.BodyHandlers.discarding());
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf());
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = r.headers().firstValue("Location").orElse(null);
        if (location == null) {
            return "status " + r.statusCode();
        }
        // As a browser would: load the page the login leads to (it also brings the new CSRF token).
        http.send(HttpRequest.newBuilder(URI.create(base).resolve(location)).build(), HttpResponse.BodyHandlers.discarding());
        return location;
    }

    public String csrf() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    String cookieHeader() {
        return String.join("; ", cookies.getCookieStore().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).toList());
    }

    /** A page as a browser asks for it (Accept: text/html). */
    public Response page(String path) throws Exception {
        return response(http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    public Response get(String path) throws Exception {
        return response(http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    /** A download as a browser's link asks for it (Accept: anything); the body as bytes, kept whole. */
    HttpResponse<byte[]> download(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "*/*").build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    public Response post(String path, Object body) throws Exception {
        return response(http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrf())
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    public Response delete(String path) throws Exception {
        return response(http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .header("X-XSRF-TOKEN", csrf()).DELETE().build(), HttpResponse.BodyHandlers.ofString()));
    }

    private static Response response(HttpResponse<String> r) {
        JsonNode body = null;
        try {
            body = r.body().isBlank() ? null : JSON.readTree(r.body());
        } catch (RuntimeException e) {
            // not JSON (a redirect or a page): the raw text tells
        }
        return new Response(r.statusCode(), body, r.body(), r.headers());
    }

    /** Opens the STOMP socket with the login's session cookie. */
    void connect() throws Exception {
        connect(null);
    }

    /** Opens the STOMP socket with the login's session cookie, from a page of {@code origin} (null: no Origin). */
    void connect(String origin) throws Exception {
        WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
        client.setMessageConverter(new StompTestClient.JsonBytesConverter());
        WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
        headers.add("Cookie", cookieHeader());
        if (origin != null) {
            headers.setOrigin(origin);
        }
        stomp = client.connectAsync(URI.create(base.replace("http", "ws") + "/ws"), headers, new StompHeaders(),
                new StompSessionHandlerAdapter() { }).get(10, TimeUnit.SECONDS);
    }

    void subscribe(String destination) throws InterruptedException {
        BlockingQueue<JsonNode> queue = frames.computeIfAbsent(destination, d -> new LinkedBlockingQueue<>());
        stomp.subscribe(destination, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return byte[].class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                queue.add(JSON.readTree((byte[]) payload));
            }
        });
        Thread.sleep(200);
    }

    /** {@code GET /api/agent/escalations/{id}}, expected to be answered 200: the escalation as the server has it now. */
    public JsonNode escalation(long id) throws Exception {
        Response r = get("/api/agent/escalations/" + id);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.body();
    }

    /** The next frame on {@code destination} matching {@code kind}/{@code event}, skipping others. */
    JsonNode next(String destination, java.util.function.Predicate<JsonNode> wanted) throws InterruptedException {
        BlockingQueue<JsonNode> queue = frames.get(destination);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            JsonNode frame = queue.poll(200, TimeUnit.MILLISECONDS);
            if (frame != null && wanted.test(frame)) {
                return frame;
            }
        }
        throw new AssertionError("No matching frame on " + destination + " within 20 s");
    }

    /** Frames that arrived on {@code destination} within {@code millis}, without waiting for a particular one. */
    java.util.List<JsonNode> drain(String destination, long millis) throws InterruptedException {
        Thread.sleep(millis);
        java.util.List<JsonNode> all = new java.util.ArrayList<>();
        frames.getOrDefault(destination, new LinkedBlockingQueue<>()).drainTo(all);
        return all;
    }

    void send(String destination, Object body) {
        StompHeaders headers = new StompHeaders();
        headers.setDestination(destination);
        headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
        stomp.send(headers, JSON.writeValueAsBytes(body));
    }

    boolean connected() {
        return stomp != null && stomp.isConnected();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        if (connected()) {
            stomp.disconnect();
        }
    }
}
