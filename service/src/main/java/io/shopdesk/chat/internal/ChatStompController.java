package io.shopdesk.chat.internal;

import io.shopdesk.chat.ChatException;
import io.shopdesk.chat.ChatMessage;
import io.shopdesk.chat.ChatRequest;
import io.shopdesk.chat.ChatService;
import io.shopdesk.chat.HistoryReplayed;
import io.shopdesk.chat.ShopperIdentity;
import io.shopdesk.chat.TurnResult;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Controller;
import org.springframework.util.MimeTypeUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chat over STOMP: {@code /app/chat} takes a message, {@code /app/chat/history} replays a conversation to the
 * holder of its id (then {@link HistoryReplayed}: the shopper waiting in the queue hears their place at once),
 * {@code /app/chat/typing} tells the agents the shopper is typing ({@link ShopperTypingSignals});
 * answers go to the sender's {@code /user/queue/chat} as JSON with a {@code kind} (turn, history,
 * error). Payloads are parsed here, so that invalid JSON gets a clear error instead of a dropped frame.
 */
@Controller
class ChatStompController {
    private static final Logger log = LoggerFactory.getLogger(ChatStompController.class);
    private static final String QUEUE = "/queue/chat";

    private final ChatService chat;
    private final SimpMessagingTemplate messaging;
    private final JsonMapper json;
    private final ShopperSessions sessions;
    private final ShopperTypingSignals typing;
    private final ApplicationEventPublisher events;

    ChatStompController(ChatService chat, SimpMessagingTemplate messaging, JsonMapper json, ShopperSessions sessions,
                        ShopperTypingSignals typing, ApplicationEventPublisher events) {
        this.events = events;
        this.chat = chat;
        this.messaging = messaging;
        this.json = json;
        this.sessions = sessions;
        this.typing = typing;
    }

    @MessageMapping("/chat")
    void message(Message<byte[]> frame, Principal user) {
        ChatRequest request = null;
        try {
            request = parse(frame.getPayload());
            TurnResult result = chat.handle(request.conversationId(), request.text(), request.locale(), user.getName(),
                    request.identity());
            sessions.follow(result.conversationId(), user);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("kind", "turn");
            body.put("conversationId", result.conversationId());
            body.put("replies", result.replies());
            body.put("analysis", result.analysis());
            if (result.handoff() != null) {
                body.put("handoff", result.handoff());
            }
            send(user, body);
            if (result.handoff() != null && !result.replies().isEmpty()
                    && "handoff".equals(result.replies().getLast().type())) {
                // The turn that escalated: tell the widget it is now waiting for a person.
                Map<String, Object> handoff = new LinkedHashMap<>();
                handoff.put("kind", "handoff");
                handoff.put("conversationId", result.conversationId());
                handoff.put("escalationId", result.handoff().escalationId());
                handoff.put("status", result.handoff().status());
                handoff.put("position", result.handoff().position());
                send(user, handoff);
            }
        } catch (ChatException e) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("kind", "turn");
            body.put("conversationId", request == null ? null : request.conversationId());
            body.put("replies", List.of(chat.errorReply(e, request == null ? null : request.locale())));
            send(user, body);
        } catch (RuntimeException e) {
            log.error("Chat turn failed", e);
            send(user, Map.of("kind", "error", "code", "internal", "message", "The message could not be processed"));
        }
    }

    record HistoryRequest(String conversationId, ShopperIdentity identity) {
    }

    @MessageMapping("/chat/history")
    void history(Message<byte[]> frame, Principal user) {
        try {
            HistoryRequest request = json.readValue(frame.getPayload(), HistoryRequest.class);
            List<ChatMessage> messages = chat.history(request.conversationId(), request.identity());
            sessions.follow(request.conversationId(), user);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("kind", "history");
            body.put("conversationId", request.conversationId());
            body.put("messages", messages);
            // A shopper who reloads after the agent resolved still gets the rating question.
            chat.pendingRating(request.conversationId()).ifPresent(id -> body.put("pendingRating", id));
            send(user, body);
            events.publishEvent(new HistoryReplayed(request.conversationId()));
        } catch (JacksonException e) {
            send(user, Map.of("kind", "error", "code", "invalid_json", "message", "Expected {\"conversationId\": \"...\"}"));
        } catch (ChatException e) {
            send(user, Map.of("kind", "error", "code", e.code(), "message", e.getMessage()));
        }
    }

    record TypingSignal(String conversationId) {
    }

    /**
     * The shopper is typing ({@code {"conversationId"}}), for the agent holding the chat; no answer but for invalid
     * JSON, and a signal that may not pass ({@link ShopperTypingSignals}) is dropped without one.
     */
    @MessageMapping("/chat/typing")
    void typing(Message<byte[]> frame, Principal user) {
        try {
            TypingSignal signal = json.readValue(frame.getPayload(), TypingSignal.class);
            typing.typing(signal == null ? null : signal.conversationId(), user);
        } catch (JacksonException e) {
            send(user, Map.of("kind", "error", "code", "invalid_json", "message", "Expected {\"conversationId\": \"...\"}"));
        }
    }

    private ChatRequest parse(byte[] payload) {
        try {
            ChatRequest request = json.readValue(payload, ChatRequest.class);
            if (request != null) {
                return request;
            }
        } catch (JacksonException e) {
            // reported below, with what was received
        }
        throw new ChatException("invalid_json", "Expected {\"conversationId\", \"text\", \"locale\", \"identity\"} "
                + "as JSON, got: " + preview(payload), Map.of());
    }

    private static String preview(byte[] payload) {
        String text = new String(payload, StandardCharsets.UTF_8);
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    private void send(Principal user, Object body) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create();
        headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
        headers.setLeaveMutable(true);
        byte[] bytes = json.writeValueAsBytes(body);
        messaging.send("/user/" + user.getName() + QUEUE, MessageBuilder.createMessage(bytes, headers.getMessageHeaders()));
    }
}
