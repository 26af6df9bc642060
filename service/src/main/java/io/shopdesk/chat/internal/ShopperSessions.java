package io.shopdesk.chat.internal;

import io.shopdesk.chat.ShopperChannel;
import io.shopdesk.chat.ShopperPresenceChanged;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
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
 * it stops when it disconnects. A conversation's first follower and the close of its last are published as
 * {@link ShopperPresenceChanged} (agents see whether the shopper is still there). In memory: after a restart the
 * widget's reconnect registers it again. Thread-safe.
 */
@Component
class ShopperSessions implements ShopperChannel {
    private static final String QUEUE = "/queue/chat";
    /** How many conversations whose shopper left are remembered: a bounded memory, however many chats a day bring. */
    static final int LEFT_KEPT = 10_000;

    private final Map<String, Set<String>> followers = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> followed = new ConcurrentHashMap<>();
    /**
     * The conversations whose last socket closed, most recent last, at most {@link #LEFT_KEPT}: the shopper left (the
     * oldest are forgotten and read as unknown, never as connected). Guarded by itself.
     */
    private final Map<String, Boolean> left = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > LEFT_KEPT;
        }
    };
    private final SimpMessagingTemplate messaging;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    ShopperSessions(SimpMessagingTemplate messaging, JsonMapper json, ApplicationEventPublisher events) {
        this.messaging = messaging;
        this.json = json;
        this.events = events;
    }

    void follow(String conversationId, Principal shopper) {
        if (conversationId == null || shopper == null) {
            return;
        }
        boolean[] first = {false};
        followers.compute(conversationId, (k, names) -> {
            Set<String> set = names == null ? ConcurrentHashMap.newKeySet() : names;
            first[0] = set.isEmpty();
            set.add(shopper.getName());
            return set;
        });
        followed.computeIfAbsent(shopper.getName(), k -> ConcurrentHashMap.newKeySet()).add(conversationId);
        synchronized (left) {
            left.remove(conversationId);
        }
        if (first[0]) {
            events.publishEvent(new ShopperPresenceChanged(conversationId, true));
        }
    }

    @Override
    public boolean connected(String conversationId) {
        return conversationId != null && followers.containsKey(conversationId);
    }

    @Override
    public Boolean presence(String conversationId) {
        if (connected(conversationId)) {
            return Boolean.TRUE;
        }
        synchronized (left) {
            return left.containsKey(conversationId) ? Boolean.FALSE : null;
        }
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
            for (String id : conversations) {
                boolean[] last = {false};
                followers.computeIfPresent(id, (k, names) -> {
                    names.remove(user.getName());
                    last[0] = names.isEmpty();
                    return names.isEmpty() ? null : names;
                });
                if (last[0]) {
                    synchronized (left) {
                        left.put(id, Boolean.TRUE);
                    }
                    events.publishEvent(new ShopperPresenceChanged(id, false));
                }
            }
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
