package io.shopdesk.chat;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.AbstractMessageConverter;
import org.springframework.util.MimeTypeUtils;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real STOMP-over-WebSocket client for tests: connects to /ws, subscribes to /user/queue/chat, sends JSON. The
 * queue's unsolicited {@code queue_position} pushes (the shopper's place changed because another chat moved) are kept
 * apart ({@link #nextPosition}), so {@link #next} and {@link #turn} read the conversation's own frames in order.
 */
public final class StompTestClient implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StompSession session;
    private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    private final BlockingQueue<JsonNode> positions = new LinkedBlockingQueue<>();

    public StompTestClient(int port) throws Exception {
        WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
        client.setMessageConverter(new JsonBytesConverter());
        session = client.connectAsync("ws://localhost:" + port + "/ws", new StompSessionHandlerAdapter() { })
                .get(10, TimeUnit.SECONDS);
        session.subscribe("/user/queue/chat", new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return byte[].class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                JsonNode frame = JSON.readTree((byte[]) payload);
                ("queue_position".equals(frame.path("kind").asString()) ? positions : received).add(frame);
            }
        });
        // The subscription is registered asynchronously; a receipt-less round trip makes sure it is in place.
        Thread.sleep(200);
    }

    /** Passes JSON (or any text) through as bytes: the tests want to see and send exactly what is on the wire. */
    public static final class JsonBytesConverter extends AbstractMessageConverter {
        public JsonBytesConverter() {
            super(MimeTypeUtils.APPLICATION_JSON, MimeTypeUtils.TEXT_PLAIN, MimeTypeUtils.APPLICATION_OCTET_STREAM);
        }

        @Override
        protected boolean supports(Class<?> type) {
            return type == byte[].class;
        }

        @Override
        protected Object convertFromInternal(Message<?> message, Class<?> targetClass, Object hint) {
            return message.getPayload();
        }

        @Override
        protected Object convertToInternal(Object payload, MessageHeaders headers, Object hint) {
            return payload;
        }
    }

    public void sendRaw(String destination, String body) {
        StompHeaders headers = new StompHeaders();
        headers.setDestination(destination);
        headers.setContentType(org.springframework.util.MimeTypeUtils.APPLICATION_JSON);
        session.send(headers, body.getBytes(StandardCharsets.UTF_8));
    }

    public void say(String conversationId, String text, String locale) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("conversationId", conversationId);
        body.put("text", text);
        body.put("locale", locale);
        sendRaw("/app/chat", JSON.writeValueAsString(body));
    }

    /** Asks for the conversation's history, as the widget does after a reload or a reconnect. */
    public void history(String conversationId) {
        sendRaw("/app/chat/history", JSON.writeValueAsString(Map.of("conversationId", conversationId)));
    }

    public JsonNode next() throws InterruptedException {
        JsonNode message = received.poll(20, TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("No message on /user/queue/chat within 20 s");
        }
        return message;
    }

    /** The next {@code queue_position} push, within 20 s. */
    public JsonNode nextPosition() throws InterruptedException {
        JsonNode message = positions.poll(20, TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("No queue_position on /user/queue/chat within 20 s");
        }
        return message;
    }

    /** The {@code queue_position} pushes that arrived within {@code millis}. */
    public java.util.List<JsonNode> drainPositions(long millis) throws InterruptedException {
        Thread.sleep(millis);
        java.util.List<JsonNode> all = new java.util.ArrayList<>();
        positions.drainTo(all);
        return all;
    }

    /** Whatever arrived within {@code millis}, without waiting for a particular message. */
    public java.util.List<JsonNode> drain(long millis) throws InterruptedException {
        Thread.sleep(millis);
        java.util.List<JsonNode> all = new java.util.ArrayList<>();
        received.drainTo(all);
        return all;
    }

    /** Sends a message and waits for its answer. */
    public JsonNode turn(String conversationId, String text, String locale) throws InterruptedException {
        say(conversationId, text, locale);
        return next();
    }

    public boolean connected() {
        return session.isConnected();
    }

    @Override
    public void close() {
        if (session.isConnected()) {
            session.disconnect();
        }
    }
}
