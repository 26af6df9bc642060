package io.shopdesk.chat.internal;

import io.shopdesk.chat.ChatService;
import io.shopdesk.chat.ShopperTyping;
import io.shopdesk.chat.TypingThrottle;
import io.shopdesk.dialogue.ConversationState;
import java.security.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A shopper's "typing" ({@code /app/chat/typing}) passed on to the agents, as {@link ShopperTyping}: only from a socket
 * that follows the conversation (it sent a message in it or was replayed its history, with the signed-in customer's
 * identity where there is one, {@link ShopperSessions}), so nobody signals in someone else's chat; only while the
 * conversation is handed to a person, since the bot has no use for it; and at most one a second per conversation.
 * Nothing is stored, no turn runs, nothing is logged above debug. Thread-safe.
 */
@Component
class ShopperTypingSignals {
    private static final Logger log = LoggerFactory.getLogger(ShopperTypingSignals.class);

    private final ShopperSessions sessions;
    private final ChatService chat;
    private final ApplicationEventPublisher events;
    private final TypingThrottle throttle = new TypingThrottle();

    ShopperTypingSignals(ShopperSessions sessions, ChatService chat, ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.chat = chat;
        this.events = events;
    }

    /** Passes the signal on when it may; returns whether it did. */
    boolean typing(String conversationId, Principal shopper) {
        if (conversationId == null || !sessions.follows(conversationId, shopper)) {
            log.debug("Typing for a conversation the socket does not follow, dropped");
            return false;
        }
        if (!throttle.allow(conversationId)) {
            return false;
        }
        boolean handedOff = chat.state(conversationId).map(ConversationState::isHandedOff).orElse(false);
        if (handedOff) {
            events.publishEvent(new ShopperTyping(conversationId));
        }
        return handedOff;
    }
}
