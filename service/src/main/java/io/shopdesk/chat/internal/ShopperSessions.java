package io.shopdesk.chat.internal;

import io.shopdesk.chat.ShopperChannel;
import java.security.Principal;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which shopper sockets follow which conversation, so that an agent's words reach the shopper live. A socket follows a
 * conversation once it sent a message in it or asked for its history (the widget does that after every reconnect);
 * it stops when it disconnects. In memory: after a restart the widget's reconnect registers it again. Thread-safe.
 */
@Component
class ShopperSessions implements ShopperChannel {
    private static final String QUEUE = "/queue/chat";

    private final Map<String, Set<String>> followers = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> followed = new ConcurrentHashMap<>();
    private final SimpMessagingTemplate messaging;
    private final JsonMapper json;

    ShopperSessions(SimpMessagingTemplate messaging, JsonMapper json) {
        this.messaging = messaging;
        this.json = json;
    }

    void follow(String conversationId, Principal shopper) {
        if (conversationId == null || shopper == null) {
            return;
        }
        followers.computeIfAbsent(conversationId, k -> ConcurrentHashMap.newKeySet()).add(shopper.getName());
        followed.computeIfAbsent(shopper.getName(), k -> ConcurrentHashMap.newKeySet()).add(conversationId);
    }

    /** Whether the socket of {@code shopper} follows the conversation (sent in it or was replayed its history). */
    boolean follows(String conversationId, Principal shopper) {
        return shopper != null && followers.getOrDefault(conversationId, Set.of()).contains(shopper.getName());
    }

    @EventListener
    void disconnected(SessionDisconnectEvent event) {
        Principal user = event.getUser();
        if (user == null) {
            return;
        }
        Set<String> conversations = followed.remove(user.getName());
        if (conversations != null) {
            conversations.forEach(id -> followers.computeIfPresent(id, (k, names) -> {
                names.remove(user.getName());
                return names.isEmpty() ? null : names;
            }));
        }
    }

    @Override
    public int push(String conversationId, Map<String, Object> body) {
        Set<String> names = followers.getOrDefault(conversationId, Set.of());
        for (String name : names) {
            send(name, body);
        }
        return names.size();
    }

    void send(String principalName, Object body) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create();
        headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
        headers.setLeaveMutable(true);
        messaging.send("/user/" + principalName + QUEUE,
                MessageBuilder.createMessage(json.writeValueAsBytes(body), headers.getMessageHeaders()));
    }
}
